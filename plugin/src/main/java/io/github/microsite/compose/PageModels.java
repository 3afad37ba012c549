package io.github.microsite.compose;

import io.github.microsite.link.Citation;
import io.github.microsite.link.Labels;
import io.github.microsite.link.LinkedPage;
import io.github.microsite.link.RelativeUrls;
import io.github.microsite.model.PageUrls;
import io.github.microsite.dataview.DataFiles;
import io.github.microsite.dataview.DataViews;
import io.github.microsite.link.PageTargets;
import io.github.microsite.link.Sources;
import io.github.microsite.model.DatasetCatalog;
import com.fasterxml.jackson.databind.JsonNode;
import io.github.microsite.model.Section;
import io.github.microsite.model.SiteConfig;
import io.github.microsite.route.PageOrder;
import io.github.microsite.route.PageSource;
import io.github.microsite.route.Route;
import io.github.microsite.route.SiteMap;
import org.jbake.model.DocumentModel;
import org.jbake.template.model.TemplateModel;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Builds what a template sees (documented in the theme contract): {@code site}, {@code nav} and JBake's
 * {@code content}. Only maps, lists and strings, so templates never depend on our Java types.
 */
final class PageModels {

    static final String NOT_FOUND_PATH = "404.html";
    private static final java.util.regex.Pattern ROUGE_CLASS = java.util.regex.Pattern.compile("class=\"[^\"]*\\brouge\\b");
    private static final java.util.regex.Pattern WIDTH_CLASS = java.util.regex.Pattern.compile(
            "class=\"[^\"]*\\bwidth-\\d{1,3}\\b");

    private final SiteConfig config;
    private final SiteMap siteMap;
    private final Map<String, Object> site;
    private final RowModels rows;
    private final DataViews views;
    private final Sources sources;
    private final NavModels navModels;
    private final PageOrder order;

    /**
     * @param assets every theme asset's path under {@code assets/} to where it is published in the site, so a
     *               template writes {@code ${content.rootpath}${site.assets["css/site.css"]}} and never guesses a
     *               published name (the publish stage may fingerprint them)
     */
    PageModels(SiteConfig config, SiteMap siteMap, Map<String, String> assets, DatasetCatalog datasets,
               PageTargets targets, Labels labels) {
        this.config = config;
        this.siteMap = siteMap;
        this.rows = new RowModels(datasets, siteMap, targets);
        this.views = new DataViews(datasets, config.language());
        this.sources = Sources.from(List.copyOf(datasets.all()), labels);
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("title", config.siteTitle());
        values.put("language", config.language());
        values.put("url", config.siteUrl().orElse(""));
        values.put("basePath", config.basePath());
        values.put("attributes", new TreeMap<>(config.attributes()));
        values.put("assets", assets);
        values.put("socialImage", socialImage(config, assets));
        this.site = Map.copyOf(values);
        this.navModels = new NavModels(siteMap);
        this.order = new PageOrder(siteMap);
    }

    TemplateModel forPage(LinkedPage linked) {
        Route route = linked.route();
        TemplateModel model = new TemplateModel();
        model.put("site", site);
        model.put("nav", navModels.header(route));
        model.put("navTree", navModels.drawer(route));
        model.setContent(content(linked));
        return model;
    }

    private DocumentModel content(LinkedPage linked) {
        Route route = linked.route();
        DocumentModel content = new DocumentModel();
        content.setType(route.type());
        content.setStatus("published");
        content.setTitle(route.source() instanceof PageSource.Asciidoc ? route.page().title() : route.navTitle());
        content.setBody(linked.body());
        content.setUri(route.outputPath());
        content.setRootPath(RelativeUrls.toRoot(route.folder()));
        content.put("navTitle", route.navTitle());
        content.put("canonical", PageUrls.absolute(config.siteUrl(), route.outputPath()).orElse(""));
        content.put("description", route.page().attribute("description").orElse(""));
        content.put("home", route.isHome());
        content.put("ogType", route.isHome() ? "website" : "article");
        content.put("toc", toc(tocSections(route), tocLevels(route)));
        // Mutable: content.cite(...) in a template appends the sources of the data it shows.
        List<Map<String, Object>> citations = new ArrayList<>(linked.citations().stream().map(PageModels::citation)
                .toList());
        content.put("citations", citations);
        content.put("cite", new DataNotes(sources, citations));
        content.put("chart", new DataCharts(views, RelativeUrls.toRoot(route.folder()) + DataFiles.FOLDER + "/"));
        content.put("qty", QUANTITY_TEXT);
        // Only pages with a sortable dataset table load the table script.
        content.put("dataTables", linked.body().contains("data-sortable"));
        content.put("uses", uses(linked.body()));
        order.previous(route).ifPresent(previous -> content.put("previous", link(route, previous)));
        order.next(route).ifPresent(next -> content.put("next", link(route, next)));
        if (route.source() instanceof PageSource.CollectionRow row) {
            collectionRow(content, route, row);
        } else if (route.source() instanceof PageSource.CollectionOverview overview) {
            collectionOverview(content, route, overview);
        }
        return content;
    }

