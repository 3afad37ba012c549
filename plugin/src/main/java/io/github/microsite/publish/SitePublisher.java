package io.github.microsite.publish;

import io.github.microsite.model.Problems;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.LinkOption;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.TreeSet;
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

    /**
     * Writes nothing when two files claim one path: the problems say which. A folder this plugin wrote (its manifest
     * lists every file in it) is updated in place, file by file, touching only what changed; any other folder
     * (new, or one the guard let be replaced as a whole) is staged beside and swapped in.
     */
    public boolean publish(List<SiteFile> files, Problems problems) {
        return publish(files, problems, Optional.empty());
    }

    /**
     * As {@link #publish(List, Problems)}, with some files already written into a staging folder during the bake:
     * when the whole folder is replaced, that folder is the one swapped in, with the files it lacks written first;
     * otherwise it is left for its owner to close.
     */
    public boolean publish(List<SiteFile> files, Problems problems, Optional<StagedFiles> staged) {
        if (!uniquePaths(files, problems) || !insideOutput(files, problems)) {
            return false;
        }
        Optional<Set<String>> listed = readManifest(outputDirectory);
        if (listed.isPresent() && Files.isDirectory(outputDirectory) && holdsOnly(listed.get())) {
            update(files, listed.get());
        } else {
            replace(files, staged);
        }
        return true;
    }

    /**
     * Brings a folder the plugin wrote up to date: deletes the files of the last build that this one does not write,
     * writes each file whose bytes differ and leaves the others alone (same bytes, same time: a host syncing by time
     * uploads only what changed). While it works the manifest lists the old and the new files together, so a build
     * interrupted half-way leaves a folder that the next build still knows as its own.
     */
    private void update(List<SiteFile> files, Set<String> listed) {
        Set<String> written = new TreeSet<>();
        files.forEach(file -> written.add(file.path()));
        Set<String> both = new TreeSet<>(listed);
        both.addAll(written);
        try {
            writeManifest(both);
            Set<Path> folders = new HashSet<>();
            // Deepest folders first, each looked at once after all its stale files are gone (a search index
            // renames thousands of files in one folder; looking after each would read that folder thousands of times).
            Set<Path> emptied = new TreeSet<>(Comparator.comparingInt(Path::getNameCount).reversed()
                    .thenComparing(Comparator.naturalOrder()));
            for (String stale : listed) {
                Path file = outputDirectory.resolve(stale).normalize();
                // A manifest is a file anyone can edit: never delete outside the folder on its word.
                if (!written.contains(stale) && file.startsWith(outputDirectory) && !file.equals(outputDirectory)) {
                    Files.deleteIfExists(file);
                    emptied.add(file.getParent());
                }
            }
            for (Path folder : emptied) {
                if (Files.isDirectory(folder, LinkOption.NOFOLLOW_LINKS)) { // else gone with a deeper one
                    deleteEmptyFolders(folder);
                }
            }
            for (SiteFile file : files.stream().sorted(Comparator.comparing(SiteFile::path)).toList()) {
                Path target = outputDirectory.resolve(file.path()).normalize();
                if (!sameBytes(file, target)) {
                    write(file, target, folders);
                }
            }
            writeManifest(written);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the site to " + outputDirectory, e);
        }
    }

    /** Stages the whole site in a fresh folder beside the output, then swaps it in for the old folder. */
    private void replace(List<SiteFile> files, Optional<StagedFiles> staged) {
        Path staging = null;
        Path stagedManifest = null;
        Optional<RemovedOnExit> ownStaging = Optional.empty();
        try {
            // Fresh, uniquely named staging folder and manifest beside the output: a folder or file that happens to
            // have a fixed name like "site.partial" may be the user's, and the build never deletes what it did not write.
            Files.createDirectories(outputDirectory.getParent());
            RemovedOnExit removedOnExit;
            if (staged.isPresent()) {
                staging = staged.get().handOver();
                removedOnExit = staged.get().removedOnExit();
            } else {
                staging = Files.createTempDirectory(outputDirectory.getParent(),
                        outputDirectory.getFileName() + ".partial-");
                removedOnExit = new RemovedOnExit(staging, () -> { });
                ownStaging = Optional.of(removedOnExit);
            }
            Set<Path> folders = new HashSet<>();
            for (SiteFile file : files.stream().sorted(Comparator.comparing(SiteFile::path)).toList()) {
                if (staged.isEmpty() || !staged.get().holds(file)) {
                    write(file, staging.resolve(file.path()).normalize(), folders);
                }
            }
            Path manifest = manifestOf(outputDirectory);
            stagedManifest = Files.createTempFile(manifest.getParent(), manifest.getFileName() + ".partial-", "");
            Files.writeString(stagedManifest, manifestText(files.stream().map(SiteFile::path).toList()),
                    StandardCharsets.UTF_8);
            Path swappedIn = staging;
            removedOnExit.moveAway(() -> {
                deleteTree(outputDirectory);
                Files.move(swappedIn, outputDirectory, StandardCopyOption.ATOMIC_MOVE);
            });
            staging = null;
            Files.move(stagedManifest, manifest, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            stagedManifest = null;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the site to " + outputDirectory, e);
        } finally {
            // Only what this call created: a failed or refused publish leaves no staging files behind.
            deleteQuietly(staging);
            deleteQuietly(stagedManifest);
            ownStaging.ifPresent(RemovedOnExit::close);
        }
    }

    /** A path such as {@code ../x} would write outside the output folder: refused before anything is written. */
    private boolean insideOutput(List<SiteFile> files, Problems problems) {
        for (SiteFile file : files) {
            if (!outputDirectory.resolve(file.path()).normalize().startsWith(outputDirectory)
                    || file.path().isEmpty()) {
                problems.error("", 0, "refusing to write " + file.path() + " outside the output folder");
                return false;
            }
        }
        return true;
    }

    /** Whether every file in the output folder is one the manifest lists (what the guard calls the plugin's own). */
    private boolean holdsOnly(Set<String> listed) {
        try (Stream<Path> paths = Files.walk(outputDirectory)) {
            return paths.filter(path -> !Files.isDirectory(path, LinkOption.NOFOLLOW_LINKS))
                    .allMatch(path -> Files.isRegularFile(path, LinkOption.NOFOLLOW_LINKS)
                            && listed.contains(outputDirectory.relativize(path).toString().replace('\\', '/')));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the output folder " + outputDirectory, e);
        }
    }

    private static boolean sameBytes(SiteFile file, Path target) throws IOException {
        if (!Files.isRegularFile(target, LinkOption.NOFOLLOW_LINKS)) {
            return false;
        }
        if (file.content().isPresent()) {
            byte[] bytes = file.content().get();
            return Files.size(target) == bytes.length && Arrays.equals(Files.readAllBytes(target), bytes);
        }
        Path source = file.copyOf().orElseThrow();
        return Files.size(target) == Files.size(source) && Files.mismatch(source, target) == -1L;
    }

    /** @param folders the folders this publish already made, so each is made once, not once per file */
    static void write(SiteFile file, Path target, Set<Path> folders) throws IOException {
        Path parent = target.getParent();
        if (folders.add(parent)) {
            Files.createDirectories(parent);
        }
        if (file.content().isPresent()) {
            Files.write(target, file.content().get());
        } else {
            Files.copy(file.copyOf().orElseThrow(), target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** Folders emptied by deleting a stale file go too, up to (not including) the output folder. */
    private void deleteEmptyFolders(Path folder) throws IOException {
        Path current = folder;
        while (current != null && current.startsWith(outputDirectory) && !current.equals(outputDirectory)) {
            try (Stream<Path> entries = Files.list(current)) {
                if (entries.findAny().isPresent()) {
                    return;
                }
            }
            Files.delete(current);
            current = current.getParent();
        }
    }

    private void writeManifest(Set<String> paths) throws IOException {
        Path manifest = manifestOf(outputDirectory);
        Path partial = Files.createTempFile(manifest.getParent(), manifest.getFileName() + ".partial-", "");
        try {
            Files.writeString(partial, manifestText(paths), StandardCharsets.UTF_8);
            Files.move(partial, manifest, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(partial);
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

    private static String manifestText(java.util.Collection<String> paths) {
        StringBuilder text = new StringBuilder(MANIFEST_HEADER).append('\n');
        paths.stream().sorted().forEach(path -> text.append(path).append('\n'));
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

    static void deleteTree(Path folder) throws IOException {
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
