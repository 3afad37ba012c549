package io.github.microsite.route;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.databind.JsonNode;
import io.github.microsite.convert.ConvertedPage;
import io.github.microsite.model.CollectionConfig;
import io.github.microsite.model.Dataset;
import io.github.microsite.model.DatasetCatalog;
import io.github.microsite.model.Problem;
import io.github.microsite.model.Problems;
import io.github.microsite.model.Severity;
import io.github.microsite.model.SiteConfig;
import io.github.microsite.validate.JsonLocations;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Plans the pages of the configured collections - one per dataset row, plus an overview - and adds them to the site
 * map. A row's page is addressed like the AsciiDoc file its optional body would be ({@code industries/finance.adoc}
 * for the path {@code industries/{slug}/}), so that body is claimed here and is not a page of its own.
 */
public final class CollectionRouter {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([^{}]*)}");
    /** What stays a plain, unescaped URL segment on every static host (as for AsciiDoc pages). */
    private static final Pattern URL_SEGMENT = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]*");
    private static final Pattern LITERAL_PATH = Pattern.compile("([A-Za-z0-9][A-Za-z0-9._-]*/)*");

    private final SiteConfig config;
    private final DatasetCatalog datasets;
    private final Map<String, JsonLocations> locations = new HashMap<>();

    public CollectionRouter(SiteConfig config, DatasetCatalog datasets) {
        this.config = config;
        this.datasets = datasets;
    }

    /** Where each collection's pages go; reports what cannot be placed. */
    public Plan plan(Problems problems) {
        List<PlannedCollection> planned = new ArrayList<>();
        for (CollectionConfig collection : config.collections()) {
            planCollection(collection, problems).ifPresent(planned::add);
        }
        return new Plan(planned);
    }

    private Optional<PlannedCollection> planCollection(CollectionConfig collection, Problems problems) {
        String file = collection.datasetFile();
        Optional<Dataset> found = datasets.dataset(collection.dataset());
        if (found.isEmpty()) {
            problems.error(file, 0, "the collection with path " + collection.path() + " (plugin configuration,"
                    + " <collections>) reads dataset '" + collection.dataset() + "', but there is no valid " + file
                    + "; add the file or fix <dataset>");
            return Optional.empty();
        }
        Dataset dataset = found.get();
        if (!collection.path().endsWith("/") || !LITERAL_PATH.matcher(PLACEHOLDER.matcher(collection.path())
                .replaceAll("x")).matches() || !PLACEHOLDER.matcher(collection.path()).find()) {
            problems.error(file, 0, "the collection path '" + collection.path() + "' (plugin configuration,"
                    + " <collections>) must be folders of plain ASCII names naming at least one row field and ending"
                    + " with '/', e.g. " + collection.dataset() + "/{slug}/");
            return Optional.empty();
        }
        Optional<String> overviewAddress = collection.overview().map(overview -> overviewAddress(collection, problems));
        if (overviewAddress.isPresent() && overviewAddress.get().isEmpty()) {
            return Optional.empty();
        }
        JsonNode all = dataset.rows();
        Matcher fields = PLACEHOLDER.matcher(collection.path());
        while (fields.find()) {
            String field = fields.group(1);
            boolean anyRowHasIt = false;
            for (JsonNode row : all) {
                anyRowHasIt |= field(row, field).isValueNode() && !field(row, field).isNull();
            }
            if (!anyRowHasIt && !all.isEmpty()) {
                error(dataset, "/rows/0", problems, "the collection path " + collection.path() + " names the field '"
                        + field + "', which no row has; change <path> in the plugin configuration to a field of the"
                        + " rows, such as " + firstFields(all.get(0)));
                return Optional.empty();
            }
        }
        List<PlannedRow> rows = new ArrayList<>();
        for (int index = 0; index < all.size(); index++) {
            planRow(collection, dataset, "/rows/" + index, all.get(index), problems).ifPresent(rows::add);
        }
        if (!sort(collection, dataset, rows, problems)) {
            return Optional.empty();
        }
        return Optional.of(new PlannedCollection(collection, dataset, overviewAddress, rows));
    }

    private String overviewAddress(CollectionConfig collection, Problems problems) {
        String overview = collection.overview().orElseThrow();
        if (!overview.endsWith("/") || !LITERAL_PATH.matcher(overview).matches()) {
            problems.error(collection.datasetFile(), 0, "the collection overview '" + overview + "' (plugin"
                    + " configuration, <collections>) must be a folder of plain ASCII names ending with '/',"
                    + " e.g. " + collection.dataset() + "/");
            return "";
        }
        return overview + "index.adoc";
    }

    private Optional<PlannedRow> planRow(CollectionConfig collection, Dataset dataset, String pointer, JsonNode row,
                                         Problems problems) {
        StringBuilder folder = new StringBuilder();
        Matcher placeholder = PLACEHOLDER.matcher(collection.path());
        int end = 0;
        while (placeholder.find()) {
            folder.append(collection.path(), end, placeholder.start());
            end = placeholder.end();
            String field = placeholder.group(1);
            JsonNode value = field(row, field);
            if (value.isMissingNode() || value.isNull() || value.isContainerNode()) {
                error(dataset, pointer, problems, "the collection path " + collection.path() + " names the field '"
                        + field + "', which this row does not have" + (value.isContainerNode() ? " as text" : "")
                        + "; add it to the row or change <path> in the plugin configuration");
                return Optional.empty();
            }
            String slug = value.asText();
            String at = pointer + "/" + field.replace(".", "/");
            if (slug.isEmpty()) {
                error(dataset, at, problems, "the field '" + field + "' is empty, so this row has no URL of its own"
                        + " under " + collection.path() + "; give it a value such as 'my-page'");
                return Optional.empty();
            }
            if (!URL_SEGMENT.matcher(slug).matches() || slug.contains("..")) {
                error(dataset, at, problems, "'" + slug + "' cannot be part of a URL (path " + collection.path()
                        + "): " + whyUnsafe(slug) + "; use letters, digits, '-', '_' or '.', starting with a letter"
                        + " or digit");
                return Optional.empty();
            }
            folder.append(slug);
        }
        folder.append(collection.path().substring(end));
        String title = title(collection, row).orElse(null);
        if (title == null) {
            String field = collection.titleField().orElse("title");
            error(dataset, pointer, problems, "the row has no text field '" + field + "' to title its page; add it"
                    + " or set <titleField> of the collection");
            return Optional.empty();
        }
        String stem = folder.substring(0, folder.length() - 1);
        return Optional.of(new PlannedRow(pointer, row, stem + ".adoc", stem + "/index.html", title));
    }

    private static String firstFields(JsonNode row) {
        List<String> names = new ArrayList<>();
        row.fieldNames().forEachRemaining(name -> {
            if (names.size() < 3 && row.get(name).isValueNode()) {
                names.add("{" + name + "}");
            }
        });
        return String.join(", ", names);
    }

    private static String whyUnsafe(String slug) {
        if (slug.contains("..")) {
            return "'..' would climb out of its folder";
        }
        if (slug.contains("/") || slug.contains("\\")) {
            return "a slash would make folders of it";
        }
        if (slug.chars().anyMatch(Character::isWhitespace)) {
            return "it contains a space";
        }
        if (!slug.chars().allMatch(c -> c < 128)) {
            return "it is not plain ASCII, which static hosts serve as a broken, percent-encoded name";
        }
        return "it is not a plain URL segment";
    }

    private static Optional<String> title(CollectionConfig collection, JsonNode row) {
        List<String> fields = collection.titleField().map(List::of).orElse(List.of("title", "name"));
        return fields.stream().map(field -> field(row, field)).filter(JsonNode::isValueNode)
                .filter(value -> !value.isNull()).map(JsonNode::asText).filter(text -> !text.isBlank()).findFirst();
    }

    /** Orders the rows by the sort field (numbers as numbers), keeping the dataset's order for equal values. */
    private boolean sort(CollectionConfig collection, Dataset dataset, List<PlannedRow> rows, Problems problems) {
        if (collection.sort().isEmpty()) {
            return true;
        }
        String[] parts = collection.sort().get().split(":", 2);
        String field = parts[0].strip();
        boolean descending = parts.length > 1 && parts[1].strip().equalsIgnoreCase("desc");
        if (parts.length > 1 && !descending && !parts[1].strip().equalsIgnoreCase("asc")) {
            problems.error(collection.datasetFile(), 0, "the collection sort '" + collection.sort().get() + "' must"
                    + " be 'field', 'field:asc' or 'field:desc'");
            return false;
        }
        boolean complete = true;
        for (PlannedRow row : rows) {
            JsonNode value = field(row.row(), field);
            if (!value.isValueNode() || value.isNull()) {
                error(dataset, row.pointer(), problems, "the collection is sorted by '" + field + "', which this row"
                        + " does not have; add it or change <sort>");
                complete = false;
            }
        }
        if (!complete) {
            return false;
        }
        Comparator<PlannedRow> order = Comparator.comparing(row -> field(row.row(), field), CollectionRouter::compare);
        rows.sort(descending ? order.reversed() : order);
        return true;
    }

    private static int compare(JsonNode a, JsonNode b) {
        if (a.isNumber() && b.isNumber()) {
            return new BigDecimal(a.asText()).compareTo(new BigDecimal(b.asText()));
        }
        return a.asText().compareTo(b.asText());
    }

    /** A field by name, or by dotted path for nested fields. */
    static JsonNode field(JsonNode row, String path) {
        JsonNode node = row;
        for (String part : path.split("\\.")) {
            node = node.path(part);
        }
        return node;
    }

    private void error(Dataset dataset, String pointer, Problems problems, String message) {
        JsonLocation at = locations(dataset).find(pointer);
        problems.add(new Problem(Severity.ERROR, dataset.relativePath(), at == null ? 0 : at.getLineNr(),
                at == null ? 0 : at.getColumnNr(), pointer, message));
    }

    private JsonLocations locations(Dataset dataset) {
        return locations.computeIfAbsent(dataset.relativePath(), path -> {
            try {
                return JsonLocations.index(Files.readString(config.contentDirectory().resolve(path),
                        StandardCharsets.UTF_8));
            } catch (IOException e) {
                try {
                    return JsonLocations.index("{}");
                } catch (IOException impossible) {
                    throw new IllegalStateException(impossible);
                }
            }
        });
    }

    private record PlannedRow(String pointer, JsonNode row, String address, String outputPath, String title) {
    }

    private record PlannedCollection(CollectionConfig config, Dataset dataset, Optional<String> overviewAddress,
                                     List<PlannedRow> rows) {
    }

    /** The collections' pages before they meet the AsciiDoc pages. */
    public final class Plan {

        private final List<PlannedCollection> collections;
        private final Set<String> claimed;

        private Plan(List<PlannedCollection> collections) {
            this.collections = collections;
            this.claimed = collections.stream().flatMap(collection -> java.util.stream.Stream.concat(
                            collection.overviewAddress().stream(),
                            collection.rows().stream().map(PlannedRow::address)))
                    .collect(Collectors.toSet());
        }

        /** The AsciiDoc pages that are pages of their own: not the body of a collection page. */
        public List<ConvertedPage> standalone(List<ConvertedPage> pages) {
            return pages.stream().filter(Predicate.not(this::isBody)).toList();
        }

        private boolean isBody(ConvertedPage page) {
            return claimed.contains(page.source().relativePath());
        }

        /** The site map with the collections added; a URL already taken is an error naming both sources. */
        public SiteMap addTo(SiteMap pages, List<ConvertedPage> converted, Problems problems) {
            Map<String, ConvertedPage> bodies = converted.stream().filter(this::isBody)
                    .collect(Collectors.toMap(page -> page.source().relativePath(), page -> page));
            Map<String, String> owners = new LinkedHashMap<>();
            pages.all().forEach(route -> owners.put(route.outputPath(), "the page " + route.page().source()
                    .relativePath()));
            List<SiteMap.CollectionPages> routed = new ArrayList<>();
            for (PlannedCollection collection : collections) {
                Dataset dataset = collection.dataset();
                Optional<Route> overview = collection.overviewAddress().flatMap(address -> {
                    String output = address.substring(0, address.length() - "index.adoc".length()) + "index.html";
                    String earlier = owners.putIfAbsent(output, "the overview of collection " + dataset.name());
                    if (earlier != null) {
                        problems.error(collection.config().datasetFile(), 0, "the overview of collection '"
                                + dataset.name() + "' and " + earlier + " would both be published as " + output
                                + "; change <overview> or move the page");
                        return Optional.empty();
                    }
                    Optional<ConvertedPage> body = Optional.ofNullable(bodies.get(address));
                    PageSource source = new PageSource.CollectionOverview(collection.config(), dataset, address, body);
                    String title = body.map(ConvertedPage::title).orElse(dataset.root().path("title")
                            .asText(dataset.name()));
                    return Optional.of(route(output, collection.config().overviewType(), title, source, body, dataset));
                });
                List<Route> rows = new ArrayList<>();
                for (PlannedRow row : collection.rows()) {
                    String earlier = owners.putIfAbsent(row.outputPath(), "row " + row.pointer() + " of "
                            + dataset.relativePath());
                    if (earlier != null) {
                        error(dataset, row.pointer(), problems, "this row and " + earlier + " would both be published"
                                + " as " + row.outputPath() + "; give them different values for the fields of "
                                + collection.config().path() + (earlier.startsWith("the page") ? " or change the"
                                + " page's :slug:" : ""));
                        continue;
                    }
                    Optional<ConvertedPage> body = Optional.ofNullable(bodies.get(row.address()));
                    PageSource source = new PageSource.CollectionRow(collection.config(), dataset, row.pointer(),
                            row.row(), row.address(), body);
                    rows.add(route(row.outputPath(), collection.config().template(), row.title(), source, body,
                            dataset));
                }
                routed.add(new SiteMap.CollectionPages(collection.config(), overview, rows));
            }
            return pages.withCollections(routed);
        }

        private Route route(String output, String type, String title, PageSource source,
                            Optional<ConvertedPage> body, Dataset dataset) {
            if (body.isPresent()) {
                return new Route(output, type, title, source, body.get());
            }
            return Route.withoutBody(output, type, title, source, config.contentDirectory(), dataset.relativePath(),
                    title);
        }
    }
}