    /** A page made from data (the data page): its folder decides its relative links, as for any page. */
    TemplateModel forGenerated(GeneratedPage page) {
        TemplateModel model = new TemplateModel();
        model.put("site", site);
        java.util.function.Function<Route, String> href = route -> RelativeUrls.between(page.folder(), route.outputPath());
        model.put("nav", navModels.header(null, href));
        model.put("navTree", navModels.drawer(null, href));
        DocumentModel content = new DocumentModel();
        content.setType(page.type());
        content.setStatus("published");
        content.setTitle(page.title());
        content.setBody("");
        content.setUri(page.outputPath());
        content.setRootPath(RelativeUrls.toRoot(page.folder()));
        content.put("navTitle", page.title());
        content.put("description", page.description());
        content.put("canonical", PageUrls.absolute(config.siteUrl(), page.outputPath()).orElse(""));
        content.put("home", false);
        content.put("ogType", "website");
        content.put("toc", List.of());
        content.put("citations", List.of());
        content.put("qty", QUANTITY_TEXT);
        content.put("dataTables", false);
        content.put("uses", List.of());
        page.fields().forEach(content::put);
        model.setContent(content);
        return model;
    }

    /**
     * The 404 page: a host serves it at whatever URL was missing, at any depth, so its links and assets cannot be
     * relative; they are absolute under the base path instead.
     */
    TemplateModel forNotFound() {
        TemplateModel model = new TemplateModel();
        model.put("site", site);
        java.util.function.Function<Route, String> href = route -> config.basePath() + PageUrls.pretty(route.outputPath());
        model.put("nav", navModels.header(null, href));
        model.put("navTree", navModels.drawer(null, href));
        DocumentModel content = new DocumentModel();
        content.setType("notfound");
        content.setStatus("published");
        content.setTitle("");
        content.setBody("");
        content.setUri(NOT_FOUND_PATH);
        content.setRootPath(config.basePath());
        content.put("navTitle", "");
        content.put("description", "");
        content.put("canonical", "");
        content.put("home", false);
        content.put("toc", List.of());
        content.put("citations", List.of());
        content.put("qty", QUANTITY_TEXT);
        model.setContent(content);
        return model;
    }

    /**
     * The theme's optional stylesheets a converted body needs, by name: {@code blocks} for listings, admonitions and
     * footnotes ({@code css/blocks.css}), {@code code} for source highlighted by Rouge
     * ({@code css/code.css}), {@code widths} for Asciidoctor's column widths turned into classes
     * ({@code css/widths.css}). A page loads only these besides {@code css/site.css} and its type's own sheet, so a
     * reader of a page without code or sized columns does not download their rules.
     */
    static List<String> uses(String body) {
        List<String> uses = new ArrayList<>();
        if (body.contains("<pre") || body.contains("admonitionblock") || body.contains("id=\"footnotes\"")) {
            uses.add("blocks");
        }
        if (ROUGE_CLASS.matcher(body).find()) {
            uses.add("code");
        }
        if (WIDTH_CLASS.matcher(body).find()) {
            uses.add("widths");
        }
        return List.copyOf(uses);
    }

    /**
     * The image social networks show for a link: the site attribute {@code social-image} (a path inside the site),
     * else the theme's {@code images/social.png}. Empty without {@code siteUrl}: a card needs an absolute URL.
     */
    private static String socialImage(SiteConfig config, Map<String, String> assets) {
        String own = config.attributes().get("social-image");
        String path = own != null && !own.isBlank() ? own.strip().replaceFirst("^/+", "") : assets.get("images/social.png");
        return path == null ? "" : config.siteUrl().map(url -> PageUrls.base(url) + path).orElse("");
    }

