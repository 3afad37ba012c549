package io.github.microsite.model;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * How an existing body of AsciiDoc is laid out, as configured: where its reading order comes from and which files
 * that no page references are still published.
 *
 * @param masterFile        content-relative path of a book's master file whose {@code include::} lines give the
 *                          reading order; empty: look for {@code book.asciidoc}, {@code book.adoc}, {@code index.adoc}
 * @param navFile           content-relative path of a navigation file (a list of {@code xref:} items, like Antora's
 *                          {@code nav.adoc}); empty: use {@code nav.adoc} when there is one
 * @param readingOrder      content-relative page paths in reading order; pages not named follow
 * @param staticFiles       globs of content files published whether or not a page references them
 * @param staticDirectories folders outside the content folder published as they are, each under a site path
 */
public record ContentLayout(Optional<String> masterFile, Optional<String> navFile, List<String> readingOrder,
                            List<String> staticFiles, List<StaticDirectory> staticDirectories) {

    public static final ContentLayout DEFAULT =
            new ContentLayout(Optional.empty(), Optional.empty(), List.of(), List.of(), List.of());

    public ContentLayout {
        masterFile = masterFile == null ? Optional.empty() : masterFile.filter(path -> !path.isBlank());
        navFile = navFile == null ? Optional.empty() : navFile.filter(path -> !path.isBlank());
        readingOrder = readingOrder == null ? List.of() : List.copyOf(readingOrder);
        staticFiles = staticFiles == null ? List.of() : List.copyOf(staticFiles);
        staticDirectories = staticDirectories == null ? List.of() : List.copyOf(staticDirectories);
    }

    /**
     * A folder published as it is.
     *
     * @param directory where it is on disk
     * @param sitePath  the folder inside the site it is published as, "" for the top, without leading or trailing '/'
     */
    public record StaticDirectory(Path directory, String sitePath) {
    }
}
