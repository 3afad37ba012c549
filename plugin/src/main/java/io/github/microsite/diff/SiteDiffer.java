package io.github.microsite.diff;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.microsite.check.SiteFiles;
import io.github.microsite.model.PageUrls;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;

/** Compares a previous build of a site with the current one. */
public final class SiteDiffer {

    /** A fingerprinted asset name ({@code site.1a2b3c4d5e.css}) without its hash, so a new theme is not a new page. */
    private static final Pattern FINGERPRINT = Pattern.compile("\\.[0-9a-f]{10}(\\.[A-Za-z0-9]+)");
    private static final String NOT_FOUND = "404.html";

    private final ObjectMapper json = new ObjectMapper();

    public SiteDiff diff(SiteFiles previous, SiteFiles current) {
        List<SiteDiff.Page> added = new ArrayList<>();
        List<SiteDiff.Page> removed = new ArrayList<>();
        List<SiteDiff.ChangedPage> changed = new ArrayList<>();
        for (String page : union(pages(previous), pages(current))) {
            Optional<Document> before = previous.read(page).map(SiteDiffer::parse);
            Optional<Document> after = current.read(page).map(SiteDiffer::parse);
            if (before.isEmpty()) {
                added.add(describe(page, after.get()));
            } else if (after.isEmpty()) {
                removed.add(describe(page, before.get()));
            } else {
                compareSections(describe(page, after.get()), sections(before.get()), sections(after.get()))
                        .ifPresent(changed::add);
            }
        }
        return new SiteDiff(added, removed, changed, datasets(previous, current));
    }

    private static List<String> pages(SiteFiles files) {
        return files.paths().stream().filter(path -> path.endsWith(".html") && !path.equals(NOT_FOUND)).toList();
    }

    private static TreeSet<String> union(List<String> a, List<String> b) {
        TreeSet<String> all = new TreeSet<>(a);
        all.addAll(b);
        return all;
    }

    private static Document parse(byte[] html) {
        return Jsoup.parse(new String(html, StandardCharsets.UTF_8));
    }

    private static SiteDiff.Page describe(String path, Document document) {
        Element h1 = document.selectFirst("main h1, h1");
        String title = h1 != null ? h1.text() : document.title();
        return new SiteDiff.Page(PageUrls.pretty(path), title);
    }

    /**
     * What a reader sees on the page, cut at each heading: heading label → the section's normalized HTML (heading
     * included). The label is the heading's text; its id tells two headings of the same text apart.
     */
    private static Map<String, String> sections(Document document) {
        Element main = Optional.ofNullable(document.selectFirst("main")).orElse(document.body());
        Map<String, String> sections = new LinkedHashMap<>();
        String label = "";
        StringBuilder content = new StringBuilder();
        for (Element element : main.getAllElements()) {
            // Navigation (the table of contents, previous/next) follows from other changes; it is not one itself.
            if (element == main || element.closest("nav") != null) {
                continue;
            }
            if (element.tagName().matches("h[1-6]")) {
                put(sections, label, content);
                label = element.text();
                content = new StringBuilder();
            }
            // Only leaf-level text and attributes of each element: nested elements are visited on their own.
            content.append('<').append(element.tagName()).append(element.attributes().html()).append('>')
                    .append(element.ownText()).append('\n');
        }
        put(sections, label, content);
        return sections;
    }

    private static void put(Map<String, String> sections, String label, StringBuilder content) {
        if (label.isEmpty() && content.isEmpty()) {
            return;
        }
        String key = label;
        for (int n = 2; sections.containsKey(key); n++) {
            key = label + " (" + n + ")";
        }
        sections.put(key, FINGERPRINT.matcher(content).replaceAll("$1"));
    }

