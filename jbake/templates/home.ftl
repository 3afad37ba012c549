<#ftl output_format="HTML">
<#import "_layout.ftl" as layout>
<#--
  The home page body (lead, .headline-figures, chapter and industry entry lists) comes from the
  author's index page; the chapter list is already in the header nav, so no second copy here.
-->
<@layout.page title=site.title>
<article class="home">
  <h1 class="page-title">${content.title}</h1>
  <#if (site.attributes["site-subtitle"])?has_content>
  <p class="subtitle">${site.attributes["site-subtitle"]}</p>
  </#if>
  <div class="content-body">
${content.body?no_esc}
  </div>
  <@layout.citations/>
</article>
<@layout.prevNext/>
</@layout.page>
