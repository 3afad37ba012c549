<#ftl output_format="HTML">
<#import "_layout.ftl" as layout>
<#import "_labels.ftl" as l>
<#--
  Served by the host for any missing URL, at any depth: content.rootpath is the base path here, so every
  link and asset is absolute under it (e.g. /aigc-report/assets/…). Not listed in the sitemap.
-->
<@layout.page title=l.t("notFoundTitle") + l.t("titleSeparator") + site.title noindex=true>
<article class="not-found">
  <h1 class="page-title">${l.t("notFoundTitle")}</h1>
  <div class="content-body">
    <p>${l.t("notFoundText")}</p>
    <p><a href="${content.rootpath}">${l.t("backToHome")}</a></p>
  </div>
</article>
</@layout.page>
