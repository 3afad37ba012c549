<#ftl output_format="HTML">
<#import "_labels.ftl" as l>
<#--
  The page shell shared by every page type. Callers pass the document title and put the page's own
  content (h1 first) inside the macro; it ends up in <main id="main">.
  Everything here is relative to content.rootpath so the baked site works from any folder, a file://
  copy or a sub-path, and nothing leaves the site: no CDN, fonts, analytics or scripts.

  Scripts: every one is an external file with defer (the CSP allows nothing else), so none blocks rendering.
  theme.js applies the reader's stored colour scheme first thing; a reader whose choice differs from the
  system's may see the system's scheme for a moment on a slow connection (the price of no blocking script);
  everyone else follows prefers-color-scheme from the CSS alone. Without the script every page still reads
  and navigates.
-->
<#function attr name><#return (site.attributes[name])!""></#function>
<#--
  styles: the page type's own sheets besides css/site.css (home.ftl passes ["home"], search.ftl ["search"], the
  collection templates ["collection"]); drawer.css where the header has a big site's tree; the body's needs come from content.uses
  (blocks, code, widths). A page loads no rules it has no use for.
-->
<#macro page title noindex=false styles=[]>
<#local shortTitle = attr("site-short-title")?has_content?then(attr("site-short-title"), site.title)>
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
<#local description = (content.description)!"">
<#-- Pages the theme makes itself have no author to write a description: the theme says what they are for. -->
<#if !description?has_content && content.type == "notfound"><#local description = l.t("notFoundText")></#if>
<#if !description?has_content && content.type == "search"><#local description = l.t("searchDescription")?replace("{title}", site.title)></#if>
<#if description?has_content>
<meta name="description" content="${description}">
</#if>
<meta name="color-scheme" content="light dark">
<link rel="stylesheet" href="${content.rootpath}${site.assets["css/site.css"]}">
<#list styles + ((navTree?? && navTree?has_content)?then(["drawer"], [])) + ((content.uses)![]) as sheet>
<link rel="stylesheet" href="${content.rootpath}${site.assets["css/" + sheet + ".css"]}">
</#list>
<script src="${content.rootpath}${site.assets["js/theme.js"]}" defer></script>
<#include "_meta.ftl">
<#if (content.dataTables)!false>
<#-- Sorting and filtering for dataset tables: only on pages that have one. -->
<script src="${content.rootpath}${site.assets["js/table.js"]}" defer></script>
</#if>
<script src="${content.rootpath}${site.assets["js/search.js"]}" defer></script>
</head>
<body class="page-${content.type}" id="top">
<a class="skip-link" href="#main">${l.t("skipToContent")}</a>
<header class="site-header">
  <div class="site-header-inner">
    <a class="site-title" href="${content.rootpath}index.html"<#if content.home> aria-current="page"</#if>><#if shortTitle != site.title><span class="site-title-short">${shortTitle}</span><span class="site-title-full">${site.title}</span><#else>${site.title}</#if></a>
    <#-- The search field and the buttons wrap as one group: where the title leaves the field too little room for
         its placeholder, the group moves onto its own row below the title instead of squeezing the field. -->
    <div class="site-header-tools">
    <@searchForm/>
    <#if nav?? && nav?has_content>
    <#-- The chapters behind one disclosure at every width: the bar stays one slim row, the same on every page. -->
    <details class="site-menu">
      <summary><span class="site-menu-label">${l.t("menu")}</span></summary>
      <nav class="chapter-nav" aria-label="${l.t("chapterNav")}">
        <ol>
          <#list nav as item>
          <li><a href="${item.href}"<#if item.current> aria-current="page"</#if>><span class="chapter-nav-title">${item.title}</span><#if item.subtitle?? && item.subtitle?has_content><span class="chapter-nav-subtitle">${item.subtitle}</span></#if></a></li>
          </#list>
        </ol>
      </nav>
    </details>
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
    <#-- Shown by theme.js: without the script there is nothing to remember a choice with. -->
    <button type="button" class="theme-toggle" aria-pressed="false" hidden><span class="visually-hidden">${l.t("themeToggle")}</span><svg aria-hidden="true" focusable="false" width="20" height="20" viewBox="0 0 20 20"><circle cx="10" cy="10" r="8" fill="none" stroke="currentColor" stroke-width="2"/><path d="M10 2a8 8 0 0 1 0 16z" fill="currentColor"/></svg></button>
    </div>
  </div>
