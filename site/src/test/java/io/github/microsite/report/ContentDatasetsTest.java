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
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Checks the report's datasets in {@code content/data}: each file against its JSON Schema in
 * {@code content/schemas}, the references between the datasets, the section ids they point to in the chapters,
 * and every {@code cite:ID[]} in the AsciiDoc sources. The negative tests at the end prove the checks fail on
 * small broken inputs.
 *
 * <p>Runs with the site module as working directory; the content folder is {@code ../content}.
 */
class ContentDatasetsTest {

    private static final Path CONTENT = Path.of("..", "content");
    private static final Path DATA = CONTENT.resolve("data");
    private static final Path SCHEMAS = CONTENT.resolve("schemas");
    private static final Path CHAPTERS = CONTENT.resolve("chapters");

    /** The datasets the site relies on; more may exist, fewer may not. */
    private static final List<String> EXPECTED = List.of(
            "sources", "policies", "beijing-benchmarks", "key-figures", "cases", "industries", "tech-stack");

    private static final Pattern INCLUDE = Pattern.compile("(?m)^include::([^\\[\\s]+)\\[");

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
    void everyDatasetValidatesAgainstItsSchema() throws IOException {
        List<String> problems = new ArrayList<>();
        for (Map.Entry<String, JsonNode> e : datasets.entrySet()) {
            String name = e.getKey();
            Path schemaFile = SCHEMAS.resolve(name + ".schema.json");
            if (!Files.isRegularFile(schemaFile)) {
                problems.add("data/" + name + ".json: no schema (expected schemas/" + name + ".schema.json)");
                continue;
            }
            problems.addAll(validate(name, readJson(schemaFile), e.getValue()));
        }
        assertTrue(problems.isEmpty(), report("schema validation failed", problems));
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

    @Test
    void crossReferencesResolve() {
        List<String> problems = DatasetReferenceChecker.check(datasets, ContentDatasetsTest::chapterSectionIds);
        assertTrue(problems.isEmpty(), report("broken references", problems));
    }

    @Test
    void everyCitationNamesAKnownSource() throws IOException {
        Set<String> sourceIds = DatasetReferenceChecker.uniqueIds("sources", datasets.get("sources"), new ArrayList<>());
        assertFalse(sourceIds.isEmpty(), "data/sources.json has no rows");
        List<String> problems = new ArrayList<>();
        try (Stream<Path> files = Files.walk(CONTENT)) {
            for (Path file : files.filter(p -> p.getFileName().toString().endsWith(".adoc")).sorted()
                    .collect(Collectors.toList())) {
                String relative = CONTENT.relativize(file).toString().replace('\\', '/');
                problems.addAll(DatasetReferenceChecker.checkCitations(relative, read(file), sourceIds));
            }
        }
        assertTrue(problems.isEmpty(), report("unknown citation ids", problems));
    }

    // ------------------------------------------------------------------------------------------ negative tests

    @Test
    void duplicateIdIsReported() throws IOException {
        Map<String, JsonNode> data = Map.of("cases", json(
                "{'rows':[{'id':'a','industry':null,'source':'report','figures':[]},"
                        + "{'id':'b','industry':null,'source':'report','figures':[]},"
                        + "{'id':'a','industry':null,'source':'report','figures':[]}]}"),
                "sources", json("{'rows':[{'id':'report'}]}"));
        List<String> problems = DatasetReferenceChecker.check(data, chapter -> Set.of());
        assertEquals(List.of("data/cases.json /rows/2/id: duplicate id 'a' (first used at /rows/0/id)"), problems);
    }

    @Test
    void duplicateIndustrySlugIsReported() throws IOException {
        Map<String, JsonNode> data = Map.of("industries", json(
                "{'rows':[{'slug':'retail','cases':[],'figures':[],'policies':[],'sections':[]},"
                        + "{'slug':'retail','cases':[],'figures':[],'policies':[],'sections':[]}]}"),
                "cases", json("{'rows':[]}"), "key-figures", json("{'rows':[]}"), "policies", json("{'rows':[]}"));
        List<String> problems = DatasetReferenceChecker.check(data, chapter -> Set.of());
        assertEquals(List.of("data/industries.json /rows/1/slug: duplicate slug 'retail' (first used at /rows/0/slug)"),
                problems);
    }

    @Test
    void unknownIndustryIsReported() throws IOException {
        Map<String, JsonNode> data = Map.of(
                "industries", json("{'rows':[{'slug':'retail','cases':['c1'],'figures':[],'policies':[],'sections':[]}]}"),
                "cases", json("{'rows':[{'id':'c1','industry':'retail','source':'report','figures':[]},"
                        + "{'id':'c2','industry':'fishing','source':'report','figures':[]}]}"),
                "sources", json("{'rows':[{'id':'report'}]}"),
                "key-figures", json("{'rows':[]}"), "policies", json("{'rows':[]}"));
        List<String> problems = DatasetReferenceChecker.check(data, chapter -> Set.of());
        assertEquals(List.of("data/cases.json /rows/1/industry: unknown industry 'fishing' "
                + "(known ids are in data/industries.json)"), problems);
    }

    @Test
    void unknownSourceIsReported() throws IOException {
        Map<String, JsonNode> data = Map.of(
                "sources", json("{'rows':[{'id':'report'},{'id':'cnnic-55'}]}"),
                "key-figures", json("{'rows':[{'id':'users','source':'cnnic-55'},{'id':'apps','source':'cnnic-99'}]}"),
                "cases", json("{'rows':[{'id':'c1','industry':null,'source':'nope','figures':['users']}]}"));
        List<String> problems = DatasetReferenceChecker.check(data, chapter -> Set.of());
        assertEquals(List.of(
                "data/cases.json /rows/0/source: unknown source 'nope' (known ids are in data/sources.json)",
                "data/key-figures.json /rows/1/source: unknown source 'cnnic-99' (known ids are in data/sources.json)"),
                problems);
    }

    @Test
    void unknownFigureOfACaseAndUnknownBaselineAreReported() throws IOException {
        Map<String, JsonNode> data = Map.of(
                "sources", json("{'rows':[{'id':'report'}]}"),
                "key-figures", json("{'rows':[{'id':'after','source':'report','baseline':'before','case':'c1'}]}"),
                "cases", json("{'rows':[{'id':'c1','industry':null,'source':'report','figures':['after','gone']}]}"));
        List<String> problems = DatasetReferenceChecker.check(data, chapter -> Set.of());
        assertEquals(List.of(
                "data/cases.json /rows/0/figures/1: unknown figure 'gone' (known ids are in data/key-figures.json)",
                "data/key-figures.json /rows/0/baseline: unknown figure 'before' (known ids are in data/key-figures.json)"),
                problems);
    }

    @Test
    void unknownCaseFigureAndPolicyInIndustryAreReported() throws IOException {
        Map<String, JsonNode> data = Map.of(
                "industries", json("{'rows':[{'slug':'a','cases':[],'figures':[],'policies':[],'sections':[]},"
                        + "{'slug':'b','cases':[],'figures':[],'policies':[],'sections':[]},"
                        + "{'slug':'c','cases':[],'figures':[],'policies':[],'sections':[]},"
                        + "{'slug':'d','cases':['c1','abc'],'figures':['f1','f9'],'policies':['p0'],'sections':[]}]}"),
                "cases", json("{'rows':[{'id':'c1','industry':'d','figures':[]}]}"),
                "key-figures", json("{'rows':[{'id':'f1'}]}"),
                "policies", json("{'rows':[{'id':'p1'}]}"));
        List<String> problems = DatasetReferenceChecker.check(data, chapter -> Set.of());
        assertEquals(List.of(
                "data/industries.json /rows/3/cases/1: unknown case 'abc' (known ids are in data/cases.json)",
                "data/industries.json /rows/3/figures/1: unknown figure 'f9' (known ids are in data/key-figures.json)",
                "data/industries.json /rows/3/policies/0: unknown policy 'p0' (known ids are in data/policies.json)"),
                problems);
    }

    @Test
    void unknownSectionAndChapterAreReported() throws IOException {
        Map<String, JsonNode> data = Map.of(
                "industries", json("{'rows':[{'slug':'finance','cases':[],'figures':[],'policies':[],'sections':["
                        + "'chapters/ch2-industries.adoc#finance',"
                        + "'chapters/ch2-industries.adoc#banking',"
                        + "'chapters/ch9-nowhere.adoc#x',"
                        + "'ch2-industries#finance']}]}"),
                "cases", json("{'rows':[]}"), "key-figures", json("{'rows':[]}"), "policies", json("{'rows':[]}"));
        Map<String, Set<String>> chapters = Map.of("ch2-industries",
                DatasetReferenceChecker.anchorIds("[#finance]\n== 银行与金融\n\n[[finance-abc]]\n=== Chat ABC\n"));
        List<String> problems = DatasetReferenceChecker.check(data, chapters::get);
        assertEquals(List.of(
                "data/industries.json /rows/0/sections/1: unknown section 'banking' (no [#banking] or "
                        + "[[banking]] in content/chapters/ch2-industries.adoc or the files it includes)",
                "data/industries.json /rows/0/sections/2: unknown chapter 'ch9-nowhere' "
                        + "(no file content/chapters/ch9-nowhere.adoc)",
                "data/industries.json /rows/0/sections/3: 'ch2-industries#finance' is not a chapter section "
                        + "(write chapters/<chapter>.adoc#<section-id>)"),
                problems);
    }

    @Test
    void anchorIdsFindsBlockInlineAndAttributeIds() {
        Set<String> ids = DatasetReferenceChecker.anchorIds(
                "[#era-background]\n== 背景\n[#tech-drivers.lead]\n=== 技术\n文字[[inline-one]]和[[inline-two,标签]]\n"
                        + "[id=attr-id]\n=== X\n[[legacy]]\n=== Y\n不是锚点：cite:report[] 与 [#not-at-line-start]\n");
        assertEquals(Set.of("era-background", "tech-drivers", "inline-one", "inline-two", "attr-id", "legacy"), ids);
    }

    @Test
    void unknownCitationIsReported() {
        String adoc = "= 标题\n\n用户规模达 2.49 亿人cite:cnnic-55[]。\n另一个数字cite:cnnic-56[]，再一个cite:report[]。\n";
        List<String> problems = DatasetReferenceChecker.checkCitations("chapters/x.adoc", adoc, Set.of("report", "cnnic-55"));
        assertEquals(List.of("chapters/x.adoc:4: unknown source 'cnnic-56' in cite:cnnic-56[] "
                + "(known ids are in data/sources.json)"), problems);
    }

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

    private static final Map<String, Set<String>> SECTION_CACHE = new HashMap<>();

    /** The explicit ids in {@code content/chapters/<chapter>.adoc} and the files it includes; null if no such file. */
    static Set<String> chapterSectionIds(String chapter) {
        if (!chapter.matches("[a-z0-9]+(-[a-z0-9]+)*")) {
            return null;
        }
        return SECTION_CACHE.computeIfAbsent(chapter, c -> {
            Path file = CHAPTERS.resolve(c + ".adoc");
            if (!Files.isRegularFile(file)) {
                return null;
            }
            Set<String> ids = new LinkedHashSet<>();
            collectIds(file, ids, new LinkedHashSet<>());
            return ids;
        });
    }

    private static void collectIds(Path file, Set<String> ids, Set<Path> seen) {
        Path normal = file.toAbsolutePath().normalize();
        if (!seen.add(normal) || !Files.isRegularFile(normal)) {
            return;
        }
        String text = read(normal);
        ids.addAll(DatasetReferenceChecker.anchorIds(text));
        Matcher m = INCLUDE.matcher(text);
        while (m.find()) {
            collectIds(normal.getParent().resolve(m.group(1)), ids, seen);
        }
    }

    private static String report(String heading, List<String> problems) {
        return heading + " (" + problems.size() + "):\n  " + String.join("\n  ", problems);
    }

    private static JsonNode readJson(Path file) throws IOException {
        return MAPPER.readTree(Files.readString(file, StandardCharsets.UTF_8));
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Parses JSON written with single quotes (test inputs only). */
    private static JsonNode json(String singleQuoted) throws IOException {
        return MAPPER.readTree(singleQuoted.replace('\'', '"'));
    }
}
