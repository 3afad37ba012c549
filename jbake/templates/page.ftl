<#ftl output_format="HTML">
<#import "_layout.ftl" as layout>
<#import "_labels.ftl" as l>
<#assign hasToc = content.toc?? && content.toc?has_content>
<#--
  The page's contents: collapsed on phones, where a long chapter's contents would fill the first screens; on wide
  screens the CSS shows them open in a side column (theme.js also opens them there).
-->
<#macro toc>
  <details class="contents" id="contents">
    <summary class="contents-title">${l.t("toc")}</summary>
    <nav class="toc" aria-label="${l.t("toc")}">
      <@tocList content.toc/>
    </nav>
  </details>
</#macro>
<#-- As many levels as the page's toclevels asks for (two by default); a numbered page (sectnums) shows the numbers
     its headings carry. -->
<#macro tocList sections>
      <ol>
        <#list sections as s>
        <li><a href="#${s.id}"><#if s.number?has_content><span class="toc-number">${s.number}</span> </#if>${s.title}</a>
          <#if s.children?? && s.children?has_content><@tocList s.children/></#if>
        </li>
        </#list>
      </ol>
</#macro>
<@layout.page title=content.title + l.t("titleSeparator") + site.title>
<article class="chapter<#if hasToc> has-toc</#if>">
  <h1 class="page-title">${content.title}</h1>
  <#-- Where the author wrote toc::[] the plugin leaves a placeholder: the contents go there instead. -->
  <#assign tocMarker = "<!--microsite:toc-->">
  <#assign tocInBody = content.body?contains(tocMarker)>
  <#if hasToc && !tocInBody>
  <#-- After the h1 so the outline stays in order; on wide screens the CSS moves it to a side column. -->
  <@toc/>
  </#if>
  <div class="content-body">
<#if tocInBody>
${content.body?keep_before(tocMarker)?no_esc}<#if hasToc><@toc/></#if>${content.body?keep_after(tocMarker)?no_esc}
<#else>
${content.body?no_esc}
</#if>
  </div>
  <@layout.citations/>
</article>
<@layout.prevNext/>
</@layout.page>
