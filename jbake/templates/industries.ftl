<#ftl output_format="HTML">
<#import "_layout.ftl" as layout>
<#import "_labels.ftl" as l>
<#import "_collection.ftl" as c>
<#--
  The overview of the industries collection: a card per industry (name, one-line summary, its first headline
  figure) linking to its page. The optional content/industries/index.adoc arrives as content.body.
-->
<@layout.page title=content.title + l.t("titleSeparator") + site.title styles=["collection"]>
<@c.breadcrumbs/>
<article class="industries">
  <h1 class="page-title">${content.title}</h1>
  <#if content.body?has_content>
  <div class="content-body">
${content.body?no_esc}
  </div>
  <#elseif content.description?has_content>
  <p class="industry-summary">${content.description}</p>
  </#if>
  <ul class="industry-cards">
    <#list content.rows as entry>
    <#assign r = entry.row>
    <li class="industry-card">
      <h2 class="industry-card-title"><a href="${entry.href}">${r.name}</a></h2>
      <p class="industry-card-summary">${content.qty(r.summary)}</p>
      <#if r.figures?? && r.figures?has_content>
      <#assign f = r.figures[0]>
      <#assign when = c.figureWhen(f)>
      <p class="industry-card-figure"><span class="figure-value"><@c.figureValue f/></span> <span class="figure-label">${content.qty(f.label)}</span><#if when?has_content> <span class="figure-meta">${when}</span></#if></p>
      <@c.figureNote f/>
      <#elseif r.cases?? && r.cases?has_content>
      <p class="industry-card-figure"><span class="figure-value"><span class="figure-number">${r.cases?size}</span></span> <span class="figure-label">${l.t("casesCount")?replace("{n} ", "")?replace("{n}", "")}</span></p>
      </#if>
    </li>
    </#list>
  </ul>
</article>
</@layout.page>
