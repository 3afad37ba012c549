<#ftl output_format="HTML">
<#import "_layout.ftl" as layout>
<#import "_labels.ftl" as l>
<#--
  The search results page, search/index.html?q=…: search.js reads q, fills the header field and lists the hits in
  [data-search-results], each an <a> to page#section; [data-search-empty] shows when nothing matches.
  noindex: robots should not list it, and the site's own index leaves it out.
-->
<@layout.page title=l.t("searchTitle") + l.t("titleSeparator") + site.title noindex=true styles=["search"]>
<article class="search-page">
  <h1 class="page-title">${l.t("searchTitle")}</h1>
  <ol class="search-results" data-search-results></ol>
  <button type="button" class="search-more" data-search-more hidden>${l.t("searchMore")}</button>
  <p class="search-empty" data-search-empty hidden>${l.t("searchEmpty")}</p>
  <noscript><p class="search-noscript">${l.t("searchNoScript")}</p></noscript>
</article>
</@layout.page>
