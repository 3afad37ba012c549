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
import io.github.microsite.publish.OutputFolderGuard;
import io.github.microsite.files.StaticFiles;
import io.github.microsite.publish.SiteFile;
import io.github.microsite.publish.SitePublisher;
import io.github.microsite.publish.StagedFiles;
import io.github.microsite.route.CollectionRouter;
import io.github.microsite.route.PageRouter;
import io.github.microsite.route.ReadingOrder;
import io.github.microsite.route.ReadingOrderFinder;
import io.github.microsite.route.Route;
import io.github.microsite.route.SiteMap;
import io.github.microsite.uptodate.LastBuild;
import io.github.microsite.validate.DatasetValidator;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Predicate;

/**
 * The whole build on one screen: load → validate → convert → route → link, compose and index, page by page (+ data
 * downloads) → host files, baked in memory; then publish writes it. Each stage takes the previous one's plain
 * data and reports into one {@link Problems}; nothing is written unless every stage succeeded.
 */
public final class Pipeline {

    private final AsciidocConverter converter;
    /** Lives as long as this pipeline: a preview re-converts only the pages whose sources changed. */
    private final ConversionCache conversions = new ConversionCache();

    /** Told when a build that started Asciidoctor is about to convert. */
    private final ColdConversion coldConversion;
    /** Whether the build under way is the one that started the converter's Asciidoctor. */
    private boolean startedConverter;

    /**
     * The conversion of a build that starts Asciidoctor: JRuby's start and each page converted once, the start of
     * seconds of code that runs once (ShortBuildJit listens).
     */
    @FunctionalInterface
    public interface ColdConversion {
        ColdConversion NONE = pages -> { };

        /** @param pages how many pages it converts */
        void starts(int pages);
    }

    /** @param converter kept by the caller, so a long-running preview converts with a warm Asciidoctor */
    public Pipeline(AsciidocConverter converter) {
        this(converter, ColdConversion.NONE);
    }

    /** @param coldConversion told about the conversion of a build that starts the converter's Asciidoctor */
    public Pipeline(AsciidocConverter converter, ColdConversion coldConversion) {
        this.converter = converter;
        this.coldConversion = coldConversion;
    }

    /** Bakes the site into memory; writes nothing. */
    public BakedSite bake(SiteConfig config) {
        return bake(config, page -> { });
    }

    /**
     * Bakes the site into memory, handing each composed page to {@code composedPages} as soon as it is made (a build
     * stages them on the disk meanwhile).
     */
    public BakedSite bake(SiteConfig config, Consumer<SiteFile> composedPages) {
        Problems problems = new Problems();
        StageClock clock = new StageClock();
        if (conversions.startsCold(config)) {
            prepareConverter(); // nothing cached, so pages will convert: JRuby starts while the content loads
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
            prepareConverter(); // JRuby starts while the datasets are validated
        }
        if (startedConverter) {
            startedConverter = false; // told once: the next bake of this pipeline finds the converter warm
            coldConversion.starts(conversion.pagesToConvert());
        }
        DatasetCatalog datasets = clock.time("validate",
                () -> new DatasetValidator().catalog(catalog.datasets(), catalog.schemas(), problems));
        List<ConvertedPage> converted = clock.time("convert", () -> conversion.convert(converter, datasets, problems));
        SiteMap siteMap = clock.time("route", () -> {
            CollectionRouter.Plan collections = new CollectionRouter(config, datasets).plan(problems);
            return collections.addTo(new PageRouter(config, order).route(collections.standalone(converted), problems),
                    converted, problems);
        });
        SiteComposer composer = clock.time("compose", () -> new SiteComposer(config));
        LinkResolver links = clock.time("link", () -> new LinkResolver(siteMap, catalog.resources(),
                List.copyOf(datasets.all()), composer.labels()));
        List<SiteFile> files;
        try (SearchIndexer.Pages search = new SearchIndexer().pages()) {
            files = linkAndCompose(config, siteMap, links, composer, datasets, search, composedPages, clock, problems);
            files.addAll(clock.time("data", () -> DataFiles.files(datasets, catalog.datasets(), catalog.schemas())));
            files.addAll(clock.time("data", () -> TableRows.files(converted.stream().map(ConvertedPage::body).toList(),
                    datasets, config.language())));
            files.addAll(search.finish());
            clock.add("index", search.millis());
        }
        // Only the content files the pages reference, plus what the configuration names as static.
        files.addAll(new StaticFiles(config).select(catalog.resources(), links.referencedResources(), problems));
        clock.run("host files", () -> files.addAll(new HostFiles(config).files(files)));
        return new BakedSite(files, problems.all(), siteMap.all().size(), clock.millis(), conversions.lastConverted());
    }

    private void prepareConverter() {
        if (converter.prepare()) {
            startedConverter = true;
        }
    }

