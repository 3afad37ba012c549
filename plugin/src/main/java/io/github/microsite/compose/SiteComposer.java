package io.github.microsite.compose;

import io.github.microsite.link.Labels;
import io.github.microsite.link.LinkedPage;
import io.github.microsite.link.PageTargets;
import io.github.microsite.model.CollectionConfig;
import io.github.microsite.model.DatasetCatalog;
import io.github.microsite.model.Problems;
import io.github.microsite.model.SiteConfig;
import io.github.microsite.model.SourceFile;
import io.github.microsite.publish.SiteFile;
import io.github.microsite.route.SiteMap;
import org.apache.commons.configuration2.CompositeConfiguration;
import org.apache.commons.configuration2.MapConfiguration;
import org.jbake.app.configuration.DefaultJBakeConfiguration;
import org.jbake.app.configuration.JBakeConfiguration;
import org.jbake.template.RenderingException;

import java.io.StringWriter;
import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;

/**
 * Renders every page and the 404 page with the theme, and adds the theme's assets under {@code assets/} with
 * content-hashed names.
 */
public final class SiteComposer {

    static final String ASSETS_FOLDER = "assets";
    /** Not a page type: rendered once per site, for the host to serve at any missing URL. */
    static final String NOT_FOUND_TEMPLATE = "404.ftl";

    private final SiteConfig config;
    private final Theme theme;
    private final JBakeConfiguration jbake;
    private final ThemeTemplateEngine engine;

    public SiteComposer(SiteConfig config) {
        this.config = config;
        this.theme = new Theme(config.themeDirectory());
        this.jbake = jbakeConfiguration(theme.properties());
        this.engine = new ThemeTemplateEngine(jbake, theme.templateOverrides());
    }

    /** The words of the label bundle that stages before this one write into pages, in the site's language. */
    public Labels labels() {
        Map<String, Object> model = Map.of("site", Map.of("language", config.language()), "keys", Labels.KEYS);
        String separator = "\u001f";
        String text = engine.renderSource("labels", "<#import \"_labels.ftl\" as l><#list keys as key>"
                + "${l.t(key)?no_esc}<#sep>" + separator + "</#list>", model);
        String[] values = text.split(separator, -1);
        Map<String, String> byKey = new java.util.HashMap<>();
        for (int i = 0; i < Labels.KEYS.size(); i++) {
            byKey.put(Labels.KEYS.get(i), values[i]);
        }
        return Labels.of(byKey);
    }

    public List<SiteFile> compose(SiteMap siteMap, List<LinkedPage> pages, Problems problems) {
        return compose(siteMap, pages, DatasetCatalog.empty(), PageTargets.none(), problems);
    }

    /**
     * @param datasets what collection pages' rows refer to
     * @param targets  resolves the rows' {@code x-page} values to links
     */
    public List<SiteFile> compose(SiteMap siteMap, List<LinkedPage> pages, DatasetCatalog datasets,
                                  PageTargets targets, Problems problems) {
        return compose(siteMap, pages, List.of(), datasets, targets, problems);
    }

    /** @param generated pages made from data (the data page…), rendered with the template of their type */
    public List<SiteFile> compose(SiteMap siteMap, List<LinkedPage> pages, List<GeneratedPage> generated,
                                  DatasetCatalog datasets, PageTargets targets, Problems problems) {
        Composition composition = start(siteMap, datasets, targets, problems);
        List<SiteFile> files = new ArrayList<>();
        pages.forEach(page -> composition.page(page).ifPresent(files::add));
        files.addAll(composition.finish(generated));
        return List.copyOf(files);
    }

    /**
     * Starts composing a site page by page, so a caller can link and compose one page, keep only its bytes and let
     * its body go before the next (at 10,000 pages, every body held twice does not fit in a 1 GB heap).
     */
    public Composition start(SiteMap siteMap, DatasetCatalog datasets, PageTargets targets, Problems problems) {
        theme.linksLeadingOut().forEach(link -> problems.error("theme/" + link, 0, "symbolic link leading outside"
                + " the theme folder " + config.themeDirectory().orElseThrow() + "; the build reads only the theme folder"
                + " for theme files: copy the file in instead of linking it"));
        return new Composition(siteMap, datasets, targets, problems);
    }

    /** One site's composition: the pages in any order, then {@link #finish} once. */
    public final class Composition {
        private final Map<String, AssetFingerprints.Published> assets;
        private final PageModels models;
        private final Charset encoding;
        private final Set<String> missingCollectionTemplates;
        private final Problems problems;

        private Composition(SiteMap siteMap, DatasetCatalog datasets, PageTargets targets, Problems problems) {
            this.problems = problems;
            this.assets = AssetFingerprints.fingerprint(ASSETS_FOLDER, theme.assets());
            Map<String, String> publishedAssets = new java.util.TreeMap<>();
            assets.forEach((path, published) -> publishedAssets.put(path, published.path()));
            this.models = new PageModels(config, siteMap, publishedAssets, datasets, targets, labels());
            this.encoding = Charset.forName(jbake.getRenderEncoding());
            this.missingCollectionTemplates = missingCollectionTemplates(siteMap, problems);
        }

