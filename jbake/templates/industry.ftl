<#ftl output_format="HTML">
<#import "_layout.ftl" as layout>
<#import "_labels.ftl" as l>
<#import "_collection.ftl" as c>
<#--
  One industry of data/industries.json (a collection page, see README "Collections"). Everything shown comes from
  the row: figures, cases and policies are the rows its x-ref fields name, sections the pages its x-page fields name.
  The optional content/industries/<slug>.adoc arrives as content.body. Dataset text that runs as prose is printed
  with content.qty(…): escaped as usual, a number kept with its Chinese unit (span.qty), as on AsciiDoc pages.
-->
<#assign r = content.row>
<#-- Every part of the report about this industry, once: its own list first (chapter 2 leads), then where its cases
     and figures are told. -->
<#assign related = []>
<#assign relatedHrefs = []>
<#assign candidates = r.sections![]>
<#list r.cases![] as case><#if case.section?? && case.section?is_hash><#assign candidates = candidates + [case.section]></#if></#list>
<#list r.figures![] as f><#if f.section?? && f.section?is_hash><#assign candidates = candidates + [f.section]></#if></#list>
<#list candidates as s>
  <#if s.href?? && !relatedHrefs?seq_contains(s.href)>
    <#assign related = related + [s]>
    <#assign relatedHrefs = relatedHrefs + [s.href]>
  </#if>
</#list>
<#-- A figure's editor's note is shown once, on its card; a case's figures not among the cards carry it themselves. -->
<#assign figureIds = (r.figures![])?map(f -> f.id)>
<#-- A chart where the figures allow one: those sharing the industry's most common unit, when there are two or more. -->
<#assign unitCounts = {}>
<#list r.figures![] as f><#if f.unit??><#assign unitCounts = unitCounts + {f.unit: (unitCounts[f.unit]!0) + 1}></#if></#list>
<#assign chartUnit = "">
<#list unitCounts?keys as unit><#if unitCounts[unit] gte 2 && (chartUnit == "" || unitCounts[unit] gt unitCounts[chartUnit])><#assign chartUnit = unit></#if></#list>
<@layout.page title=content.title + l.t("titleSeparator") + site.title styles=["collection"]>
<@c.breadcrumbs/>
<article class="industry">
  <header class="industry-header">
    <#if r.name_en??><p class="industry-name-en" lang="en">${r.name_en}</p></#if>
    <h1 class="page-title">${r.name}</h1>
    <#if r.subtitle??><p class="subtitle">${r.subtitle}</p></#if>
    <p class="industry-summary">${content.qty(r.summary)}</p>
    <#if related?has_content>
    <p class="deep-link"><a href="${related[0].href}">${l.t("readSection")}：${related[0].title}</a></p>
    </#if>
  </header>

  <#if r.figures?? && r.figures?has_content>
  <section class="industry-figures" aria-labelledby="key-figures">
    <h2 id="key-figures">${l.t("keyFigures")}</h2>
    <ul class="figure-grid">
      <#list r.figures as f>
      <li class="figure-card" id="figure-${f.id}">
        <p class="figure-value"><@c.figureValue f/></p>
        <p class="figure-label">${content.qty(f.label)}<#if f.source??><@c.cite f.source/></#if></p>
        <#assign when = c.figureWhen(f)>
        <#if when?has_content || f.organisation??>
        <p class="figure-meta"><#if f.organisation??>${f.organisation}</#if><#if when?has_content && f.organisation??> · </#if>${when}</p>
        </#if>
        <@c.figureNote f/>
      </li>
      </#list>
    </ul>
    <#if chartUnit?has_content>
    <#assign chartIds = r.figures?filter(f -> (f.unit!"") == chartUnit)?map(f -> f.id)>
    ${content.chart("key-figures", {"type": "hbar", "label": "label", "value": "value", "unit": "unit",
        "where": "id=" + chartIds?join("|"), "id": "figure-chart",
        "caption": l.t("figureChart")?replace("{name}", r.name)?replace("{unit}", chartUnit)})?no_esc}
    </#if>
  </section>
  </#if>

  <#if r.cases?? && r.cases?has_content>
  <section class="industry-cases" aria-labelledby="cases">
    <h2 id="cases">${l.t("cases")}</h2>
    <#list r.cases as case>
    <article class="case" id="case-${case.id}">
      <h3 class="case-title"><span class="case-organisation">${case.organisation}</span> <span class="case-product">${case.product}</span></h3>
      <p class="case-summary">${content.qty(case.summary)}<#if case.source??><@c.cite case.source/></#if></p>
      <#if case.figures?? && case.figures?has_content>
      <dl class="case-metrics" aria-label="${l.t("caseResults")}">
        <#list case.figures as f>
        <#assign when = c.figureWhen(f)>
        <div class="case-metric"><dt>${content.qty(f.label)}</dt><dd><@c.figureValue f/><#if when?has_content> <span class="figure-meta">${when}</span></#if><#if !figureIds?seq_contains(f.id)><@c.figureNote f/></#if></dd></div>
        </#list>
      </dl>
      </#if>
      <#if case.section?? && case.section.href??>
      <p class="case-link"><a href="${case.section.href}">${l.t("readSection")}：${case.section.title}</a></p>
      </#if>
    </article>
    </#list>
  </section>
  </#if>

  <#if content.body?has_content>
  <div class="content-body">