    /**
     * Links and composes one page at a time, keeping only its composed bytes (every linked body held until all are
     * composed would be a second copy of the site's text in memory); then the pages made from data (search, data
     * page), the 404 page and the theme's assets. Linking runs on a thread of its own a few pages ahead of composing,
     * and indexing on another behind it: the stages share nothing but finished pages, handed over in site order, so the
     * output is the same.
     */
    private static List<SiteFile> linkAndCompose(SiteConfig config, SiteMap siteMap, LinkResolver links,
                                                 SiteComposer composer, DatasetCatalog datasets,
                                                 SearchIndexer.Pages search, Consumer<SiteFile> composedPages,
                                                 StageClock clock, Problems problems) {
        PageTargets targets = links.pageTargets();
        clock.run("link", () -> targets.checkAll(datasets.pageReferences(), problems));
        SiteComposer.Composition composition = clock.time("compose",
                () -> composer.start(siteMap, datasets, targets, problems));
        List<SiteFile> files = new ArrayList<>();
        Problems linkProblems = new Problems();
        try (PageLinker linker = new PageLinker(siteMap.all(), route -> links.resolve(route, linkProblems))) {
            for (LinkedPage linked = linker.next(); linked != null; linked = linker.next()) {
                LinkedPage page = linked;
                clock.time("compose", () -> composition.page(page)).ifPresent(file -> {
                    search.add(file);
                    files.add(file);
                    composedPages.accept(file);
                });
            }
            clock.add("link", linker.millis());
        }
        linkProblems.all().forEach(problems::add);
        List<GeneratedPage> generated = new ArrayList<>(SearchPage.pages(config, siteMap, problems));
        if (!datasets.all().isEmpty()) {
            generated.add(DataFiles.page(datasets, config.language()));
        }
        List<SiteFile> finished = clock.time("compose", () -> composition.finish(generated));
        finished.stream().sorted(Comparator.comparing(SiteFile::path)).forEach(search::add);
        files.addAll(finished);
        return files;
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
        Optional<BuildResult> refused = refused(config);
        if (refused.isPresent()) {
            return refused.get();
        }
        if (conversions.startsCold(config)) {
            prepareConverter(); // no conversion cached anywhere: this build converts, so JRuby starts at once
        }
        StageClock clock = new StageClock();
        LastBuild last = clock.time("up-to-date check", () -> new LastBuild(config, approval));
        Optional<BuildResult> upToDate = upToDate(last, clock);
        if (upToDate.isPresent()) {
            return upToDate.get();
        }
        // A folder that does not exist yet is written as a whole: its pages go to the disk while the bake goes on.
        Optional<StagedFiles> staged = StagedFiles.forNewFolder(config.outputDirectory(),
                config.project().map(SiteConfig.ProjectFolders::buildDirectory));
        try {
            BakedSite site = bake(config, page -> staged.ifPresent(files -> files.write(page)));
            if (site.hasErrors() || (config.failOnWarnings() && !site.problems().isEmpty()) || !approve.test(site)) {
                return BuildResult.unpublished(site);
            }
            return publish(config, site, last, clock, staged);
        } finally {
            staged.ifPresent(StagedFiles::close); // deletes the staging folder unless publish took it
        }
    }

    /** Whether a build of {@code config} would convert every page: nothing cached, in memory or under target/. */
    public boolean startsCold(SiteConfig config) {
        return conversions.startsCold(config);
    }

    /**
     * What {@link #build(SiteConfig, String, Predicate)} would return without baking anything, if that is all it would
     * do: a refusal of the output folder, or the last build's outcome when nothing has changed since. Starts nothing.
     */
    public Optional<BuildResult> settled(SiteConfig config, String approval) {
        Optional<BuildResult> refused = refused(config);
        if (refused.isPresent()) {
            return refused;
        }
        if (!LastBuild.recorded(config)) {
            return Optional.empty();
        }
        StageClock clock = new StageClock();
        return upToDate(clock.time("up-to-date check", () -> new LastBuild(config, approval)), clock);
    }

    /** The build of an output folder it must not replace, which stops before anything runs. */
    private static Optional<BuildResult> refused(SiteConfig config) {
        return new OutputFolderGuard(config).refusal().map(BuildResult::refused);
    }

    private static Optional<BuildResult> upToDate(LastBuild last, StageClock clock) {
        return clock.time("up-to-date check", last::unchanged).map(unchanged ->
                BuildResult.upToDate(unchanged.problems(), unchanged.pageCount(), clock.millis()));
    }

    private static BuildResult publish(SiteConfig config, BakedSite site, LastBuild last, StageClock clock,
                                       Optional<StagedFiles> staged) {
        Problems problems = new Problems();
        site.problems().forEach(problems::add);
        clock.run("publish", last::forget);
        boolean published = clock.time("publish",
                () -> new SitePublisher(config.outputDirectory()).publish(site.files(), problems, staged));
        if (published) {
            clock.run("record", () -> last.remember(new LastBuild.Outcome(site.pageCount(), problems.all())));
        }
        // In the order they ran: the check, the bake's stages, then publish and the record.
        Map<String, Long> stages = new LinkedHashMap<>(Map.of("up-to-date check",
                clock.millis().get("up-to-date check")));
        stages.putAll(site.stageMillis());
        stages.putAll(clock.millis());
        return new BuildResult(problems.all(), published ? site.pageCount() : 0, published, stages,
                site.pagesConverted(), false);
    }
}
