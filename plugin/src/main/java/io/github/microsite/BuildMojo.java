package io.github.microsite;

import io.github.microsite.convert.SharedConverter;
import io.github.microsite.fork.BuildRequest;
import io.github.microsite.fork.ForkedJvm;
import io.github.microsite.fork.Outcome;
import io.github.microsite.model.ContentLayout;
import io.github.microsite.model.Problem;
import io.github.microsite.model.SiteConfig;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

import java.io.File;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Bakes the content folder into a static site.
 *
 * <p>Not marked thread-safe: each build starts its own JRuby runtime inside Asciidoctor, and JRuby's start-up and
 * JBake's engine classes were not written for concurrent use in one class loader. Run one bake at a time.</p>
 */
@Mojo(name = "build", defaultPhase = LifecyclePhase.PREPARE_PACKAGE, threadSafe = false, requiresProject = true)
public class BuildMojo extends AbstractMojo {

    /** The folder with the AsciiDoc pages, {@code data/} and {@code schemas/}. */
    @Parameter(property = "microsite.contentDirectory", defaultValue = "${project.basedir}/content", required = true)
    private File contentDirectory;

    /**
     * Where the site is written; replaced as a whole on each successful build. Not {@code target/site}: that is
     * {@code mvn site}'s folder, and either would wipe the other's output.
     */
    @Parameter(property = "microsite.outputDirectory", defaultValue = "${project.build.directory}/microsite", required = true)
    private File outputDirectory;

    /** Optional folder overriding the packaged theme file by file: {@code templates/}, {@code assets/}, {@code jbake.properties}. */
    @Parameter(property = "microsite.themeDirectory")
    private File themeDirectory;

    /** The site's title, shown in the header and in every page title. */
    @Parameter(property = "microsite.siteTitle", defaultValue = "${project.name}")
    private String siteTitle;

    /** The language of the pages (BCP 47), set as {@code <html lang>} and as Asciidoctor's {@code lang}. */
    @Parameter(property = "microsite.language", defaultValue = "zh-CN")
    private String language;

    /** The path the site is served under, e.g. {@code /aigc-report/}. Pages link relatively, so this only matters to absolute URLs. */
    @Parameter(property = "microsite.basePath", defaultValue = "/")
    private String basePath;

    /** The absolute URL of the published site, if known (e.g. {@code https://example.github.io/aigc-report/}). */
    @Parameter(property = "microsite.siteUrl")
    private String siteUrl;

    /** Fail the build on warnings too (broken links, missing images, missing attributes…), not only on errors. */
    @Parameter(property = "microsite.failOnWarnings", defaultValue = "false")
    private boolean failOnWarnings;

    /** Globs (relative to the content folder) of the AsciiDoc files that are pages. Default: every AsciiDoc file. */
    @Parameter(property = "microsite.includes")
    private List<String> includes;

    /** Globs of AsciiDoc files that are not pages, e.g. sections a chapter includes. Files starting with '_' never are. */
    @Parameter(property = "microsite.excludes")
    private List<String> excludes;

    /** AsciiDoc attributes for every page; the theme also reads some (e.g. {@code site-credit}). */
    @Parameter
    private Map<String, String> attributes;

    /**
     * Replace the output folder even though this plugin did not write it (it has no manifest, or holds files the last
     * build did not write). Dangerous: everything in it is deleted. Never overrides the refusal of a folder holding
     * sources (the content or theme folder, the project, a repository, the home folder, a filesystem root).
     */
    @Parameter(property = "microsite.force", defaultValue = "false")
    private boolean force;

    @Parameter(defaultValue = "${project.basedir}", readonly = true)
    private File projectDirectory;

    @Parameter(defaultValue = "${project.build.directory}", readonly = true)
    private File buildDirectory;

    /**
     * Pages made from dataset rows: per {@code <collection>}, a dataset, a template, a path pattern such as
     * {@code industries/{slug}/}, optionally a title field, a sort, an overview folder and its template.
     */
    @Parameter
    private List<CollectionParameter> collections;

    /**
     * Run the {@code check} rules over the baked files before writing them (no second read of the disk); a problem
     * fails the build and nothing is published. Off by default: bind the {@code check} goal to {@code verify}
     * instead when a reviewer should still get the built folder to look at.
     */
    @Parameter(property = "microsite.check", defaultValue = "false")
    private boolean check;

    /** Check rules switched off, each with its reason, e.g. {@code <skipRules><image-alt>why</image-alt></skipRules>}. */
    @Parameter
    private Map<String, String> skipRules;

    /**
     * A book's master file, relative to the content folder, whose {@code include::} lines give the reading order; it
     * is then not a page. Without it, {@code book.asciidoc}, {@code book.adoc} or {@code index.adoc} is used when it
     * includes pages.
     */
    @Parameter(property = "microsite.masterFile")
    private String masterFile;

    /** A navigation file (a list of {@code * xref:page.adoc[Label]} items), relative to the content folder; default {@code nav.adoc} when present. */
    @Parameter(property = "microsite.navFile")
    private String navFile;

