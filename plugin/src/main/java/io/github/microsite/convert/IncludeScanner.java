package io.github.microsite.convert;

import io.github.microsite.model.RealPaths;
import io.github.microsite.model.SourceFile;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the files a page includes by reading its {@code include::} lines. Later stages locate a problem (a broken
 * link, an unknown source) by searching these files, since Asciidoctor's HTML no longer says where text came from.
 */
final class IncludeScanner {

    private static final Pattern INCLUDE = Pattern.compile("^include::([^\\[{]+)\\[", Pattern.MULTILINE);

    private IncludeScanner() {
    }

    static List<SourceFile> includes(Path contentDirectory, SourceFile page) {
        Set<Path> seen = new LinkedHashSet<>();
        collect(page.path().toAbsolutePath().normalize(), RealPaths.of(contentDirectory), seen);
        seen.remove(page.path().toAbsolutePath().normalize());
        Path root = contentDirectory.toAbsolutePath().normalize();
        List<SourceFile> files = new ArrayList<>();
        for (Path path : seen) {
            if (path.startsWith(root)) {
                files.add(new SourceFile(path, root.relativize(path).toString().replace('\\', '/')));
            }
        }
        return files;
    }

    private static void collect(Path file, Path realRoot, Set<Path> seen) {
        // Never read what lies outside the content folder, even to scan it: the IncludeGuard reports such includes.
        if (!seen.add(file) || !Files.isRegularFile(file) || !RealPaths.of(file).startsWith(realRoot)) {
            return;
        }
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            return; // Asciidoctor reports unreadable includes itself, with the line.
        }
        Matcher matcher = INCLUDE.matcher(text);
        while (matcher.find()) {
            collect(file.getParent().resolve(matcher.group(1).trim()).normalize(), realRoot, seen);
        }
    }
}
