<#ftl output_format="HTML">
<#import "_labels.ftl" as l>
<#--
  Pieces shared by collection templates (a page per dataset row, and the overview listing them).
  A row's x-ref fields arrive as the rows they name and x-page fields as {target, href, title, pageTitle};
  content.cite(source) numbers a source note the way cite:ID[] does in AsciiDoc.
-->

<#macro breadcrumbs>
<#if content.breadcrumbs?? && content.breadcrumbs?has_content>
<nav class="breadcrumbs" aria-label="${l.t("breadcrumbs")}">
  <ol>
    <#-- The home crumb says the site's short title on phones, as the header does (site-short-title). -->
    <#local short = (site.attributes["site-short-title"])!"">
    <#list content.breadcrumbs as crumb>
    <li><#if crumb.href??><a href="${crumb.href}"><#if crumb?is_first && short?has_content && short != crumb.title><span class="site-title-short">${short}</span><span class="site-title-full">${crumb.title}</span><#else>${crumb.title}</#if></a><#else><span aria-current="page">${crumb.title}</span></#if></li>
    </#list>
  </ol>
</nav>
</#if>
</#macro>

<#-- A source note marker for a row's source (an id or the resolved source row). -->
<#macro cite source>
<#local note = content.cite(source)><sup class="cite"><a id="${note.ref}" href="#${note.id}">[${note.number}]</a></sup><#t>
</#macro>

<#-- A key-figures row as a number: the report's own wording when it has one, else qualifier, value(–max), unit. -->
<#macro figureValue f>
<#if f.display??><span class="figure-number">${f.display}</span><#t>
<#else><#if f.qualifier??><span class="figure-qualifier">${f.qualifier}</span></#if><span class="figure-number">${f.value}<#if f.value_max??>–${f.value_max}</#if></span><#if f.unit??><span class="figure-unit">${f.unit}</span></#if><#t>
</#if>
</#macro>

<#-- The site's remark on a figure (its editor_note), set apart from the report's words by the editor's-note label. -->
<#macro figureNote f>
<#if f.editor_note??><p class="figure-note editor-note"><span class="editor-note-label">${l.t("editorNote")}</span>${content.qty(f.editor_note)}</p></#if><#t>
</#macro>

<#-- When a figure holds: the report's words, else the date it gives, else the year of the report. -->
<#function figureWhen f>
  <#if f.as_of_text??><#return f.as_of_text></#if>
  <#if f.as_of??><#return l.t("asOf") + " " + f.as_of></#if>
  <#if f.reported_in??><#return l.t("reportedIn")?replace("{year}", f.reported_in)></#if>
  <#return "">
</#function>
