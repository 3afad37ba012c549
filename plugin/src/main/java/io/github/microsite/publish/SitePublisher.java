package io.github.microsite.publish;

import io.github.microsite.model.Problems;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Writes the site into its output folder, replacing what was there, and lists what it wrote in a manifest beside the
 * folder ({@code site.microsite-manifest} next to {@code site/}): outside what a host serves, and the proof that the
 * next build may replace the folder ({@link OutputFolderGuard}).
 */
public final class SitePublisher {

    static final String MANIFEST_SUFFIX = ".microsite-manifest";
    private static final String MANIFEST_HEADER = "# microsite-maven-plugin wrote these files into the folder beside"
            + " this one; it replaces that folder only while it holds nothing else";

    private final Path outputDirectory;

    public SitePublisher(Path outputDirectory) {
        this.outputDirectory = outputDirectory.toAbsolutePath().normalize();
    }

    /** Writes nothing when two files claim one path: the problems say which. */
    public boolean publish(List<SiteFile> files, Problems problems) {
        if (!uniquePaths(files, problems)) {
            return false;
        }
        Path staging = null;
        Path stagedManifest = null;
        try {
            // Fresh, uniquely named staging folder and manifest beside the output: a folder or file that happens to
            // have a fixed name like "site.partial" may be the user's, and the build never deletes what it did not write.
            Files.createDirectories(outputDirectory.getParent());
            staging = Files.createTempDirectory(outputDirectory.getParent(), outputDirectory.getFileName() + ".partial-");
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
            Path manifest = manifestOf(outputDirectory);
            stagedManifest = Files.createTempFile(manifest.getParent(), manifest.getFileName() + ".partial-", "");
            Files.writeString(stagedManifest, manifestText(files), StandardCharsets.UTF_8);
            deleteTree(outputDirectory);
            Files.move(staging, outputDirectory, StandardCopyOption.ATOMIC_MOVE);
            staging = null;
            Files.move(stagedManifest, manifest, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            stagedManifest = null;
            return true;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the site to " + outputDirectory, e);
        } finally {
            // Only what this call created: a failed or refused publish leaves no staging files behind.
            deleteQuietly(staging);
            deleteQuietly(stagedManifest);
        }
    }

    private static void deleteQuietly(Path created) {
        if (created == null) {
            return;
        }
        try {
            deleteTree(created);
        } catch (IOException e) {
            // A leftover temporary folder beside the output costs space, nothing else.
        }
    }

    /** The manifest of an output folder: a sibling file, so no host ever serves it. */
    public static Path manifestOf(Path outputDirectory) {
        Path output = outputDirectory.toAbsolutePath().normalize();
        return output.resolveSibling(output.getFileName() + MANIFEST_SUFFIX);
    }

    /** The files the plugin last wrote into the folder, or empty when it has no manifest (the plugin did not write it). */
    static Optional<Set<String>> readManifest(Path outputDirectory) {
        Path manifest = manifestOf(outputDirectory);
        if (!Files.isRegularFile(manifest)) {
            return Optional.empty();
        }
        try {
            List<String> lines = Files.readAllLines(manifest, StandardCharsets.UTF_8);
            if (lines.isEmpty() || !lines.get(0).equals(MANIFEST_HEADER)) {
                return Optional.empty();
            }
            return Optional.of(Set.copyOf(lines.subList(1, lines.size())));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + manifest, e);
        }
    }

    private static String manifestText(List<SiteFile> files) {
        StringBuilder text = new StringBuilder(MANIFEST_HEADER).append('\n');
        files.stream().map(SiteFile::path).sorted().forEach(path -> text.append(path).append('\n'));
        return text.toString();
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
