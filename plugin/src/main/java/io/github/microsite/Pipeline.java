package io.github.microsite;

import io.github.microsite.compose.GeneratedPage;
import io.github.microsite.compose.SiteComposer;
import io.github.microsite.convert.AsciidocConverter;
import io.github.microsite.convert.ConversionCache;
import io.github.microsite.convert.ConvertedPage;
import io.github.microsite.dataview.DataFiles;
import io.github.microsite.dataview.TableRows;
import io.github.microsite.host.HostFiles;
import io.github.microsite.index.SearchIndexer;
import io.github.microsite.index.SearchPage;
import io.github.microsite.link.LinkResolver;
import io.github.microsite.link.LinkedPage;
import io.github.microsite.link.PageTargets;
import io.github.microsite.load.ContentLoader;
import io.github.microsite.load.SourceCatalog;
import io.github.microsite.model.DatasetCatalog;
import io.github.microsite.model.Problems;
import io.github.microsite.model.SiteConfig;
import io.github.microsite.model.SourceFile;
import io.github.microsite.model.Problem;
import io.github.microsite.publish.OutputFolderGuard;
import io.github.microsite.files.StaticFiles;
import io.github.microsite.publish.SiteFile;
import io.github.microsite.publish.SitePublisher;
import io.github.microsite.route.CollectionRouter;
import io.github.microsite.route.PageRouter;
import io.github.microsite.route.ReadingOrder;
import io.github.microsite.route.ReadingOrderFinder;
import io.github.microsite.route.SiteMap;
import io.github.microsite.uptodate.LastBuild;
import io.github.microsite.validate.DatasetValidator;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * The whole build on one screen: load → validate → convert → route → link → compose (+ data downloads) → index →
 * host files, baked in memory; then publish writes it. Each stage takes the previous one's plain data and reports into one {@link Problems}; nothing is
 * written unless every stage succeeded.
 */
public final class Pipeline {

    private final AsciidocConverter converter;
    /** Lives as long as this pipeline: a preview re-converts only the pages whose sources changed. */
    private final ConversionCache conversions = new ConversionCache();

    /** @param converter kept by the caller, so a long-running preview converts with a warm Asciidoctor */
    public Pipeline(AsciidocConverter converter) {
        this.converter = converter;
    }

