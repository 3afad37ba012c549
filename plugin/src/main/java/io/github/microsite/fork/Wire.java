package io.github.microsite.fork;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.microsite.model.CollectionConfig;
import io.github.microsite.model.ContentLayout;
import io.github.microsite.model.SiteConfig;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The text that crosses between the two JVMs, one JSON object per line: the request (with whether debug lines are
 * wanted), then from the child its log lines ({@code {"log":"info","text":…}}) and its end ({@code {"end":"FAILED",
 * "text":…}}). Written out field by field rather than by reflection, so that what crosses is visible here.
 */
final class Wire {

    private static final ObjectMapper JSON = new ObjectMapper();

    private Wire() {
    }

    /** The request, as the child reads it from its standard input. */
    record Request(BuildRequest build, boolean debug) {
    }

    /** A line from the child: a log line (level and text), or its end (outcome). */
    record Event(Optional<String> level, String text, Optional<Outcome> end) {
    }

    static String request(BuildRequest request, boolean debug) {
        ObjectNode root = JSON.createObjectNode();
        root.put("debug", debug);
        root.put("contentAsNamed", request.contentAsNamed().toString());
        root.put("check", request.check());
        root.set("skipRules", strings(request.skipRules()));
        root.set("config", config(request.config()));
        return line(root);
    }

    static Request readRequest(String line) {
        JsonNode root = parse(line);
        BuildRequest build = new BuildRequest(config(root.get("config")), Path.of(root.get("contentAsNamed").asText()),
                root.get("check").asBoolean(), stringMap(root.get("skipRules")));
        return new Request(build, root.get("debug").asBoolean());
    }

    static String log(String level, String text) {
        ObjectNode event = JSON.createObjectNode();
        event.put("log", level);
        event.put("text", text);
        return line(event);
    }

    static String end(Outcome outcome) {
        ObjectNode event = JSON.createObjectNode();
        event.put("end", outcome.kind().name());
        event.put("text", outcome.message());
        return line(event);
    }

    /** @throws IllegalArgumentException when the line is not an event of this wire (something else wrote it) */
    static Event readEvent(String line) {
        JsonNode event = parse(line);
        if (event.hasNonNull("log") && event.hasNonNull("text")) {
            return new Event(Optional.of(event.get("log").asText()), event.get("text").asText(), Optional.empty());
        }
        if (event.hasNonNull("end") && event.hasNonNull("text")) {
            Outcome outcome = new Outcome(Outcome.Kind.valueOf(event.get("end").asText()), event.get("text").asText());
            return new Event(Optional.empty(), outcome.message(), Optional.of(outcome));
        }
        throw new IllegalArgumentException("not an event: " + line);
    }

    private static ObjectNode config(SiteConfig config) {
        ObjectNode node = JSON.createObjectNode();
        node.put("contentDirectory", config.contentDirectory().toString());
        node.put("outputDirectory", config.outputDirectory().toString());
        config.themeDirectory().ifPresent(theme -> node.put("themeDirectory", theme.toString()));
        node.put("siteTitle", config.siteTitle());
        node.put("language", config.language());
        node.put("basePath", config.basePath());
        config.siteUrl().ifPresent(url -> node.put("siteUrl", url));
        node.set("includes", strings(config.includes()));
        node.set("excludes", strings(config.excludes()));
        node.set("attributes", strings(config.attributes()));
        node.put("failOnWarnings", config.failOnWarnings());
        node.put("force", config.force());
        config.project().ifPresent(project -> {
            node.put("projectBase", project.baseDirectory().toString());
            node.put("projectBuild", project.buildDirectory().toString());
        });
        ArrayNode collections = node.putArray("collections");
        for (CollectionConfig collection : config.collections()) {
            ObjectNode entry = collections.addObject();
            entry.put("dataset", collection.dataset());
            entry.put("template", collection.template());
            entry.put("path", collection.path());
            collection.titleField().ifPresent(value -> entry.put("titleField", value));
            collection.descriptionField().ifPresent(value -> entry.put("descriptionField", value));
            collection.sort().ifPresent(value -> entry.put("sort", value));
            collection.overview().ifPresent(value -> entry.put("overview", value));
            collection.overviewTemplate().ifPresent(value -> entry.put("overviewTemplate", value));
        }
        ContentLayout layout = config.layout();
        layout.masterFile().ifPresent(value -> node.put("masterFile", value));
        layout.navFile().ifPresent(value -> node.put("navFile", value));
        node.set("readingOrder", strings(layout.readingOrder()));
        node.set("staticFiles", strings(layout.staticFiles()));
        ArrayNode directories = node.putArray("staticDirectories");
        for (ContentLayout.StaticDirectory directory : layout.staticDirectories()) {
            directories.addObject().put("directory", directory.directory().toString())
                    .put("sitePath", directory.sitePath());
        }
        node.put("threads", config.threads());
        return node;
    }