    /**
     * A row's page: {@code content.row} (references resolved), {@code content.overview} (link), {@code
     * content.breadcrumbs}; previous and next are the neighbouring rows.
     */
    private void collectionRow(DocumentModel content, Route route, PageSource.CollectionRow row) {
        Map<String, Object> resolved = rows.row(route, row.dataset(), row.row());
        content.put("row", resolved);
        row.dataset().keyField().map(field -> row.row().path(field)).filter(JsonNode::isValueNode)
                .ifPresent(key -> content.put("referencedBy", rows.referencedBy(route, row.dataset(), key.asText())));
        content.put("collection", row.dataset().name());
        if (route.page().attribute("description").isEmpty()) {
            List<String> fields = row.collection().descriptionField().map(List::of)
                    .orElse(List.of("description", "summary"));
            fields.stream().map(field -> row.row().path(field)).filter(JsonNode::isTextual).map(JsonNode::asText)
                    .findFirst().ifPresent(text -> content.put("description", text));
        }
        List<Map<String, Object>> breadcrumbs = new ArrayList<>();
        breadcrumbs.add(link(route, siteMap.home()));
        order.collectionOf(route).flatMap(SiteMap.CollectionPages::overview).ifPresent(overview -> {
            content.put("overview", link(route, overview));
            breadcrumbs.add(link(route, overview));
        });
        breadcrumbs.add(Map.of("title", route.navTitle()));
        content.put("breadcrumbs", breadcrumbs);
    }

    /** The overview: {@code content.rows}, each {@code {title, href, row}}, in the collection's order. */
    private void collectionOverview(DocumentModel content, Route route, PageSource.CollectionOverview overview) {
        content.put("collection", overview.dataset().name());
        content.put("ogType", "website");
        if (route.page().attribute("description").isEmpty()) {
            JsonNode description = overview.dataset().root().path("description");
            if (description.isTextual()) {
                content.put("description", description.asText());
            }
        }
        List<Map<String, Object>> entries = new ArrayList<>();
        order.collectionOf(route).ifPresent(pages -> pages.rows().forEach(rowRoute -> {
            PageSource.CollectionRow row = (PageSource.CollectionRow) rowRoute.source();
            Map<String, Object> entry = new LinkedHashMap<>(link(route, rowRoute));
            entry.put("row", rows.row(route, row.dataset(), row.row()));
            entries.add(entry);
        }));
        content.put("rows", entries);
        content.put("breadcrumbs", List.of(link(route, siteMap.home()), Map.of("title", route.navTitle())));
    }

    private static Map<String, Object> link(Route from, Route to) {
        return Map.of("title", to.navTitle(), "href", RelativeUrls.between(from.folder(), to.outputPath()));
    }

    /** A chapter titled by its only top section ({@code ==} at the top) lists what is inside that section. */
    private static List<Section> tocSections(Route route) {
        List<Section> sections = route.page().sections();
        if (sections.size() == 1 && sections.get(0).title().equals(route.page().title())) {
            return sections.get(0).children();
        }
        return sections;
    }

    /**
     * How many heading levels the contents list: Asciidoctor's {@code toclevels} (page or site attribute, 1 to 5;
     * the route stage reports any other value), else two — h2 and h3; more would crowd a phone screen unless the
     * chapter asks for it.
     */
    static int tocLevels(Route route) {
        return route.page().attribute("toclevels").filter(value -> value.matches("[1-5]")).map(Integer::parseInt)
                .orElse(DEFAULT_TOC_LEVELS);
    }

    static final int DEFAULT_TOC_LEVELS = 2;

    /** Stateless: one for every page. */
    private static final QuantityText QUANTITY_TEXT = new QuantityText();

    private static List<Map<String, Object>> toc(List<Section> sections, int depth) {
        if (depth == 0) {
            return List.of();
        }
        return sections.stream().map(section -> Map.<String, Object>of(
                "id", section.id(),
                "title", section.title(),
                "number", section.number(),
                "level", section.level(),
                "children", toc(section.children(), depth - 1))).toList();
    }

    private static Map<String, Object> citation(Citation citation) {
        Map<String, Object> model = new java.util.HashMap<>(DataNotes.noteModel(citation.note()));
        model.putAll(Map.of("number", citation.number(), "id", citation.id(), "source", citation.sourceId(),
                "backrefs", citation.backrefs()));
        return model;
    }
}