${content.body?no_esc}
  </div>
  </#if>

  <#if related?has_content>
  <section class="industry-sections" aria-labelledby="in-the-report">
    <h2 id="in-the-report">${l.t("inTheReport")}</h2>
    <ul>
      <#list related as s>
      <li><a href="${s.href}">${s.title}</a><#if s.pageTitle?? && s.pageTitle != s.title> <span class="section-chapter">${s.pageTitle}</span></#if></li>
      </#list>
    </ul>
  </section>
  </#if>

  <#-- Rows of other datasets that name this industry (the Beijing benchmark applications…); figures and cases are
       shown above from the row's own lists. -->
  <#list (content.referencedBy!{}) as name, entry>
  <#if name != "key-figures" && name != "cases" && name != "industries">
  <section class="industry-referenced" aria-labelledby="referenced-${name}">
    <h2 id="referenced-${name}">${entry.title}</h2>
    <ul>
      <#list entry.rows as other>
      <li><span class="referenced-title">${other.name!other.title!other.label!""}</span><#assign text = other.direction!other.summary!other.description!"">
        <#if text?has_content> <span class="referenced-text">${text}</span></#if></li>
      </#list>
    </ul>
    <p class="referenced-data"><a href="${entry.href}">${l.t("inTheData")}</a></p>
  </section>
  </#if>
  </#list>

  <#if r.policies?? && r.policies?has_content>
  <section class="industry-policies" aria-labelledby="related-policies">
    <h2 id="related-policies">${l.t("relatedPolicies")}</h2>
    <ul>
      <#list r.policies as p>
      <li id="policy-${p.id}"><span class="policy-title">${p.title}</span> <span class="policy-meta">${p.province!}<#if p.date??> · <time datetime="${p.date}">${p.date}</time></#if></span></li>
      </#list>
    </ul>
  </section>
  </#if>

  <@layout.citations/>
</article>
<#if content.previous?? || content.next??>
<nav class="prev-next" aria-label="${l.t("prevNextIndustry")}">
  <#if content.previous??>
  <a class="prev" rel="prev" href="${content.previous.href}"><span class="prev-next-label">${l.t("previousIndustry")}</span> <span class="prev-next-title">${content.previous.title}</span></a>
  </#if>
  <#if content.next??>
  <a class="next" rel="next" href="${content.next.href}"><span class="prev-next-label">${l.t("nextIndustry")}</span> <span class="prev-next-title">${content.next.title}</span></a>
  </#if>
</nav>
</#if>
<#if content.overview??>
<p class="back-to-overview"><a href="${content.overview.href}">${l.t("allIndustries")}</a></p>
</#if>
</@layout.page>
