<#ftl output_format="HTML">
<#--
  UI strings by language. Content is written by authors; these few words are the theme's own.
  Lookup order: site.language as given (e.g. "zh-CN"), then its primary subtag ("zh"), then English.
  A missing site.language means the theme's home audience: zh-CN.
  A key missing in one language falls back to English, then to the key itself, so a new label
  never breaks a build in a language nobody has translated yet.
-->
<#assign strings = {
  "zh": {
    "skipToContent": "跳到正文",
    "chapterNav": "章节导航",
    "toc": "本页目录",
    "siteNav": "全站目录",
    "navMore": "另有 {count} 项，见首页目录",
    "prevNext": "上一章/下一章",
    "previous": "上一章",
    "next": "下一章",
    "sources": "来源",
    "backToText": "回到正文引用处",
    "home": "首页",
    "backToHome": "返回首页",
    "creditFallback": "本站内容依据《{title}》整理。",
    "titleSeparator": " · ",
    "notFoundTitle": "找不到这个页面",
    "notFoundText": "这个地址没有页面，可能已移动或输错了。可以从首页或章节导航继续阅读。",
    "breadcrumbs": "所在位置",
    "keyFigures": "关键数字",
    "cases": "案例",
    "caseResults": "成效",
    "inTheReport": "报告中的相关内容",
    "readSection": "在报告中阅读",
    "relatedPolicies": "相关政策",
    "inTheData": "查看完整数据",
    "asOf": "截至",
    "reportedIn": "{year} 年报告",
    "figureChart": "{name}：以“{unit}”计的关键数字",
    "previousIndustry": "上一个行业",
    "nextIndustry": "下一个行业",
    "prevNextIndustry": "上一个/下一个行业",
    "allIndustries": "全部行业",
    "industryCount": "{n} 个行业",
    "casesCount": "{n} 个案例",
    "dataTitle": "数据下载",
    "dataIntro": "本站表格和图表所用的全部数据集，均可下载为 CSV（可用 Excel 打开）或 JSON。",
    "dataSource": "来源",
    "dataRows": "行数",
    "dataDownload": "下载：",
    "dataSchema": "数据结构（JSON Schema）",
    "searchLabel": "搜索本站",
    "searchPlaceholder": "搜索（按 / 键）",
    "searchTitle": "搜索",
    "searchCount": "找到 {n} 条结果",
    "searchNone": "没有找到与“{q}”相关的内容",
    "searchLoading": "正在载入搜索索引……",
    "searchFailed": "搜索索引载入失败（直接从磁盘打开网页时，浏览器可能不允许读取它）",
    "searchEmpty": "没有找到相关内容。换个词试试，或者少输入几个字。",
    "searchNoScript": "搜索需要浏览器启用 JavaScript。也可以从页首的章节导航浏览全部内容。",
    "untitledTable": "表格",
    "citeTitle": "《{title}》",
    "citeAfterPublisher": "：",
    "citeDate": "（{date}）"
  },
  "en": {
    "skipToContent": "Skip to content",
    "chapterNav": "Chapters",
    "toc": "On this page",
    "siteNav": "Contents",
    "navMore": "{count} more on the home page",
    "prevNext": "Previous/next chapter",
    "previous": "Previous",
    "next": "Next",
    "sources": "Sources",
    "backToText": "Back to the citation in the text",
    "home": "Home",
    "backToHome": "Back to home",
    "creditFallback": "Content based on the report “{title}”.",
    "titleSeparator": " · ",
    "notFoundTitle": "Page not found",
    "notFoundText": "There is no page at this address; it may have moved, or the address has a typo. Continue from the home page or the chapter list.",
    "breadcrumbs": "You are here",
    "keyFigures": "Key figures",
    "cases": "Cases",
    "caseResults": "Results",
    "inTheReport": "In the report",
    "readSection": "Read in the report",
    "relatedPolicies": "Related policies",
    "inTheData": "See the full dataset",
    "asOf": "As of",
    "reportedIn": "report of {year}",
    "figureChart": "{name}: key figures in {unit}",
    "previousIndustry": "Previous industry",
    "nextIndustry": "Next industry",
    "prevNextIndustry": "Previous/next industry",
    "allIndustries": "All industries",
    "industryCount": "{n} industries",
    "casesCount": "{n} cases",
    "dataTitle": "Data",
    "dataIntro": "Every dataset behind the tables and charts of this site, to download as CSV (opens in a spreadsheet) or JSON.",
    "dataSource": "Source",
    "dataRows": "Rows",
    "dataDownload": "Download: ",
    "dataSchema": "Structure (JSON Schema)",
    "searchLabel": "Search this site",
    "searchPlaceholder": "Search (press /)",
    "searchTitle": "Search",
    "searchCount": "{n} results",
    "searchNone": "Nothing found for “{q}”",
    "searchLoading": "Loading the search index…",
    "searchFailed": "The search index could not be loaded (browsers may refuse it when the page is opened from disk)",
    "searchEmpty": "Nothing found. Try another word, or fewer words.",
    "searchNoScript": "Searching needs JavaScript. The chapter navigation at the top leads to every page.",
    "untitledTable": "Table",
    "citeTitle": "“{title}”",
    "citeAfterPublisher": ", ",
    "citeDate": " ({date})"
  }
}>

<#function lang>
  <#return ((site.language)!"zh-CN")?lower_case>
</#function>

<#function t key>
  <#local tag = lang()>
  <#local primary = tag?keep_before("-")>
  <#list [tag, primary, "en"] as candidate>
    <#if strings[candidate]?? && strings[candidate][key]??>
      <#return strings[candidate][key]>
    </#if>
  </#list>
  <#return key>
</#function>
