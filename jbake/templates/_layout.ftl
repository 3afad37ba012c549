<#ftl output_format="HTML">
<#import "_labels.ftl" as l>
<#--
  The page shell shared by every page type. Callers pass the document title and put the page's own
  content (h1 first) inside the macro; it ends up in <main id="main">.
  Everything here is relative to content.rootpath so the baked site works from any folder, a file://
  copy or a sub-path, and nothing leaves the site: no CDN, fonts, analytics or scripts.
-->
<#macro page title noindex=false>
<!DOCTYPE html>
<html lang="${site.language}">
<head>
<meta charset="utf-8">
<#-- Raw HTML in a page (an AsciiDoc passthrough) cannot run scripts or load from elsewhere; the build warns about it. -->
<meta http-equiv="Content-Security-Policy" content="default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; object-src 'none'; base-uri 'self'; form-action 'self'">
<meta name="referrer" content="strict-origin-when-cross-origin">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title}</title>
<#if noindex>
<meta name="robots" content="noindex">
</#if>
<#if content.description?? && content.description?has_content>
<meta name="description" content="${content.description}">
</#if>
<link rel="stylesheet" href="${content.rootpath}${site.assets["css/site.css"]}">
<link rel="stylesheet" href="${content.rootpath}${site.assets["css/widths.css"]}">
<#include "_meta.ftl">
<#if (content.dataTables)!false>
<#-- Sorting and filtering for dataset tables: only on pages that have one. -->
<script src="${content.rootpath}${site.assets["js/table.js"]}" defer></script>
</#if>
<script src="${content.rootpath}${site.assets["js/search.js"]}" defer></script>
</head>
<body class="page-${content.type}">
<a class="skip-link" href="#main">${l.t("skipToContent")}</a>
<header class="site-header">
  <div class="site-header-inner">
    <a class="site-title" href="${content.rootpath}index.html"<#if content.home> aria-current="page"</#if>>${site.title}</a>
    <#if nav?? && nav?has_content>
    <nav class="chapter-nav" aria-label="${l.t("chapterNav")}">
      <ol>
        <#list nav as item>
        <li><a href="${item.href}"<#if item.current> aria-current="page"</#if>>${item.title}</a></li>
        </#list>
      </ol>
    </nav>
    </#if>
    <#if navTree?? && navTree?has_content>
    <#-- The whole site's tree behind one line: a <details> opens without script, so the page's title stays on
         the first screen of a phone however many pages the site has. -->
    <details class="site-nav-drawer">
      <summary>${l.t("siteNav")}</summary>
      <nav class="site-nav" aria-label="${l.t("siteNav")}">
        <@navLevel navTree/>
      </nav>
    </details>
    </#if>
    <@searchForm/>
  </div>
</header>
<main id="main">
<#nested>
</main>
<footer class="site-footer">
  <div class="site-footer-inner">
    <p class="credit"><#if (site.attributes["site-credit"])?has_content>${site.attributes["site-credit"]}<#else>${l.t("creditFallback")?replace("{title}", site.title)}</#if></p>
    <p><a href="${content.rootpath}index.html">${l.t("backToHome")}</a></p>
  </div>
</footer>
</body>
</html>
</#macro>

<#--
  One level of the navigation tree. A group on the way to the current page is open; a closed group on another
  page links to its first page (the plugin sends only the current branch, so every page stays small); the home
  page gets the whole tree, every group a <details>.
-->
<#macro navLevel items>
<ul>
  <#list items as item>
  <#if item.omitted??>
  <li class="nav-more">${l.t("navMore")?replace("{count}", item.omitted?c)}</li>
  <#elseif item.group && item.children?has_content>
  <li class="nav-group"><details<#if item.open> open</#if>><summary>${item.title}</summary>
    <#if item.href?has_content><a class="nav-group-index" href="${item.href}"<#if item.current> aria-current="page"</#if>>${item.title}</a></#if>
    <@navLevel item.children/>
  </details></li>
  <#elseif item.group>
  <li class="nav-group"><a href="${item.first}">${item.title}</a></li>
  <#else>
  <li><a href="${item.href}"<#if item.current> aria-current="page"</#if>>${item.title}</a></li>
  </#if>
  </#list>
</ul>
</#macro>

<#--
  Numbered sources for the citation markers in the body (<sup class="cite"><a href="#cite-N">).
  The li ids are the markers' targets; value= keeps the visible number equal to the marker's
  even if the plugin ever hands over a list that does not start at 1.
-->
<#macro citations>
<#if content.citations?? && content.citations?has_content>
<section class="citations" aria-labelledby="citations-title">
  <h2 id="citations-title"><#if (site.attributes["sources-title"])??>${site.attributes["sources-title"]}<#else>${l.t("sources")}</#if></h2>
  <ol>
    <#list content.citations as c>
    <li id="${c.id}" value="${c.number?c}">${c.text}<#if c.backrefs?has_content> <a class="backref" href="#${c.backrefs[0]}" aria-label="${l.t("backToText")} ${c.number?c}">↩</a></#if></li>
    </#list>
  </ol>
</section>
</#if>
</#macro>

<#macro prevNext>
<#if content.previous?? || content.next??>
<nav class="prev-next" aria-label="${l.t("prevNext")}">
  <#if content.previous??>
  <a class="prev" rel="prev" href="${content.previous.href}"><span class="prev-next-label">${l.t("previous")}</span> <span class="prev-next-title">${content.previous.title}</span></a>
  </#if>
  <#if content.next??>
  <a class="next" rel="next" href="${content.next.href}"><span class="prev-next-label">${l.t("next")}</span> <span class="prev-next-title">${content.next.title}</span></a>
  </#if>
</nav>
</#if>
</#macro>

<#--
  The site search (issue 9), one self-contained block: move it anywhere in the header. Without JavaScript the form
  GETs the results page, which says that searching needs JavaScript. search.js (tiny, every page) loads
  search-engine.js on first use; that turns the field into results as you type, reads the index under search/ and
  takes its words from the data-label-* attributes.
-->
<#macro searchForm>
<form class="site-search" role="search" action="${content.rootpath}search/index.html" method="get"
      data-search-index="${content.rootpath}search/manifest.json"
      data-search-engine="${content.rootpath}${site.assets["js/search-engine.js"]}"
      data-label-count="${l.t("searchCount")}" data-label-none="${l.t("searchNone")}"
      data-label-loading="${l.t("searchLoading")}" data-label-failed="${l.t("searchFailed")}">
  <label class="site-search-label" for="site-search-input">${l.t("searchLabel")}</label>
  <input id="site-search-input" class="site-search-input" type="search" name="q" autocomplete="off"
         placeholder="${l.t("searchPlaceholder")}" aria-describedby="site-search-status" data-search-input>
  <p id="site-search-status" class="site-search-status" role="status" aria-live="polite" data-search-status></p>
  <ol class="site-search-dropdown" aria-label="${l.t("searchLabel")}" data-search-dropdown hidden></ol>
</form>
</#macro>