</header>
<main id="main">
<#nested>
</main>
<a class="back-to-top" href="#top"><span aria-hidden="true">↑</span><span class="visually-hidden">${l.t("backToTop")}</span></a>
<footer class="site-footer">
  <div class="site-footer-inner">
    <p class="credit"><#if attr("site-credit")?has_content>${attr("site-credit")}<#else>${l.t("creditFallback")?replace("{title}", site.title)}</#if></p>
    <@citeThisPage/>
    <p><a href="${content.rootpath}index.html">${l.t("backToHome")}</a></p>
  </div>
</footer>
</body>
</html>
</#macro>

<#--
  One level of the navigation tree. A group on the way to the current page is open; a closed group on another
  page links to its first page (the plugin sends only the current branch, so every page stays small); the home
  page gets the whole tree, every group a <details> (a very big site: its top level, groups closed).
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
  "Cite this page": publisher, report title, page title and, when the site's URL is known, the page's address.
  The text is selectable as it is; theme.js adds a copy button.
-->
<#macro citeThisPage>
<#local url = "">
<#if site.url?has_content>
  <#local url = site.url?remove_ending("/") + "/" + content.uri?remove_ending("index.html")>
</#if>
<details class="cite-page">
  <summary>${l.t("citeThisPage")}</summary>
  <p class="cite-page-text"><#if attr("site-publisher")?has_content>${attr("site-publisher")}：</#if>《${site.title}》<#if !content.home>，${content.title}</#if><#if attr("site-date")?has_content>，${attr("site-date")}</#if><#if url?has_content>，${url}</#if></p>
  <button type="button" class="cite-page-copy" data-copied="${l.t("citeCopied")}" hidden>${l.t("citeCopy")}</button>
</details>
</#macro>

<#--
  Numbered sources for the citation markers in the body (<sup class="cite"><a href="#cite-N">).
  The li ids are the markers' targets; value= keeps the visible number equal to the marker's
  even if the plugin ever hands over a list that does not start at 1. One back-link per use of a
  source (a, b, c … as Wikipedia does), so ↩ returns the reader to the marker they came from.
  The site attribute sources-default says once where the facts without a note come from.
-->
<#assign letters = "abcdefghijklmnopqrstuvwxyz">
<#function backrefLabel i>
  <#if i < 26><#return letters[i]></#if>
  <#return letters[(i / 26)?floor - 1] + letters[i % 26]>
</#function>
<#macro citations>
<#local hasNotes = content.citations?? && content.citations?has_content>
<#if hasNotes || attr("sources-default")?has_content>
<#-- The data-label-* words are theme.js's, for the note preview a tap on a marker opens. -->
<section class="citations" aria-labelledby="citations-title" data-label-preview="${l.t("notePreview")}" data-label-go="${l.t("noteGo")}" data-label-close="${l.t("noteClose")}">
  <h2 id="citations-title"><#if attr("sources-title")?has_content>${attr("sources-title")}<#else>${l.t("sources")}</#if></h2>
  <#if attr("sources-default")?has_content>
  <p class="sources-default">${attr("sources-default")}</p>
  </#if>
  <#if hasNotes>
  <ol>
    <#list content.citations as c>
    <li id="${c.id}" value="${c.number?c}" data-source="${c.source}"><@sourceNote c/><#if c.backrefs?size == 1> <a class="backref" href="#${c.backrefs[0]}" aria-label="${l.t("backToText")} ${c.number?c}">↩</a><#elseif c.backrefs?has_content> <span class="backrefs"><span aria-hidden="true">↩</span><#list c.backrefs as ref> <a class="backref" href="#${ref}" aria-label="${backrefLabel(ref?index)} ${l.t("backToTextNth")?replace("{n}", (ref?index + 1)?c)}">${backrefLabel(ref?index)}</a></#list></span></#if></li>
    </#list>
  </ol>
  </#if>
</section>
</#if>
</#macro>

<#--
  A source named as the sources dataset gives it: the facts the site added (not the cited work) each followed by a
  marker, then the editor's note. Notes from older plugins have only text.
-->
<#macro sourceNote c>
<#if c.parts??><#list c.parts as p>${p.text}<#if p.siteAdded><small class="site-added">${l.t("siteAdded")}</small></#if></#list><#else>${c.text}</#if><#t>
<#if (c.editorNote!"")?has_content> <span class="source-editor-note"><span class="editor-note-label">${l.t("editorNote")}</span>${c.editorNote}</span></#if><#t>
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
<#-- data-placeholder: the CSS gives the form the placeholder's width as its least width (a hidden ::before). -->
<form class="site-search" role="search" action="${content.rootpath}search/index.html" method="get"
      data-placeholder="${l.t("searchPlaceholder")}"
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
