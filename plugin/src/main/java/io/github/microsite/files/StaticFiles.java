package io.github.microsite.files;

import io.github.microsite.model.ContentLayout;
import io.github.microsite.model.Problems;
import io.github.microsite.model.SiteConfig;
import io.github.microsite.model.SourceFile;
import io.github.microsite.publish.SiteFile;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;

/** Picks the non-page files of the site: referenced content files, {@code staticFiles} globs, static folders. */
public final class StaticFiles {

    private final ContentLayout layout;

    public StaticFiles(SiteConfig config) {
        this.layout = config.layout();
    }

    /**
     * @param resources  the content folder's files that are neither pages nor datasets nor schemas
     * @param referenced the content-relative paths of those some page links to or shows
     */
    public List<SiteFile> select(List<SourceFile> resources, Set<String> referenced, Problems problems) {
        List<PathMatcher> globs = layout.staticFiles().stream()
                .map(glob -> FileSystems.getDefault().getPathMatcher("glob:" + glob)).toList();
        boolean[] globUsed = new boolean[globs.size()];
        Map<String, String> origins = new TreeMap<>();
        List<SiteFile> files = new ArrayList<>();
        for (SourceFile resource : resources) {
            boolean wanted = referenced.contains(resource.relativePath());
            Path path = Path.of(resource.relativePath());
            for (int i = 0; i < globs.size(); i++) {
                if (globs.get(i).matches(path)) {
                    globUsed[i] = true;
                    wanted = true;
                }
            }
            if (wanted) {
                origins.put(resource.relativePath(), resource.relativePath());
                files.add(SiteFile.copied(resource.relativePath(), resource.path()));
            }
        }
        for (int i = 0; i < globs.size(); i++) {
            if (!globUsed[i]) {
                problems.warning("", 0, "staticFiles: " + layout.staticFiles().get(i) + " matches no file of the"
                        + " content folder (pages, data/ and schemas/ are published their own way); fix the glob");
            }
        }
        for (ContentLayout.StaticDirectory directory : layout.staticDirectories()) {
            for (Path file : filesOf(directory.directory())) {
                String relative = directory.directory().relativize(file).toString().replace('\\', '/');
                String sitePath = directory.sitePath().isEmpty() ? relative : directory.sitePath() + "/" + relative;
                String origin = directory.directory() + "/" + relative;
                String earlier = origins.putIfAbsent(sitePath, origin);
                if (earlier != null) {
                    problems.error("", 0, "two files would be published as " + sitePath + ": " + earlier + " and "
                            + origin + "; map the static folder to another path or remove one of them");
                    continue;
                }
                files.add(SiteFile.copied(sitePath, file));
            }
        }
        return List.copyOf(files);
    }

    /** Every file of a static folder except hidden ones, sorted so the output is the same on every build. */
    private static List<Path> filesOf(Path folder) {
        try (Stream<Path> walk = Files.walk(folder)) {
            return walk.filter(Files::isRegularFile)
                    .filter(file -> !isHidden(folder.relativize(file)))
                    .sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the static folder " + folder, e);
        }
    }

    private static boolean isHidden(Path relative) {
        for (Path segment : relative) {
            if (segment.toString().startsWith(".")) {
                return true;
            }
        }
        return false;
    }
}
