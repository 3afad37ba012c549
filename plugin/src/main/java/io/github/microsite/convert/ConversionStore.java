package io.github.microsite.convert;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.microsite.model.Problem;
import io.github.microsite.model.Section;
import io.github.microsite.model.Severity;
import io.github.microsite.model.SourceFile;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Converted pages kept on disk between builds, one JSON file per page named after its path. It is a cache: a file
 * that cannot be read is a miss, one that cannot be written is skipped, and the build never fails because of it.
 */
final class ConversionStore {

    private static final String SUFFIX = ".json";

    private final ObjectMapper json = new ObjectMapper();
    private final Path folder;
    private final Path contentDirectory;

    ConversionStore(Path folder, Path contentDirectory) {
        this.folder = folder;
        this.contentDirectory = contentDirectory;
    }

    Optional<ConversionCache.Entry> read(String relativePath) {
        Path file = fileOf(relativePath);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            JsonNode root = json.readTree(file.toFile());
            if (!relativePath.equals(root.path("source").asText())) {
                return Optional.empty();
            }
            return Optional.of(new ConversionCache.Entry(root.path("fingerprint").asText(), page(root),
                    problems(root.path("problems"))));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    void write(String relativePath, ConversionCache.Entry entry) {
        ObjectNode root = json.createObjectNode();
        root.put("source", relativePath);
        root.put("fingerprint", entry.fingerprint());
        ConvertedPage page = entry.page();
        root.put("title", page.title());
        ArrayNode includes = root.putArray("includes");
        page.includes().forEach(include -> includes.add(include.relativePath()));
        ObjectNode attributes = root.putObject("attributes");
        new java.util.TreeMap<>(page.attributes()).forEach(attributes::put);
        root.put("body", page.body());
        root.set("sections", sections(page.sections()));
        ArrayNode problems = root.putArray("problems");
        for (Problem problem : entry.problems()) {
            problems.addObject().put("severity", problem.severity().name()).put("file", problem.file())
                    .put("line", problem.line()).put("column", problem.column()).put("pointer", problem.pointer())
                    .put("message", problem.message());
        }
        try {
            Files.createDirectories(folder);
            Path partial = Files.createTempFile(folder, "page", ".partial");
            json.writeValue(partial.toFile(), root);
            Files.move(partial, fileOf(relativePath), StandardCopyOption.REPLACE_EXISTING,
                    StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            // A cache that cannot be written costs the next build time, nothing else.
        }
    }

    /** Forgets pages that are gone, so the folder does not grow with every renamed file. */
    void keepOnly(Set<String> relativePaths) {
        if (!Files.isDirectory(folder)) {
            return;
        }
        Set<Path> keep = relativePaths.stream().map(this::fileOf).collect(Collectors.toSet());
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.toList()) {
                if (!keep.contains(file)) {
                    Files.deleteIfExists(file);
                }
            }
        } catch (IOException e) {
            // Stale entries are never read (each names its page and fingerprint); they only take space.
        }
    }

    private Path fileOf(String relativePath) {
        return folder.resolve(ConversionCache.sha256(relativePath).substring(0, 32) + SUFFIX);
    }

    private ConvertedPage page(JsonNode root) {
        String relativePath = root.path("source").asText();
        List<SourceFile> includes = new ArrayList<>();
        root.path("includes").forEach(include -> includes.add(source(include.asText())));
        Map<String, String> attributes = new LinkedHashMap<>();
        root.path("attributes").fields().forEachRemaining(field -> attributes.put(field.getKey(),
                field.getValue().asText()));
        return new ConvertedPage(source(relativePath), includes, root.path("title").asText(), attributes,
                root.path("body").asText(), sections(root.path("sections")));
    }

    private SourceFile source(String relativePath) {
        return new SourceFile(contentDirectory.resolve(relativePath), relativePath);
    }

    private ArrayNode sections(List<Section> sections) {
        ArrayNode array = json.createArrayNode();
        for (Section section : sections) {
            ObjectNode node = array.addObject().put("id", section.id()).put("title", section.title())
                    .put("level", section.level()).put("line", section.line()).put("number", section.number());
            node.set("children", sections(section.children()));
        }
        return array;
    }

    private static List<Section> sections(JsonNode array) {
        List<Section> sections = new ArrayList<>();
        for (JsonNode node : array) {
            sections.add(new Section(node.path("id").asText(), node.path("title").asText(), node.path("level").asInt(),
                    node.path("line").asInt(), sections(node.path("children")), node.path("number").asText()));
        }
        return sections;
    }

    private static List<Problem> problems(JsonNode array) {
        List<Problem> problems = new ArrayList<>();
        for (JsonNode node : array) {
            problems.add(new Problem(Severity.valueOf(node.path("severity").asText()), node.path("file").asText(),
                    node.path("line").asInt(), node.path("column").asInt(), node.path("pointer").asText(),
                    node.path("message").asText()));
        }
        return problems;
    }
}
