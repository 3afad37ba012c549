<#ftl output_format="HTML">
<#--
  Included in <head> by _layout.ftl: the icon, the page's card (Open Graph and Twitter: title, description,
  type, so a shared link shows a card on any build), and the absolute URLs a page has only when siteUrl is
  set (canonical link, og:url, the card image). The icon lives under the site's own path, so browsers do
  not ask the host root for /favicon.ico. Without siteUrl none of the absolute URLs are written: a relative
  og:url would be wrong, not merely missing.
-->
<link rel="icon" type="image/svg+xml" href="${content.rootpath}${site.assets["images/favicon.svg"]}">
<#if content.canonical?has_content>
<link rel="canonical" href="${content.canonical}">
</#if>
<meta property="og:type" content="${content.ogType!(content.home?then("website", "article"))}">
<meta property="og:site_name" content="${site.title}">
<meta property="og:title" content="${content.title}">
<#if content.canonical?has_content>
<meta property="og:url" content="${content.canonical}">
</#if>
<meta property="og:locale" content="${site.language?replace("-", "_")}">
<#if content.description?has_content>
<meta property="og:description" content="${content.description}">
</#if>
<#if content.canonical?has_content && site.socialImage?has_content>
<meta property="og:image" content="${site.socialImage}">
<meta name="twitter:card" content="summary_large_image">
<meta name="twitter:image" content="${site.socialImage}">
<#else>
<meta name="twitter:card" content="summary">
</#if>
<meta name="twitter:title" content="${content.title}">
<#if content.description?has_content>
<meta name="twitter:description" content="${content.description}">
</#if>