    private static Optional<SiteDiff.ChangedPage> compareSections(SiteDiff.Page page, Map<String, String> before,
                                                                  Map<String, String> after) {
        List<String> added = new ArrayList<>();
        List<String> removed = new ArrayList<>();
        List<String> changed = new ArrayList<>();
        after.forEach((label, content) -> {
            if (!before.containsKey(label)) {
                added.add(label);
            } else if (!before.get(label).equals(content)) {
                changed.add(label);
            }
        });
        before.keySet().stream().filter(label -> !after.containsKey(label)).forEach(removed::add);
        if (added.isEmpty() && removed.isEmpty() && changed.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new SiteDiff.ChangedPage(page, added, removed, changed));
    }

    /** Datasets are the {@code data/<name>.json} files a site publishes, rows keyed by their schema's {@code x-key}. */
    private List<SiteDiff.DatasetChange> datasets(SiteFiles previous, SiteFiles current) {
        List<SiteDiff.DatasetChange> changes = new ArrayList<>();
        for (String path : union(datasetPaths(previous), datasetPaths(current))) {
            String name = path.substring("data/".length(), path.length() - ".json".length());
            Optional<JsonNode> before = previous.read(path).map(this::readJson);
            Optional<JsonNode> after = current.read(path).map(this::readJson);
            String key = keyField(current, path).or(() -> keyField(previous, path)).orElse(null);
            Map<String, JsonNode> rowsBefore = before.map(node -> rows(node, key)).orElse(Map.of());
            Map<String, JsonNode> rowsAfter = after.map(node -> rows(node, key)).orElse(Map.of());
            List<String> added = rowsAfter.keySet().stream().filter(k -> !rowsBefore.containsKey(k)).toList();
            List<String> removed = rowsBefore.keySet().stream().filter(k -> !rowsAfter.containsKey(k)).toList();
            List<String> changed = rowsAfter.keySet().stream()
                    .filter(k -> rowsBefore.containsKey(k) && !rowsBefore.get(k).equals(rowsAfter.get(k))).toList();
            String status = before.isEmpty() ? "added" : after.isEmpty() ? "removed" : "changed";
            boolean otherFields = before.isPresent() && after.isPresent() && !withoutRows(before.get()).equals(withoutRows(after.get()));
            if (!added.isEmpty() || !removed.isEmpty() || !changed.isEmpty() || !status.equals("changed") || otherFields) {
                changes.add(new SiteDiff.DatasetChange(name, status, added, removed, changed));
            }
        }
        return changes;
    }

    private static List<String> datasetPaths(SiteFiles files) {
        return files.paths().stream().filter(path -> path.startsWith("data/") && path.endsWith(".json")
                && !path.endsWith(".schema.json") && path.indexOf('/', "data/".length()) < 0).toList();
    }

    private JsonNode readJson(byte[] bytes) {
        try {
            return json.readTree(bytes);
        } catch (IOException e) {
            return json.getNodeFactory().textNode(new String(bytes, StandardCharsets.UTF_8));
        }
    }

    private Optional<String> keyField(SiteFiles files, String dataPath) {
        String schemaPath = dataPath.substring(0, dataPath.length() - ".json".length()) + ".schema.json";
        return files.read(schemaPath).map(this::readJson).map(schema -> schema.path("properties").path("rows")
                .path("x-key")).filter(JsonNode::isTextual).map(JsonNode::asText);
    }

    /**
     * Rows by key: the schema's {@code x-key}, else an {@code id} field; a row without either is named by position
     * ("row 3"), which still tells that something changed.
     */
    private static Map<String, JsonNode> rows(JsonNode dataset, String keyField) {
        Map<String, JsonNode> rows = new TreeMap<>();
        JsonNode array = dataset.isArray() ? dataset : dataset.path("rows");
        for (int i = 0; i < array.size(); i++) {
            JsonNode row = array.get(i);
            JsonNode key = row.get(keyField == null ? "id" : keyField);
            rows.put(key != null && !key.isNull() ? key.asText() : "row " + (i + 1), row);
        }
        return rows;
    }

    private static JsonNode withoutRows(JsonNode dataset) {
        if (!dataset.isObject()) {
            return dataset;
        }
        com.fasterxml.jackson.databind.node.ObjectNode copy = dataset.deepCopy();
        copy.remove("rows");
        return copy;
    }
}
