package io.github.microsite.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.PathType;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What the build does not check about the report's datasets: that the datasets the site relies on exist, that no
 * schema is orphaned, and that the report's schemas are strict enough to reject broken rows. Schema validation, keys,
 * references between datasets, section links ({@code x-key}/{@code x-ref}/{@code x-page}) and {@code cite:} ids are
 * checked by every build of the site (plugin: validate/, link/), with their own fixture tests there.
 *
 * <p>Runs with the site module as working directory; the content folder is {@code ../content}.
 */
class ContentDatasetsTest {

    private static final Path CONTENT = Path.of("..", "content");
    private static final Path DATA = CONTENT.resolve("data");
    private static final Path SCHEMAS = CONTENT.resolve("schemas");

    /** The datasets the site relies on; more may exist, fewer may not. */
    private static final List<String> EXPECTED = List.of(
            "sources", "policies", "beijing-benchmarks", "key-figures", "cases", "industries", "tech-stack");

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final JsonSchemaFactory FACTORY = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);
    private static final SchemaValidatorsConfig CONFIG = SchemaValidatorsConfig.builder()
            .pathType(PathType.JSON_POINTER)
            .build();

    private static Map<String, JsonNode> datasets;

    @BeforeAll
    static void loadDatasets() throws IOException {
        datasets = new TreeMap<>();
        try (Stream<Path> files = Files.list(DATA)) {
            for (Path file : files.filter(p -> p.getFileName().toString().endsWith(".json")).sorted()
                    .collect(Collectors.toList())) {
                String name = file.getFileName().toString().replaceFirst("\\.json$", "");
                datasets.put(name, readJson(file));
            }
        }
    }

    // ------------------------------------------------------------------------------------------- real content

    @Test
    void expectedDatasetsExist() {
        List<String> missing = EXPECTED.stream().filter(n -> !datasets.containsKey(n)).collect(Collectors.toList());
        assertTrue(missing.isEmpty(), "missing datasets in content/data: " + missing);
    }

    @Test
    void everySchemaBelongsToADataset() throws IOException {
        try (Stream<Path> files = Files.list(SCHEMAS)) {
            List<String> orphans = files.map(p -> p.getFileName().toString())
                    .filter(n -> n.endsWith(".schema.json"))
                    .map(n -> n.substring(0, n.length() - ".schema.json".length()))
                    .filter(n -> !datasets.containsKey(n))
                    .sorted()
                    .collect(Collectors.toList());
            assertTrue(orphans.isEmpty(), "schemas without a dataset in content/data: " + orphans);
        }
    }

    // ------------------------------------------------------------------------------------------ negative tests

    @Test
    void schemaRejectsBrokenRows() throws IOException {
        JsonNode schema = readJson(SCHEMAS.resolve("key-figures.schema.json"));
        JsonNode broken = json("{'title':'t','description':'d','source':'s','units':{},'rows':["
                + "{'id':'ok-one','label':'l','value':1,'unit':'%','kind':'share','direction':'level','industry':null,"
                + "'organisation':null,'as_of':'2025-06','reported_in':'2025','source':'report','section':'chapters/a.adoc#b'},"
                + "{'id':'Bad_Id','label':'l','value':'2.49','unit':'亿人','kind':'share','direction':'level','industry':null,"
                + "'organisation':null,'as_of':'2025/06','reported_in':'2025','source':'report','section':'chapters/a.adoc#b',"
                + "'extra':1}]}");
        List<String> problems = validate("key-figures", schema, broken);
        String all = String.join("\n", problems);
        assertTrue(problems.stream().allMatch(p -> p.startsWith("data/key-figures.json at /rows/1")), all);
        assertTrue(all.contains("at /rows/1/id:"), all);
        assertTrue(all.contains("at /rows/1/value:"), all);
        assertTrue(all.contains("at /rows/1/as_of:"), all);
        assertTrue(all.contains("extra"), all);
    }

    // ---------------------------------------------------------------------------------------------- helpers

    /** Validates one dataset; each problem reads {@code data/<name>.json at <json pointer>: <message>}. */
    static List<String> validate(String name, JsonNode schemaNode, JsonNode data) {
        JsonSchema schema = FACTORY.getSchema(schemaNode, CONFIG);
        Set<ValidationMessage> messages = schema.validate(data);
        return messages.stream()
                .map(m -> {
                    String pointer = m.getInstanceLocation().toString();
                    return "data/" + name + ".json at " + (pointer.isEmpty() ? "/" : pointer) + ": " + m.getError();
                })
                .sorted()
                .collect(Collectors.toList());
    }

    private static String report(String heading, List<String> problems) {
        return heading + " (" + problems.size() + "):\n  " + String.join("\n  ", problems);
    }

    private static JsonNode readJson(Path file) throws IOException {
        return MAPPER.readTree(Files.readString(file, StandardCharsets.UTF_8));
    }

    /** Parses JSON written with single quotes (test inputs only). */
    private static JsonNode json(String singleQuoted) throws IOException {
        return MAPPER.readTree(singleQuoted.replace('\'', '"'));
    }
}
