package io.github.microsite.model;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * A file of the content folder.
 *
 * @param path         where it is on disk
 * @param relativePath its path inside the content folder, always with '/' (the name used in every message)
 */
public record SourceFile(Path path, String relativePath) {

    /** The relative path without its extension: {@code chapters/preface.adoc} → {@code chapters/preface}. */
    public String relativeStem() {
        int dot = relativePath.lastIndexOf('.');
        int slash = relativePath.lastIndexOf('/');
        return dot > slash ? relativePath.substring(0, dot) : relativePath;
    }

    /** The folder inside the content folder, "" at the top, otherwise ending without '/'. */
    public String relativeFolder() {
        int slash = relativePath.lastIndexOf('/');
        return slash < 0 ? "" : relativePath.substring(0, slash);
    }

    public String fileName() {
        return relativePath.substring(relativePath.lastIndexOf('/') + 1);
    }

    /** The 1-based number of the first line containing the text, or 0: for pointing at a problem found in HTML. */
    public int firstLineContaining(String text) {
        if (!Files.isRegularFile(path)) {
            return 0;
        }
        try {
            List<String> lines = Files.readAllLines(path, StandardCharsets.UTF_8);
            for (int i = 0; i < lines.size(); i++) {
                if (lines.get(i).contains(text)) {
                    return i + 1;
                }
            }
        } catch (IOException e) {
            return 0;
        }
        return 0;
    }
}
