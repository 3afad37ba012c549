<#ftl output_format="HTML">
<#import "_layout.ftl" as layout>
<#import "_labels.ftl" as l>
<#--
  The data page (data/index.html): every dataset of the site with its title, description, source, row count,
  a preview of its first rows (built by the plugin, already escaped), and its downloads.
  content.datasets: list of {name, title, description, source, rows, preview, csv, json, schema}; paths are
  from the top of the site, so they are prefixed with content.rootpath.
-->
<@layout.page title=content.title + l.t("titleSeparator") + site.title>
<article class="chapter data-page">
  <h1 class="page-title">${content.title}</h1>
  <p>${l.t("dataIntro")}</p>
  <#list content.datasets as d>
  <section class="dataset" id="dataset-${d.name}" aria-labelledby="dataset-${d.name}-title">
    <h2 id="dataset-${d.name}-title">${d.title}</h2>
    <#if d.description?has_content><p>${d.description}</p></#if>
    <dl class="dataset-facts">
      <#if d.source?has_content><dt>${l.t("dataSource")}</dt><dd>${d.source}</dd></#if>
      <dt>${l.t("dataRows")}</dt><dd>${d.rows?c}</dd>
    </dl>
    <#-- The section is already a region named by the dataset's title; theme.js makes the box a keyboard stop
         only when the preview really scrolls. -->
    <div class="table-scroll">
${d.preview?no_esc}
    </div>
    <p class="data-downloads">${l.t("dataDownload")}
      <a href="${content.rootpath}${d.csv}" type="text/csv">CSV</a> ·
      <a href="${content.rootpath}${d.json}" type="application/json">JSON</a><#if d.schema?has_content> ·
      <a href="${content.rootpath}${d.schema}" type="application/schema+json">${l.t("dataSchema")}</a></#if>
    </p>
  </section>
  </#list>
</article>
</@layout.page>