    /** Bakes the site into memory; writes nothing. */
    public BakedSite bake(SiteConfig config) {
        Problems problems = new Problems();
        StageClock clock = new StageClock();
        if (conversions.startsCold(config)) {
            converter.prepare(); // nothing cached, so pages will convert: JRuby starts while the content loads
        }
        SourceCatalog catalog = clock.time("load", () -> new ContentLoader(config).load(problems));
        // A book's master file or a navigation file orders the pages; it is not a page itself.
        ReadingOrder order = clock.time("load", () -> new ReadingOrderFinder(config).find(catalog.pages(), problems));
        List<SourceFile> pages = catalog.pages().stream()
                .filter(page -> !order.notPages().contains(page.relativePath())).toList();
        // Tables and charts read the datasets and their schemas (labels): a change to either converts pages again.
        List<SourceFile> dataFiles = new ArrayList<>(catalog.datasets());
        dataFiles.addAll(catalog.schemas());
        ConversionCache.Plan conversion = clock.time("load", () -> conversions.plan(config, pages, dataFiles));
        if (conversion.needsConverter()) {
            converter.prepare(); // JRuby starts while the datasets are validated
        }
        DatasetCatalog datasets = clock.time("validate",
                () -> new DatasetValidator().catalog(catalog.datasets(), catalog.schemas(), problems));
        List<ConvertedPage> converted = clock.time("convert", () -> conversion.convert(converter, datasets, problems));
        SiteMap siteMap = clock.time("route", () -> {
            CollectionRouter.Plan collections = new CollectionRouter(config, datasets).plan(problems);
            return collections.addTo(new PageRouter(config, order).route(collections.standalone(converted), problems),
                    converted, problems);
        });
        LinkResolver linkResolver = clock.time("link", () -> new LinkResolver(siteMap, catalog.resources(),
                List.copyOf(datasets.all()), new SiteComposer(config).labels()));
        PageTargets pageTargets = linkResolver.pageTargets();
        List<LinkedPage> linked = clock.time("link", () -> {
            pageTargets.checkAll(datasets.pageReferences(), problems);
            return linkResolver.resolve(problems);
        });
        List<SiteFile> files = clock.time("compose", () -> {
            List<GeneratedPage> generated = new ArrayList<>(SearchPage.pages(config, siteMap, problems));
            if (!datasets.all().isEmpty()) {
                generated.add(DataFiles.page(datasets, config.language()));
            }
            List<SiteFile> composed = new ArrayList<>(new SiteComposer(config).compose(siteMap, linked, generated,
                    datasets, pageTargets, problems));
            composed.addAll(DataFiles.files(datasets, catalog.datasets(), catalog.schemas()));
            composed.addAll(TableRows.files(converted.stream().map(ConvertedPage::body).toList(), datasets,
                    config.language()));
            return composed;
        });
        clock.time("index", () -> files.addAll(new SearchIndexer().index(files)));
        // Only the content files the pages reference, plus what the configuration names as static.
        files.addAll(new StaticFiles(config).select(catalog.resources(), linkResolver.referencedResources(), problems));
        clock.time("host files", () -> files.addAll(new HostFiles(config).files(files)));
        return new BakedSite(files, problems.all(), linked.size(), clock.millis(), conversions.lastConverted());
    }

    /**
     * Bakes the site and, when nothing went wrong (no error, and no warning with {@code failOnWarnings}), writes it to
     * the output folder. An output folder that must not be replaced is refused before anything is converted.
     */
    public BuildResult build(SiteConfig config) {
        return build(config, "", site -> true);
    }

    /**
     * As {@link #build(SiteConfig)}, with a last look at the baked files before anything is written: when
     * {@code approve} says no (the {@code check} rules found something), nothing is published. When the last published
     * build had the same inputs and its output folder is untouched, nothing is baked: its problems are reported again.
     *
     * @param approval what {@code approve} depends on besides the baked site (the check rules), as text: a change to
     *                 it is a change of input
     */
    public BuildResult build(SiteConfig config, String approval, Predicate<BakedSite> approve) {
        Optional<String> refusal = new OutputFolderGuard(config).refusal();
        if (refusal.isPresent()) {
            return new BuildResult(List.of(Problem.error("", 0, refusal.get())));
        }
        StageClock clock = new StageClock();
        LastBuild last = clock.time("up-to-date check", () -> new LastBuild(config, approval));
        Optional<LastBuild.Outcome> unchanged = clock.time("up-to-date check", last::unchanged);
        if (unchanged.isPresent()) {
            return BuildResult.upToDate(unchanged.get().problems(), unchanged.get().pageCount(), clock.millis());
        }
        BakedSite site = bake(config);
        if (site.hasErrors() || (config.failOnWarnings() && !site.problems().isEmpty()) || !approve.test(site)) {
            return BuildResult.unpublished(site);
        }
        Problems problems = new Problems();
        site.problems().forEach(problems::add);
        Map<String, Long> stages = new LinkedHashMap<>(clock.millis());
        stages.putAll(site.stageMillis());
        long start = System.nanoTime();
        last.forget();
        boolean published = new SitePublisher(config.outputDirectory()).publish(site.files(), problems);
        if (published) {
            last.remember(new LastBuild.Outcome(site.pageCount(), problems.all()));
        }
        stages.put("publish", (System.nanoTime() - start) / 1_000_000);
        return new BuildResult(problems.all(), published ? site.pageCount() : 0, published, stages,
                site.pagesConverted(), false);
    }
}
