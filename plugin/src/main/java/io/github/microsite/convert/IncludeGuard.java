package io.github.microsite.convert;

import io.github.microsite.model.RealPaths;

import io.github.microsite.model.Problems;
import org.asciidoctor.ast.Document;
import org.asciidoctor.extension.IncludeProcessor;
import org.asciidoctor.extension.PreprocessorReader;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * Keeps every {@code include::} inside the content folder and off the network, while Asciidoctor still does the
 * including itself (tags, line ranges, leveloffset, indent, nested includes work exactly as before).
 *
 * <p>Asciidoctor's SAFE mode alone does not do: it confines an include that climbs out of its base folder to that
 * folder "recovering automatically" (a different file, or none, with only a warning), follows symbolic links that
 * lead out, and turns a URL include into a link. So every include directive comes here first: the target is resolved
 * against the file that includes it, exactly as Asciidoctor would, and checked with symbolic links followed. A target
 * outside the content folder, or a URL, is an error at the directive's line and is dropped. An allowed target is
 * handed back to Asciidoctor as the same directive with an absolute path, which this processor lets through, so
 * Asciidoctor's own include code reads it.</p>
 *
 * <p>One instance serves one Asciidoctor; what it knows about the page being converted (where it stands, which
 * targets it has already let through) is that page's {@link Allowed}, found through {@link PageInProgress}, so pages
 * converted at the same time on different threads keep apart.</p>
 */
final class IncludeGuard extends IncludeProcessor {

    /** What Asciidoctor treats as a URL ({@code Helpers.uriish?}): a scheme, then a colon. */
    private static final Pattern URL = Pattern.compile("^[a-zA-Z][a-zA-Z0-9.+-]+:");
    private static final Set<String> ASCIIDOC = Set.of("adoc", "asc", "asciidoc", "ad", "txt");

    private final PageInProgress pages;

    IncludeGuard(PageInProgress pages) {
        this.pages = pages;
    }

    /** The guard's knowledge of one page: made for its conversion, dropped after it. */
    static final class Allowed {
        private final Path contentDirectory;
        private final Path realContentDirectory;
        private final Path pageFolder;
        /** Absolute targets this guard has checked and handed back; Asciidoctor includes those itself. */
        private final Set<String> targets = new HashSet<>();

        Allowed(Path contentDirectory, Path page) {
            this.contentDirectory = contentDirectory;
            this.realContentDirectory = RealPaths.of(contentDirectory);
            this.pageFolder = page.toAbsolutePath().normalize().getParent();
        }
    }

    @Override
    public boolean handles(String target) {
        return pages.get().map(page -> !page.includes.targets.contains(target)).orElse(false);
    }

    @Override
    public void process(Document document, PreprocessorReader reader, String target, Map<String, Object> attributes) {
        PageInProgress.Page page = pages.get().orElseThrow();
        Allowed known = page.includes;
        Problems problems = page.problems;
        Path including = including(document, reader, known.pageFolder);
        // Asciidoctor has already moved past the directive's line.
        int line = Math.max(reader.getLineNumber() - 1, 0);
        String where = relative(known.contentDirectory, including);
        if (URL.matcher(target).find()) {
            problems.error(where, line, "include::" + target + "[] includes a URL; the build never fetches from the"
                    + " network: save the file into the content folder and include it by its relative path");
            return;
        }
        Path resolved = including.getParent().resolve(target).normalize();
        Path real = RealPaths.of(resolved);
        if (!real.startsWith(known.realContentDirectory)) {
            problems.error(where, line, "include::" + target + "[] reads " + real + ", outside the content folder "
                    + known.realContentDirectory + (resolved.equals(real) ? "" : " (through a symbolic link)")
                    + "; includes must stay inside the content folder: move or copy the file there");
            return;
        }
        String absolute = resolved.toString();
        known.targets.add(absolute);
        Map<String, Object> wrapper = new HashMap<>();
        // Asciidoctor files an included AsciiDoc file by its path from the page's folder, so that an xref to it
        // from the page stays a link within the page; the stand-in line registers that path as Asciidoctor would.
        String relative = known.pageFolder.relativize(resolved).toString().replace('\\', '/');
        if (attributes.containsKey("partial-option") || !isAsciidoc(relative)) {
            wrapper.put("partial-option", "");
        }
        reader.pushInclude("include::" + absolute + "[" + attributeList(attributes) + "]", including.toString(),
                relative.contains(".") ? relative : relative + ".txt", line, wrapper);
    }

    private static Path including(Document document, PreprocessorReader reader, Path pageFolder) {
        String file = reader.getFile();
        if (file == null || file.isBlank()) {
            // A nested document (an AsciiDoc table cell) reads from no file: it belongs to the page.
            Object docfile = document.getAttribute("docfile");
            file = docfile == null ? pageFolder.resolve("page").toString() : docfile.toString();
        }
        return Path.of(file).toAbsolutePath().normalize();
    }

    /** The directive's attributes as Asciidoctor parsed them, written back as {@code name="value"} pairs. */
    private static String attributeList(Map<String, Object> attributes) {
        StringBuilder list = new StringBuilder();
        Map<String, Object> byName = new TreeMap<>();
        // Positional attributes arrive with number keys from JRuby, whatever the map's declared type.
        ((Map<?, ?>) attributes).forEach((key, value) -> byName.put(String.valueOf(key), value));
        byName.forEach((name, value) -> {
            if (name.endsWith("-option") || name.chars().allMatch(Character::isDigit) || value == null) {
                return; // options come back from opts=; positional attributes mean nothing to an include
            }
            if (list.length() > 0) {
                list.append(',');
            }
            list.append(name).append("=\"").append(value.toString().replace("\"", "\\\""))
                    .append('"');
        });
        return list.toString();
    }

    private static String relative(Path contentDirectory, Path file) {
        Path root = contentDirectory.toAbsolutePath().normalize();
        return file.startsWith(root) ? root.relativize(file).toString().replace('\\', '/') : file.toString();
    }

    private static boolean isAsciidoc(String path) {
        int dot = path.lastIndexOf('.');
        return dot > path.lastIndexOf('/') && ASCIIDOC.contains(path.substring(dot + 1).toLowerCase(java.util.Locale.ROOT));
    }
}
