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
        Map<String, String> attributes) {

    public static final List<String> DEFAULT_INCLUDES = List.of("**.adoc", "**.asc", "**.asciidoc", "**.ad");

    public SiteConfig {
        includes = includes == null || includes.isEmpty() ? DEFAULT_INCLUDES : List.copyOf(includes);
        excludes = excludes == null ? List.of() : List.copyOf(excludes);
        attributes = attributes == null ? Map.of() : Map.copyOf(attributes);
        themeDirectory = themeDirectory == null ? Optional.empty() : themeDirectory;
        siteUrl = siteUrl == null ? Optional.empty() : siteUrl;
    }
}
