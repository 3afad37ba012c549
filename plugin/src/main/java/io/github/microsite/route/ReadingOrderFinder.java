package io.github.microsite.route;

import io.github.microsite.model.ContentLayout;
import io.github.microsite.model.Problems;
import io.github.microsite.model.SiteConfig;
import io.github.microsite.model.SitePaths;
import io.github.microsite.model.SourceFile;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the reading order an existing body of AsciiDoc already has, before any page is converted: the configured
 * list, else a book's master file (its {@code include::} lines, in order), else a navigation file (its list of
 * {@code xref:} items). Reads the text only; Asciidoctor is not involved.
 */
public final class ReadingOrderFinder {

    /** Master files looked for at the top of the content folder, in this order, when none is configured. */
    static final List<String> MASTER_FILES = List.of("book.asciidoc", "book.adoc", "book.asc", "index.adoc",
            "index.asciidoc");
    static final String NAV_FILE = "nav.adoc";

    private static final Pattern INCLUDE = Pattern.compile("^include::([^\\[]+)\\[");
    private static final Pattern ATTRIBUTE_ENTRY = Pattern.compile("^:([\\w-]+):[ \\t]*(.*)$");
    private static final Pattern ATTRIBUTE_REFERENCE = Pattern.compile("\\{([\\w-]+)}");
    /** {@code * xref:guide/install.adoc[Install]} or {@code ** link:…[…]}; the label may be empty. */
    private static final Pattern NAV_ITEM = Pattern.compile("^\\*+\\s+(?:xref|link):([^\\[#]+)(?:#[^\\[]*)?\\[([^\\]]*)]");

    private final ContentLayout layout;
    private final Map<String, String> siteAttributes;

    public ReadingOrderFinder(SiteConfig config) {
        this.layout = config.layout();
        this.siteAttributes = config.attributes();
    }

    public ReadingOrder find(List<SourceFile> pages, Problems problems) {
        Map<String, SourceFile> byPath = new LinkedHashMap<>();
        pages.forEach(page -> byPath.put(page.relativePath(), page));
        if (!layout.readingOrder().isEmpty()) {
            return configured(byPath, problems);
        }
        if (layout.masterFile().isPresent()) {
            return named(layout.masterFile().get(), "masterFile", byPath, problems)
                    .map(master -> fromMaster(master, byPath)).orElse(ReadingOrder.NONE);
        }
        if (layout.navFile().isPresent()) {
            return named(layout.navFile().get(), "navFile", byPath, problems)
                    .map(nav -> fromNavFile(nav, byPath, problems)).orElse(ReadingOrder.NONE);
        }
        for (String name : MASTER_FILES) {
            SourceFile candidate = byPath.get(name);
            if (candidate != null) {
                ReadingOrder order = fromMaster(candidate, byPath);
                // An index page that includes no page (the report's home) is a page, not a master file.
                if (!order.paths().isEmpty()) {
                    return order;
                }
            }
        }
        SourceFile nav = byPath.get(NAV_FILE);
        return nav == null ? ReadingOrder.NONE : fromNavFile(nav, byPath, problems);
    }

    private ReadingOrder configured(Map<String, SourceFile> byPath, Problems problems) {
        List<String> paths = new ArrayList<>();
        for (String path : layout.readingOrder()) {
            String normalized = path.strip().replace('\\', '/');
            if (byPath.containsKey(normalized)) {
                paths.add(normalized);
            } else {
                problems.error("", 0, "readingOrder names " + normalized + ", which is not a page of the content"
                        + " folder; write the page's path relative to the content folder, e.g. chapters/intro.adoc");
            }
        }
        return new ReadingOrder(paths, Map.of(), Set.of());
    }

    private static Optional<SourceFile> named(String path, String parameter, Map<String, SourceFile> byPath,
                                              Problems problems) {
        SourceFile file = byPath.get(path.strip().replace('\\', '/'));
        if (file == null) {
            problems.error("", 0, parameter + " " + path + " is not an AsciiDoc file of the content folder (or it is"
                    + " excluded); write its path relative to the content folder");
        }
        return Optional.ofNullable(file);
    }