    /** Pages in reading order, relative to the content folder; the pages not named follow. */
    @Parameter
    private List<String> readingOrder;

    /** Globs of content files published even when no page references them (otherwise only referenced files are). */
    @Parameter(property = "microsite.staticFiles")
    private List<String> staticFiles;

    /** Folders outside the content folder published as they are, each under a path of the site. */
    @Parameter
    private List<StaticDirectory> staticDirectories;

    /**
     * Threads converting AsciiDoc pages at once, all with the one Asciidoctor; 0 (the default) means one per
     * processor, at most four. The output is byte for byte the same with any number; 1 converts one page at a time.
     */
    @Parameter(property = "microsite.threads", defaultValue = "0")
    private int threads;

    /**
     * Keep HotSpot's optimising compiler (C2) out of a cold build while it runs, as {@code -XX:TieredStopAtLevel=1}
     * would ({@link ShortBuildJit}); never in a Maven daemon or a JVM that has built before.
     */
    @Parameter(property = "microsite.shortBuildJit", defaultValue = "true")
    private boolean shortBuildJit;

    /**
     * Build in a JVM of its own, started with a JIT suited to a build that runs most code once (C1 only, serial GC):
     * on 2 cores 1,000 pages in about 2 s less. Only a cold build (no conversion cache); never in a Maven daemon (mvnd)
     * or a JVM that has built before, which keep their warm Asciidoctor, nor when Maven's JVM already stops at C1; a
     * build with nothing to do is settled without one. {@code false} builds inside Maven's JVM.
     */
    @Parameter(property = "microsite.fork", defaultValue = "true")
    private boolean fork;