        /** The page rendered with its type's template; empty when it cannot be (the problems say why). */
        public java.util.Optional<SiteFile> page(LinkedPage page) {
            String type = page.route().type();
            if (missingCollectionTemplates.contains(type)) {
                return java.util.Optional.empty();
            }
            String template = templateFile(type);
            if (template == null) {
                // Projects coming from JBake use their own types (:jbake-type: guides); the page still reads well
                // as a page, so build it and say once how to give the type its own template.
                SourceFile source = page.route().page().source();
                problems.warning(source.relativePath(), source.firstLineContaining(":jbake-type:"), "the theme has no"
                        + " template for page type '" + type + "', so the page uses the page template; map the type"
                        + " with template." + type + ".file=… in the theme's jbake.properties, or remove :jbake-type:");
                template = jbake.getTemplateByDocType("page");
            }
            StringWriter html = new StringWriter();
            try {
                engine.renderDocument(models.forPage(page), template, html);
            } catch (RenderingException e) {
                problems.error("theme/" + template, 0, "cannot render " + page.route().outputPath() + ": "
                        + rootMessage(e));
                return java.util.Optional.empty();
            }
            return java.util.Optional.of(SiteFile.generated(page.route().outputPath(),
                    html.toString().getBytes(encoding)));
        }

        /** The pages made from data, the 404 page and the theme's assets. */
        public List<SiteFile> finish(List<GeneratedPage> generated) {
            List<SiteFile> files = new ArrayList<>();
            for (GeneratedPage page : generated) {
                String template = templateFile(page.type());
                if (template == null) {
                    problems.error("theme/templates", 0, "cannot render " + page.outputPath() + ": no template for"
                            + " page type '" + page.type() + "'; add templates/" + page.type() + ".ftl to the"
                            + " themeDirectory");
                    continue;
                }
                render(models.forGenerated(page), template, page.outputPath(), encoding, problems)
                        .ifPresent(files::add);
            }
            render(models.forNotFound(), NOT_FOUND_TEMPLATE, PageModels.NOT_FOUND_PATH, encoding, problems)
                    .ifPresent(files::add);
            assets.values().forEach(published -> files.add(SiteFile.generated(published.path(), published.content())));
            return List.copyOf(files);
        }
    }

    private java.util.Optional<SiteFile> render(org.jbake.template.model.TemplateModel model, String template,
                                                String outputPath, Charset encoding, Problems problems) {
        StringWriter html = new StringWriter();
        try {
            engine.renderDocument(model, template, html);
        } catch (RenderingException e) {
            problems.error("theme/" + template, 0, "cannot render " + outputPath + ": " + rootMessage(e));
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(SiteFile.generated(outputPath, html.toString().getBytes(encoding)));
    }

    /** A page type's template: {@code template.<type>.file} of jbake.properties, else {@code <type>.ftl} if it exists. */
    private String templateFile(String type) {
        // Not JBake's getTemplateByDocType: for a type without the key (every collection's, by design) it logs
        // "Cannot find configuration key 'template.industry.file'" as a warning, seven times per build of the report.
        Object configured = jbake.get("template." + type + ".file");
        if (configured != null) {
            return configured.toString();
        }
        return theme.hasTemplate(type + ".ftl") ? type + ".ftl" : null;
    }

    /** Checks each collection's templates once, so a missing one is one error naming the collection, not one per row. */
    private Set<String> missingCollectionTemplates(SiteMap siteMap, Problems problems) {
        Set<String> missing = new java.util.TreeSet<>();
        for (SiteMap.CollectionPages collection : siteMap.collections()) {
            CollectionConfig config = collection.config();
            List<String> types = new ArrayList<>();
            if (!collection.rows().isEmpty()) {
                types.add(config.template());
            }
            collection.overview().ifPresent(overview -> types.add(config.overviewType()));
            for (String type : types) {
                String file = templateFile(type);
                if (file == null || !theme.hasTemplate(file)) {
                    missing.add(type);
                    problems.error(config.datasetFile(), 0, "the collection " + config.dataset() + " (plugin"
                            + " configuration, <collections>) renders with template '" + type + "', but the theme has"
                            + " no templates/" + (file == null ? type + ".ftl" : file) + "; add it to the themeDirectory's"
                            + " templates/ or fix <" + (type.equals(config.template()) ? "template" : "overviewTemplate")
                            + ">");
                }
            }
        }
        return missing;
    }

    private static JBakeConfiguration jbakeConfiguration(Properties themeProperties) {
        CompositeConfiguration composite = new CompositeConfiguration();
        composite.addConfiguration(new MapConfiguration(toMap(themeProperties)));
        composite.addConfiguration(new MapConfiguration(Map.of(
                "render.encoding", "UTF-8", "template.encoding", "UTF-8",
                "template.page.file", "page.ftl", "template.home.file", "home.ftl")));
        return new DefaultJBakeConfiguration(composite);
    }

    private static Map<String, Object> toMap(Properties properties) {
        Map<String, Object> map = new java.util.HashMap<>();
        properties.stringPropertyNames().forEach(name -> map.put(name, properties.getProperty(name)));
        return map;
    }

    private static String rootMessage(Throwable error) {
        Throwable cause = error;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        return cause.getMessage() == null ? cause.toString() : cause.getMessage().strip();
    }
}
