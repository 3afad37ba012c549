package io.github.microsite.load;

import io.github.microsite.model.Problems;
import io.github.microsite.model.SiteConfig;
import io.github.microsite.model.SourceFile;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;

/** Sorts the files of the content folder into pages, datasets, schemas and resources. */
public final class ContentLoader {

    public static final String DATA_FOLDER = "data";
    public static final String SCHEMA_FOLDER = "schemas";
    private static final Set<String> ASCIIDOC_EXTENSIONS = Set.of("adoc", "asc", "asciidoc", "ad");

    private final Path contentDirectory;
    private final List<PathMatcher> includes;
    private final List<PathMatcher> excludes;

    public ContentLoader(SiteConfig config) {
        this.contentDirectory = config.contentDirectory();
        this.includes = matchers(config.includes());
        this.excludes = matchers(config.excludes());
    }

    public SourceCatalog load(Problems problems) {
        if (!Files.isDirectory(contentDirectory)) {
            problems.error("", 0, "content folder " + contentDirectory + " does not exist; set microsite.contentDirectory");
            return new SourceCatalog(List.of(), List.of(), List.of(), List.of());
        }
        List<SourceFile> pages = new ArrayList<>();
        List<SourceFile> datasets = new ArrayList<>();
        List<SourceFile> schemas = new ArrayList<>();
        List<SourceFile> resources = new ArrayList<>();
        Path realRoot = realPath(contentDirectory);
        for (SourceFile file : publishableFiles()) {
            String path = file.relativePath();
            Path real = realPath(file.path());
            if (!real.startsWith(realRoot)) {
                // A link would publish (or convert) a file from anywhere on the machine.
                problems.error(path, 0, "symbolic link to " + real + ", outside the content folder " + realRoot
                        + "; the build reads only the content folder: copy the file in instead of linking it");
                continue;
            }
            if (isAsciidoc(path)) {
                // An AsciiDoc file that is not a page is only ever included by one: never published raw.
                if (matchesAny(includes, path) && !matchesAny(excludes, path)) {
                    pages.add(file);
                }
            } else if (path.startsWith(DATA_FOLDER + "/") && path.endsWith(".json")) {
                datasets.add(file);
            } else if (path.startsWith(SCHEMA_FOLDER + "/") && path.endsWith(".json")) {
                schemas.add(file);
            } else if (!matchesAny(excludes, path)) {
                resources.add(file);
            }
        }
        if (pages.isEmpty()) {
            problems.error("", 0, "no AsciiDoc page found in " + contentDirectory
                    + " (looked for " + String.join(", ", ASCIIDOC_EXTENSIONS.stream().sorted().toList())
                    + " files not starting with '_'); check microsite.contentDirectory and microsite.includes");
        }
        return new SourceCatalog(pages, datasets, schemas, resources);
    }

    /** Every file except hidden ones and partials (a name starting with '_' anywhere in the path), sorted. */
    private List<SourceFile> publishableFiles() {
        try (Stream<Path> walk = Files.walk(contentDirectory)) {
            return walk.filter(Files::isRegularFile)
                    .map(path -> new SourceFile(path, relative(path)))
                    .filter(file -> !isHiddenOrPartial(file.relativePath()))
                    .sorted(java.util.Comparator.comparing(SourceFile::relativePath))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the content folder " + contentDirectory, e);
        }
    }

    private static Path realPath(Path path) {
        try {
            return path.toRealPath();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + path, e);
        }
    }

    private String relative(Path path) {
        return contentDirectory.relativize(path).toString().replace('\\', '/');
    }

    static boolean isHiddenOrPartial(String relativePath) {
        for (String segment : relativePath.split("/")) {
            if (segment.startsWith(".") || segment.startsWith("_")) {
                return true;
            }
        }
        return false;
    }

    static boolean isAsciidoc(String path) {
        int dot = path.lastIndexOf('.');
        return dot >= 0 && ASCIIDOC_EXTENSIONS.contains(path.substring(dot + 1).toLowerCase(Locale.ROOT));
    }

    private static List<PathMatcher> matchers(List<String> globs) {
        return globs.stream().map(glob -> FileSystems.getDefault().getPathMatcher("glob:" + glob)).toList();
    }

    private static boolean matchesAny(List<PathMatcher> matchers, String relativePath) {
        Path path = Path.of(relativePath);
        return matchers.stream().anyMatch(matcher -> matcher.matches(path));
    }
}
