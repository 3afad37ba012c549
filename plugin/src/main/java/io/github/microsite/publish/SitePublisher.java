package io.github.microsite.publish;

import io.github.microsite.model.Problems;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/** Writes the site into its output folder, replacing what was there. */
public final class SitePublisher {

    private final Path outputDirectory;

    public SitePublisher(Path outputDirectory) {
        this.outputDirectory = outputDirectory.toAbsolutePath().normalize();
    }

    /** Writes nothing when two files claim one path: the problems say which. */
    public boolean publish(List<SiteFile> files, Problems problems) {
        if (!uniquePaths(files, problems)) {
            return false;
        }
        Path staging = outputDirectory.resolveSibling(outputDirectory.getFileName() + ".partial");
        try {
            deleteTree(staging);
            for (SiteFile file : files.stream().sorted(Comparator.comparing(SiteFile::path)).toList()) {
                Path target = staging.resolve(file.path()).normalize();
                if (!target.startsWith(staging)) {
                    problems.error("", 0, "refusing to write " + file.path() + " outside the output folder");
                    return false;
                }
                Files.createDirectories(target.getParent());
                if (file.content().isPresent()) {
                    Files.write(target, file.content().get());
                } else {
                    Files.copy(file.copyOf().orElseThrow(), target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
            deleteTree(outputDirectory);
            Files.move(staging, outputDirectory, StandardCopyOption.ATOMIC_MOVE);
            return true;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the site to " + outputDirectory, e);
        }
    }

    /** Two inputs writing one output file would silently lose one of them. */
    private static boolean uniquePaths(List<SiteFile> files, Problems problems) {
        Map<String, SiteFile> byPath = new HashMap<>();
        boolean unique = true;
        for (SiteFile file : files) {
            SiteFile earlier = byPath.putIfAbsent(file.path(), file);
            if (earlier != null) {
                problems.error(file.path(), 0, "output conflict: " + describe(earlier) + " and " + describe(file)
                        + " would both be published as " + file.path() + "; rename or move one of them");
                unique = false;
            }
        }
        return unique;
    }

    private static String describe(SiteFile file) {
        return file.copyOf().isPresent() ? "the content file " + file.path() : "a generated page or theme asset";
    }

    private static void deleteTree(Path folder) throws IOException {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
