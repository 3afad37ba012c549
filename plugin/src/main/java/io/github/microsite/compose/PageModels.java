package io.github.microsite.compose;

import io.github.microsite.link.Citation;
import io.github.microsite.link.LinkedPage;
import io.github.microsite.link.RelativeUrls;
import io.github.microsite.model.PageUrls;
import io.github.microsite.model.Section;
import io.github.microsite.model.SiteConfig;
import io.github.microsite.route.Route;
import io.github.microsite.route.SiteMap;
import org.jbake.model.DocumentModel;
import org.jbake.template.model.TemplateModel;

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

    private final SiteConfig config;
    private final SiteMap siteMap;
    private final Map<String, Object> site;

    /**
     * @param assets every theme asset's path under {@code assets/} to where it is published in the site, so a
     *               template writes {@code ${content.rootpath}${site.assets["css/site.css"]}} and never guesses a
     *               published name (the publish stage may fingerprint them)
     */
    PageModels(SiteConfig config, SiteMap siteMap, Map<String, String> assets) {
        this.config = config;
        this.siteMap = siteMap;
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("title", config.siteTitle());
        values.put("language", config.language());
        values.put("url", config.siteUrl().orElse(""));
        values.put("basePath", config.basePath());
        values.put("attributes", new TreeMap<>(config.attributes()));
        values.put("assets", assets);
        values.put("socialImage", socialImage(config, assets));
        this.site = Map.copyOf(values);
    }

    TemplateModel forPage(LinkedPage linked) {
        Route route = linked.route();
        TemplateModel model = new TemplateModel();
        model.put("site", site);
        model.put("nav", nav(route));
        model.setContent(content(linked));
        return model;
    }

    private DocumentModel content(LinkedPage linked) {
        Route route = linked.route();
        DocumentModel content = new DocumentModel();
        content.setType(route.type());
        content.setStatus("published");
        content.setTitle(route.page().title());
        content.setBody(linked.body());
        content.setUri(route.outputPath());
        content.setRootPath(RelativeUrls.toRoot(route.folder()));
        content.put("navTitle", route.navTitle());
        content.put("canonical", PageUrls.absolute(config.siteUrl(), route.outputPath()).orElse(""));
        content.put("description", route.page().attribute("description").orElse(""));
        content.put("home", route.isHome());
        content.put("toc", toc(route.page().sections()));
        content.put("citations", linked.citations().stream().map(PageModels::citation).toList());
        siteMap.previous(route).ifPresent(previous -> content.put("previous", link(route, previous)));
        siteMap.next(route).ifPresent(next -> content.put("next", link(route, next)));
        return content;
    }

    /**
     * The 404 page: a host serves it at whatever URL was missing, at any depth, so its links and assets cannot be
     * relative; they are absolute under the base path instead.
     */
    TemplateModel forNotFound() {
        TemplateModel model = new TemplateModel();
        model.put("site", site);
        model.put("nav", siteMap.readingOrder().stream().map(route -> (Map<String, Object>) new LinkedHashMap<String, Object>(
                Map.of("title", route.navTitle(), "href", config.basePath() + PageUrls.pretty(route.outputPath()),
                        "current", false))).toList());
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
        model.setContent(content);
        return model;
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

    private List<Map<String, Object>> nav(Route current) {
        return siteMap.readingOrder().stream().map(route -> {
            Map<String, Object> item = new LinkedHashMap<>(link(current, route));
            item.put("current", route.equals(current));
            return (Map<String, Object>) item;
        }).toList();
    }

    private static Map<String, Object> link(Route from, Route to) {
        return Map.of("title", to.navTitle(), "href", RelativeUrls.between(from.folder(), to.outputPath()));
    }

    /** Two levels: more would crowd a phone screen. */
    private static List<Map<String, Object>> toc(List<Section> sections) {
        return sections.stream().filter(section -> section.level() <= 2).map(section -> Map.<String, Object>of(
                "id", section.id(),
                "title", section.title(),
                "level", section.level(),
                "children", toc(section.children()))).toList();
    }

    private static Map<String, Object> citation(Citation citation) {
        return Map.of("number", citation.number(), "id", citation.id(), "source", citation.sourceId(),
                "text", citation.text(), "backrefs", citation.backrefs());
    }
}
