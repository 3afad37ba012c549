package io.github.microsite.model;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where a path really leads: symbolic links followed as far as the path exists, the rest appended. The checks that
 * keep reading inside the content folder and writing outside the sources compare these, so a link cannot disguise
 * either.
 */
public final class RealPaths {

    private RealPaths() {
    }

    public static Path of(Path path) {
        Path absolute = path.toAbsolutePath().normalize();
        if (Files.exists(absolute)) {
            try {
                return absolute.toRealPath();
            } catch (IOException e) {
                return absolute;
            }
        }
        Path parent = absolute.getParent();
        return parent == null ? absolute : of(parent).resolve(absolute.getFileName());
    }
}