    /** Skip the build. */
    @Parameter(property = "microsite.skip", defaultValue = "false")
    private boolean skip;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("Skipping the microsite build (microsite.skip)");
            return;
        }
        BuildRequest request = new BuildRequest(siteConfig(), contentDirectory.toPath(), check, skipRules);
        SiteBuild build = new SiteBuild(request, new MavenBuildLog(getLog()));
        try {
            build.checker(); // a wrong rule name fails before anything runs
            // The class loader's converter: a Maven daemon running this build again reuses a warm Asciidoctor.
            synchronized (SharedConverter.lock()) {
                if (builtForked(build, request)) {
                    return;
                }
                // Only a build that starts Asciidoctor tells it the conversion starts and ends.
                try (ShortBuildJit jit = ShortBuildJit.of(shortBuildJit, getLog()::debug)) {
                    build.run(new Pipeline(SharedConverter.get(), jit));
                }
            }
        } catch (SiteBuild.BuildFailure failure) {
            fail(failure.outcome(), failure.getCause());
        }
    }

    /**
     * Runs a cold build in a JVM of its own, when that is faster: {@code true} when it did (or found nothing to bake),
     * {@code false} when the build is to run here.
     */
    private boolean builtForked(SiteBuild build, BuildRequest request)
            throws SiteBuild.BuildFailure, MojoExecutionException, MojoFailureException {
        if (!fork) {
            return false;
        }
        // Asks about the caches and the output folder; converts nothing, so it starts nothing.
        Pipeline probe = new Pipeline(SharedConverter.get());
        Optional<String> stay = reasonToStay(probe, request.config());
        if (stay.isPresent()) {
            getLog().debug("Building inside Maven's JVM: " + stay.get());
            return false;
        }
        // A refused output folder, or one already up to date, is settled without starting a JVM.
        Optional<BuildResult> settled = probe.settled(request.config(), build.approval());
        if (settled.isPresent()) {
            build.report(settled.get(), Optional.empty());
            return true;
        }
        Optional<ForkedJvm> jvm = ForkedJvm.like(getClass().getClassLoader());
        if (jvm.isEmpty()) {
            getLog().debug("Building inside Maven's JVM: the plugin's class path or java cannot be found for a fork");
            return false;
        }
        getLog().debug("Building in a JVM of its own (" + String.join(" ", ForkedJvm.OPTIONS)
                + "); -Dmicrosite.fork=false builds inside Maven's JVM");
        Outcome outcome;
        try {
            outcome = jvm.get().run(ForkedSiteBuild.class.getName(), request, new MavenBuildLog(getLog()));
        } catch (IOException e) {
            throw new MojoExecutionException("Could not start a JVM for the microsite build (" + e.getMessage()
                    + "); -Dmicrosite.fork=false builds inside Maven's JVM", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new MojoExecutionException("Interrupted while the microsite build ran in its own JVM", e);
        }
        if (outcome.kind() != Outcome.Kind.BUILT) {
            fail(outcome, null);
        }
        return true;
    }

    /**
     * Why this build is faster inside Maven's JVM, if it is. Measured on 2 cores with 1,000 pages: a cold build took
     * 10.0-11.5 s forked against 12.0-13.5 s inside (tmpfs); a build with one page changed, 8.7-9.4 s forked against
     * 7.9-8.4 s inside (JVM start, class loading and the up-to-date check twice, for one page converted).
     */
    private Optional<String> reasonToStay(Pipeline probe, SiteConfig config) {
        // The cheapest question first: it settles every rebuild.
        if (!probe.startsCold(config)) {
            return Optional.of("the conversion cache holds the last build's pages, so few convert");
        }
        if (ShortBuildJit.inMavenDaemon() || hasWarmConverter()) {
            return Optional.of("it keeps a warm Asciidoctor for the next build");
        }
        if (ForkedJvm.stopsBeforeC2(mavenJvmArguments())) {
            return Optional.of("it already compiles with C1 alone (-XX:TieredStopAtLevel)");
        }
        return Optional.empty();
    }

    /** The options Maven's JVM was started with. A seam for tests, whose JVM is started like this repository's Maven. */
    List<String> mavenJvmArguments() {
        return ManagementFactory.getRuntimeMXBean().getInputArguments();
    }

    /** Whether this class loader's Asciidoctor has started: a JVM that has built before. A seam for tests. */
    boolean hasWarmConverter() {
        return SharedConverter.get().isStarted();
    }

    /** A failed build is Maven's "build failure" (the input is wrong); a broken one its "build error". */
    private static void fail(Outcome outcome, Throwable cause) throws MojoExecutionException, MojoFailureException {
        if (outcome.kind() == Outcome.Kind.FAILED) {
            throw new MojoFailureException(outcome.message(), cause);
        }
        throw new MojoExecutionException(outcome.message(), cause);
    }

    /** The parameters as one plain record; {@code serve} reads the same ones. */
    SiteConfig siteConfig() throws MojoExecutionException {
        if (!basePath.startsWith("/") || !basePath.endsWith("/")) {
            throw new MojoExecutionException("microsite.basePath must start and end with '/', e.g. /aigc-report/ (got "
                    + basePath + ")");
        }
        if (threads < 0) {
            throw new MojoExecutionException("microsite.threads must be 0 (one per processor, at most four) or a"
                    + " positive number of threads (got " + threads + ")");
        }
        List<io.github.microsite.model.CollectionConfig> collectionConfigs = new java.util.ArrayList<>();
        for (CollectionParameter collection : collections == null ? List.<CollectionParameter>of() : collections) {
            if (!collection.missing().isEmpty()) {
                throw new MojoExecutionException("a <collection> of the plugin configuration lacks "
                        + collection.missing() + ", e.g. <dataset>industries</dataset> <template>industry</template>"
                        + " <path>industries/{slug}/</path>");
            }
            collectionConfigs.add(collection.toConfig());
        }
        return new SiteConfig(contentFolder(), outputDirectory.toPath(),
                Optional.ofNullable(themeDirectory).map(File::toPath), siteTitle, language, basePath,
                Optional.ofNullable(siteUrl).filter(url -> !url.isBlank()), includes, excludes, attributes,
                failOnWarnings, force, Optional.ofNullable(projectDirectory).map(base -> new SiteConfig.ProjectFolders(
                        base.toPath(), Optional.ofNullable(buildDirectory).map(File::toPath)
                        .orElse(base.toPath().resolve("target"))))).withCollections(collectionConfigs)
                .withLayout(new ContentLayout(Optional.ofNullable(masterFile), Optional.ofNullable(navFile),
                        readingOrder, staticFiles, staticDirectories()))
                .withThreads(threads);
    }

    /**
     * The content folder, or the folder it points at when the configured path is a symbolic link: the build does not
     * follow links inside the content (one could publish any file of the machine), but this one the user named.
     */
    private Path contentFolder() throws MojoExecutionException {
        Path content = contentDirectory.toPath();
        if (!Files.isSymbolicLink(content)) {
            return content;
        }
        try {
            return content.toRealPath();
        } catch (IOException e) {
            throw new MojoExecutionException("microsite.contentDirectory " + content + " is a symbolic link to a folder"
                    + " that cannot be read (" + e.getMessage() + "); point it at an existing folder");
        }
    }

    private List<ContentLayout.StaticDirectory> staticDirectories() throws MojoExecutionException {
        List<ContentLayout.StaticDirectory> directories = new java.util.ArrayList<>();
        for (StaticDirectory configured : staticDirectories == null ? List.<StaticDirectory>of() : staticDirectories) {
            if (configured.getDirectory() == null || !configured.getDirectory().isDirectory()) {
                throw new MojoExecutionException("staticDirectories: " + configured.getDirectory()
                        + " is not a folder; give each <staticDirectory> an existing <directory>");
            }
            String path = configured.getPath().replace('\\', '/').replaceAll("^/+|/+$", "");
            if (path.contains("..")) {
                throw new MojoExecutionException("staticDirectories: the path " + configured.getPath()
                        + " leaves the site; give a folder inside it, e.g. assets");
            }
            directories.add(new ContentLayout.StaticDirectory(configured.getDirectory().toPath(), path));
        }
        return directories;
    }

    /** Each problem once, as {@code content/path.adoc:LINE: message}, at the level of its severity. */
    void report(List<Problem> problems) {
        SiteBuild.report(problems, contentDirectory.toPath(), new MavenBuildLog(getLog()));
    }

    /** Paths in the log relative to the working folder, as a reader would type them. */
    static String relative(File file) {
        return SiteBuild.relative(file);
    }
}
