package io.github.microsite.model;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What one build is asked to do, independent of Maven: the mojo turns its parameters into this.
 *
 * @param themeDirectory optional folder whose {@code templates/}, {@code assets/} and {@code jbake.properties}
 *                       override the theme packaged in the plugin, file by file
 * @param basePath       the path the site is served under, starting and ending with '/'
 * @param includes       globs (relative to the content folder) of the AsciiDoc files that are pages
 * @param excludes       globs of AsciiDoc files that are not pages (sections included by chapters, drafts…)
 * @param attributes     AsciiDoc attributes for every page, also shown to the templates as {@code site.attributes}
 * @param failOnWarnings warnings fail the build as errors do, and nothing is published
 * @param force          replace an output folder the plugin did not write (dangerous: its files are deleted)
 * @param project        the Maven project's folders, when built by Maven: never written over
 * @param collections    pages made from dataset rows, one template per collection
 * @param layout         reading order and static files of an existing body of AsciiDoc (a book, a docs folder)
 * @param threads        how many threads convert pages at once (with one shared Asciidoctor); the output is the same
 *                       for any number
 */
public record SiteConfig(
        Path contentDirectory,
        Path outputDirectory,
        Optional<Path> themeDirectory,
        String siteTitle,
        String language,
        String basePath,
        Optional<String> siteUrl,
        List<String> includes,
        List<String> excludes,
        Map<String, String> attributes,
        boolean failOnWarnings,
        boolean force,
        Optional<ProjectFolders> project,
        List<CollectionConfig> collections,
        ContentLayout layout,
        int threads) {

    public static final List<String> DEFAULT_INCLUDES = List.of("**.adoc", "**.asc", "**.asciidoc", "**.ad");

    public SiteConfig {
        includes = includes == null || includes.isEmpty() ? DEFAULT_INCLUDES : List.copyOf(includes);
        excludes = excludes == null ? List.of() : List.copyOf(excludes);
        attributes = attributes == null ? Map.of() : withoutNulls(attributes);
        themeDirectory = themeDirectory == null ? Optional.empty() : themeDirectory;
        siteUrl = siteUrl == null ? Optional.empty() : siteUrl;
        project = project == null ? Optional.empty() : project;
        collections = collections == null ? List.of() : List.copyOf(collections);
        layout = layout == null ? ContentLayout.DEFAULT : layout;
        threads = threads <= 0 ? defaultThreads() : threads;
    }

    /**
     * Threads converting pages when none are configured: one per processor, at most four. Two threads on two
     * processors convert 1,000 pages about twice as fast as one; beyond four, untried, each thread holds a page in
     * memory and JRuby threads share one runtime.
     */
    public static int defaultThreads() {
        return Math.min(Runtime.getRuntime().availableProcessors(), 4);
    }

    /** A site with its layout, converting on the default number of threads. */
    public SiteConfig(Path contentDirectory, Path outputDirectory, Optional<Path> themeDirectory, String siteTitle,
                      String language, String basePath, Optional<String> siteUrl, List<String> includes,
                      List<String> excludes, Map<String, String> attributes, boolean failOnWarnings, boolean force,
                      Optional<ProjectFolders> project, List<CollectionConfig> collections, ContentLayout layout) {
        this(contentDirectory, outputDirectory, themeDirectory, siteTitle, language, basePath, siteUrl, includes,
                excludes, attributes, failOnWarnings, force, project, collections, layout, 0);
    }

    /** A site without collections or configured layout. */
    public SiteConfig(Path contentDirectory, Path outputDirectory, Optional<Path> themeDirectory, String siteTitle,
                      String language, String basePath, Optional<String> siteUrl, List<String> includes,
                      List<String> excludes, Map<String, String> attributes, boolean failOnWarnings, boolean force,
                      Optional<ProjectFolders> project, List<CollectionConfig> collections) {
        this(contentDirectory, outputDirectory, themeDirectory, siteTitle, language, basePath, siteUrl, includes,
                excludes, attributes, failOnWarnings, force, project, collections, ContentLayout.DEFAULT);
    }

    /**
     * Maven hands an empty element such as {@code <idprefix></idprefix>} over as a null value; to AsciiDoc it is an
     * attribute set to the empty string, which real projects rely on (e.g. ids without a '_' prefix).
     */
    private static Map<String, String> withoutNulls(Map<String, String> attributes) {
        Map<String, String> copy = new java.util.TreeMap<>();
        attributes.forEach((name, value) -> copy.put(name, value == null ? "" : value));
        return java.util.Collections.unmodifiableMap(copy);
    }

    /** A site without collections. */
    public SiteConfig(Path contentDirectory, Path outputDirectory, Optional<Path> themeDirectory, String siteTitle,
                      String language, String basePath, Optional<String> siteUrl, List<String> includes,
                      List<String> excludes, Map<String, String> attributes, boolean failOnWarnings, boolean force,
                      Optional<ProjectFolders> project) {
        this(contentDirectory, outputDirectory, themeDirectory, siteTitle, language, basePath, siteUrl, includes,
                excludes, attributes, failOnWarnings, force, project, List.of());
    }

    /** A build outside Maven: warnings do not fail it, nothing is forced, no project folders to protect. */
    public SiteConfig(Path contentDirectory, Path outputDirectory, Optional<Path> themeDirectory, String siteTitle,
                      String language, String basePath, Optional<String> siteUrl, List<String> includes,
                      List<String> excludes, Map<String, String> attributes) {
        this(contentDirectory, outputDirectory, themeDirectory, siteTitle, language, basePath, siteUrl, includes,
                excludes, attributes, false, false, Optional.empty());
    }

    public SiteConfig withFailOnWarnings(boolean fail) {
        return new SiteConfig(contentDirectory, outputDirectory, themeDirectory, siteTitle, language, basePath, siteUrl,
                includes, excludes, attributes, fail, force, project, collections, layout, threads);
    }

    public SiteConfig withForce(boolean replaceForeignOutput) {
        return new SiteConfig(contentDirectory, outputDirectory, themeDirectory, siteTitle, language, basePath, siteUrl,
                includes, excludes, attributes, failOnWarnings, replaceForeignOutput, project, collections, layout, threads);
    }

    public SiteConfig withProject(ProjectFolders folders) {
        return new SiteConfig(contentDirectory, outputDirectory, themeDirectory, siteTitle, language, basePath, siteUrl,
                includes, excludes, attributes, failOnWarnings, force, Optional.of(folders), collections, layout, threads);
    }

    public SiteConfig withCollections(List<CollectionConfig> newCollections) {
        return new SiteConfig(contentDirectory, outputDirectory, themeDirectory, siteTitle, language, basePath, siteUrl,
                includes, excludes, attributes, failOnWarnings, force, project, newCollections, layout, threads);
    }

    public SiteConfig withLayout(ContentLayout newLayout) {
        return new SiteConfig(contentDirectory, outputDirectory, themeDirectory, siteTitle, language, basePath, siteUrl,
                includes, excludes, attributes, failOnWarnings, force, project, collections, newLayout, threads);
    }

    /** @param convertThreads threads converting pages; 0 or less: {@link #defaultThreads()} */
    public SiteConfig withThreads(int convertThreads) {
        return new SiteConfig(contentDirectory, outputDirectory, themeDirectory, siteTitle, language, basePath, siteUrl,
                includes, excludes, attributes, failOnWarnings, force, project, collections, layout, convertThreads);
    }

    /**
     * @param baseDirectory  the folder of the project's pom.xml
     * @param buildDirectory Maven's {@code target/}: generated files that {@code mvn clean} deletes anyway
     */
    public record ProjectFolders(Path baseDirectory, Path buildDirectory) {
    }
}
