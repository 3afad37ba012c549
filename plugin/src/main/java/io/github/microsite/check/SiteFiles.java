package io.github.microsite.check;

import io.github.microsite.publish.SiteFile;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;

/** The files of a site by their path inside it: the baked ones in memory, or a built folder on disk. */
public interface SiteFiles {

    SortedSet<String> paths();

    Optional<byte[]> read(String path);

    /**
     * The baked site as the publish stage would write it. Generated files are read from memory; files copied from
     * the content folder are read from their source only if a rule needs their bytes (a stylesheet's {@code url()}).
     */
    static SiteFiles inMemory(List<SiteFile> files) {
        Map<String, SiteFile> byPath = new TreeMap<>();
        files.forEach(file -> byPath.putIfAbsent(file.path(), file));
        return new SiteFiles() {
            @Override
            public SortedSet<String> paths() {
                return new TreeSet<>(byPath.keySet());
            }

            @Override
            public Optional<byte[]> read(String path) {
                SiteFile file = byPath.get(path);
                if (file == null) {
                    return Optional.empty();
                }
                return file.content().isPresent() ? file.content() : Optional.of(readFile(file.copyOf().orElseThrow()));
            }
        };
    }

    /** A built folder, for {@code microsite:check} run on its own. */
    static SiteFiles onDisk(Path folder) {
        Path root = folder.toAbsolutePath().normalize();
        SortedSet<String> paths = new TreeSet<>();
        try (Stream<Path> walk = Files.walk(root)) {
            walk.filter(Files::isRegularFile)
                    .forEach(file -> paths.add(root.relativize(file).toString().replace('\\', '/')));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list the site in " + root, e);
        }
        return new SiteFiles() {
            @Override
            public SortedSet<String> paths() {
                return paths;
            }

            @Override
            public Optional<byte[]> read(String path) {
                return paths.contains(path) ? Optional.of(readFile(root.resolve(path))) : Optional.empty();
            }
        };
    }

    private static byte[] readFile(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }
}
