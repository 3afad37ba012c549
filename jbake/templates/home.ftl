<#ftl output_format="HTML">
<#import "_layout.ftl" as layout>
<#import "_labels.ftl" as l>
<#--
  The home page is the report's cover: publisher and date, the title, the subtitle, the page's lead (one line on
  what the report finds), a call to start reading at the first page of the reading order and the headline
  figures, all within a phone's first screen. The rest (.headline-figures, the chapter and industry lists) comes
  from the author's index page; the CSS lays those lists out as cards.
-->
<#assign publisher = (site.attributes["site-publisher"])!"">
<#assign date = (site.attributes["site-date"])!"">
<#-- Where reading starts: the first page of the reading order (the home page itself is not in it). -->
<#assign first = {}>
<#if content.next??>
  <#assign first = content.next>
<#else>
  <#list (nav![])?filter(item -> !item.current) as item><#if item?is_first><#assign first = item></#if></#list>
</#if>
<@layout.page title=site.title styles=["home"]>
<article class="home">
  <div class="cover">
    <#if publisher?has_content || date?has_content>
    <p class="cover-meta"><#if publisher?has_content><span class="cover-publisher">${publisher}</span></#if><#if publisher?has_content && date?has_content> · </#if><#if date?has_content><span class="cover-date">${date}</span></#if></p>
    </#if>
    <h1 class="page-title">${content.title}</h1>
    <#if (site.attributes["site-subtitle"])?has_content>
    <p class="subtitle">${site.attributes["site-subtitle"]}</p>
    </#if>
  </div>
  <#-- After the page's lead (its one line on what the report finds) by the CSS order on wide and narrow screens. -->
  <#if first.href??>
  <p class="cover-action"><a class="button" href="${first.href}">${l.t("startReading")?replace("{title}", first.title)}</a></p>
  </#if>
  <div class="content-body">
${content.body?no_esc}
  </div>
  <@layout.citations/>
</article>
<@layout.prevNext/>
</@layout.page>