    /**
     * The pages a master file includes, in order, looking through included files that are not pages themselves
     * (a part that includes its chapters).
     */
    private ReadingOrder fromMaster(SourceFile master, Map<String, SourceFile> byPath) {
        Set<String> order = new LinkedHashSet<>();
        collectIncludedPages(master, byPath, order, new HashSet<>(), new HashMap<>(siteAttributes));
        order.remove(master.relativePath());
        return new ReadingOrder(List.copyOf(order), Map.of(), order.isEmpty() ? Set.of() : Set.of(master.relativePath()));
    }

    private void collectIncludedPages(SourceFile file, Map<String, SourceFile> byPath, Set<String> order,
                                      Set<String> seen, Map<String, String> attributes) {
        if (!seen.add(file.relativePath())) {
            return;
        }
        for (String line : lines(file.path())) {
            Matcher entry = ATTRIBUTE_ENTRY.matcher(line);
            if (entry.matches()) {
                attributes.putIfAbsent(entry.group(1), entry.group(2).strip());
                continue;
            }
            Matcher include = INCLUDE.matcher(line);
            if (!include.find()) {
                continue;
            }
            String written = substitute(include.group(1).strip(), attributes);
            Optional<String> target = resolve(file, written);
            if (target.isEmpty()) {
                continue;
            }
            SourceFile page = byPath.get(target.get());
            if (page != null) {
                order.add(page.relativePath());
            } else {
                Path onDisk = file.path().getParent().resolve(written).normalize();
                if (Files.isRegularFile(onDisk)) {
                    collectIncludedPages(new SourceFile(onDisk, target.get()), byPath, order, seen, attributes);
                }
            }
        }
    }

    /** Antora-style: each list item's {@code xref:} is the next page; its text, when given, the label. */
    private ReadingOrder fromNavFile(SourceFile nav, Map<String, SourceFile> byPath, Problems problems) {
        Set<String> paths = new LinkedHashSet<>();
        Map<String, String> titles = new HashMap<>();
        List<String> lines = lines(nav.path());
        for (int i = 0; i < lines.size(); i++) {
            Matcher item = NAV_ITEM.matcher(lines.get(i).strip());
            if (!item.find()) {
                continue;
            }
            String written = item.group(1).strip();
            Optional<String> target = resolve(nav, written);
            if (target.isPresent() && byPath.containsKey(target.get())) {
                if (paths.add(target.get()) && !item.group(2).isBlank()) {
                    titles.put(target.get(), item.group(2).strip());
                }
            } else {
                problems.warning(nav.relativePath(), i + 1, "the navigation item " + item.group(0).strip()
                        + " names " + written + ", which is not a page; fix the path (relative to "
                        + (nav.relativeFolder().isEmpty() ? "the content folder" : nav.relativeFolder() + "/") + ")");
            }
        }
        return new ReadingOrder(List.copyOf(paths), titles, Set.of(nav.relativePath()));
    }

    /** The content-relative path an include or xref target written in {@code from} names, if inside the folder. */
    private static Optional<String> resolve(SourceFile from, String target) {
        if (target.contains("{") || target.contains("://")) {
            return Optional.empty();
        }
        String folder = from.relativeFolder();
        String joined = (folder.isEmpty() ? "" : folder + "/") + target.replace('\\', '/');
        return Optional.ofNullable(SitePaths.normalize(joined));
    }

    private static String substitute(String target, Map<String, String> attributes) {
        Matcher reference = ATTRIBUTE_REFERENCE.matcher(target);
        StringBuilder result = new StringBuilder();
        while (reference.find()) {
            String value = attributes.get(reference.group(1));
            reference.appendReplacement(result, Matcher.quoteReplacement(value != null ? value : reference.group()));
        }
        reference.appendTail(result);
        return result.toString();
    }

    private static List<String> lines(Path file) {
        try {
            return Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            return List.of(); // Asciidoctor reports an unreadable page itself when it converts it.
        }
    }
}