    private static SiteConfig config(JsonNode node) {
        List<CollectionConfig> collections = new ArrayList<>();
        for (JsonNode entry : node.get("collections")) {
            collections.add(new CollectionConfig(entry.get("dataset").asText(), entry.get("template").asText(),
                    entry.get("path").asText(), text(entry, "titleField"), text(entry, "descriptionField"),
                    text(entry, "sort"), text(entry, "overview"), text(entry, "overviewTemplate")));
        }
        List<ContentLayout.StaticDirectory> directories = new ArrayList<>();
        for (JsonNode entry : node.get("staticDirectories")) {
            directories.add(new ContentLayout.StaticDirectory(Path.of(entry.get("directory").asText()),
                    entry.get("sitePath").asText()));
        }
        Optional<SiteConfig.ProjectFolders> project = text(node, "projectBase").map(base ->
                new SiteConfig.ProjectFolders(Path.of(base), Path.of(node.get("projectBuild").asText())));
        return new SiteConfig(Path.of(node.get("contentDirectory").asText()),
                Path.of(node.get("outputDirectory").asText()), text(node, "themeDirectory").map(Path::of),
                text(node, "siteTitle").orElse(null), text(node, "language").orElse(null),
                node.get("basePath").asText(),
                text(node, "siteUrl"), stringList(node.get("includes")), stringList(node.get("excludes")),
                stringMap(node.get("attributes")), node.get("failOnWarnings").asBoolean(),
                node.get("force").asBoolean(), project, collections,
                new ContentLayout(text(node, "masterFile"), text(node, "navFile"),
                        stringList(node.get("readingOrder")), stringList(node.get("staticFiles")), directories),
                node.get("threads").asInt());
    }

    /** Absent or null: empty (a parameter Maven left unset crosses as null). */
    private static Optional<String> text(JsonNode node, String field) {
        return node.hasNonNull(field) ? Optional.of(node.get(field).asText()) : Optional.empty();
    }

    private static ArrayNode strings(List<String> values) {
        ArrayNode array = JSON.createArrayNode();
        values.forEach(array::add);
        return array;
    }

    private static ObjectNode strings(Map<String, String> values) {
        ObjectNode object = JSON.createObjectNode();
        values.forEach(object::put);
        return object;
    }

    private static List<String> stringList(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(value -> values.add(value.asText()));
        return values;
    }

    private static Map<String, String> stringMap(JsonNode object) {
        Map<String, String> values = new LinkedHashMap<>();
        // A Maven parameter such as <skipRules><rule/></skipRules> has a null value: it crosses as null.
        object.fields().forEachRemaining(field -> values.put(field.getKey(),
                field.getValue().isNull() ? null : field.getValue().asText()));
        return values;
    }

    private static JsonNode parse(String line) {
        try {
            JsonNode node = JSON.readTree(line);
            if (node == null || !node.isObject()) {
                throw new IllegalArgumentException("not a JSON object: " + line);
            }
            return node;
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not a JSON object: " + line, e);
        }
    }

    /** JSON escapes line breaks inside strings, so an object is always one line. */
    private static String line(JsonNode node) {
        try {
            return JSON.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
