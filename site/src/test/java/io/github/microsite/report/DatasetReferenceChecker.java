package io.github.microsite.report;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Cross-reference checks over the parsed content datasets (content/data/*.json) and the AsciiDoc sources.
 *
 * <p>Every method returns a list of human-readable problems, each naming the file and a JSON pointer (or a
 * line number for AsciiDoc), e.g.
 * {@code data/industries.json /rows/3/cases/1: unknown case 'abc' (known ids are in data/cases.json)}.
 * An empty list means no problem was found. The class does no I/O, so the checks can be tested with tiny
 * in-memory inputs.
 */
final class DatasetReferenceChecker {

    /** Resolves the explicit section ids of a chapter (the chapter file and the partials it includes). */
    @FunctionalInterface
    interface SectionLookup {
        /** @return the ids declared in {@code content/chapters/<chapter>.adoc}, or {@code null} if there is no such file */
        Set<String> sectionIds(String chapter);
    }

    /** A {@code cite:ID[]} macro; the id is everything up to the bracket. */
    private static final Pattern CITE = Pattern.compile("cite:([^\\[\\s]*)\\[");
    /** {@code [#id]}, {@code [#id.role]}, {@code [#id%option]} at the start of a line. */
    private static final Pattern BLOCK_ANCHOR = Pattern.compile("(?m)^\\[#([A-Za-z0-9_-]+)(?=[\\].%,])");
    /** {@code [[id]]} or {@code [[id,label]]} anywhere. */
    private static final Pattern INLINE_ANCHOR = Pattern.compile("\\[\\[([A-Za-z0-9_-]+)(?:,[^\\]]*)?\\]\\]");
    /** {@code [id=foo]} or {@code [...,id=foo]} block attribute lists at the start of a line. */
    private static final Pattern ID_ATTRIBUTE = Pattern.compile("(?m)^\\[(?:[^\\]\\n]*,)?\\s*id=\"?([A-Za-z0-9_-]+)\"?");

    private DatasetReferenceChecker() {
    }

    /** The field that identifies a row in each dataset (default {@code id}). */
    static String idField(String dataset) {
        switch (dataset) {
            case "industries":
                return "slug";
            case "beijing-benchmarks":
                return "rank";
            default:
                return "id";
        }
    }

    /**
     * Checks ids and references across all datasets.
     *
     * @param datasets dataset name (file name without {@code .json}) to its parsed content
     * @param sections resolves the section ids of a chapter
     */
    static List<String> check(Map<String, JsonNode> datasets, SectionLookup sections) {
        List<String> problems = new ArrayList<>();
        Map<String, Set<String>> ids = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> e : datasets.entrySet()) {
            ids.put(e.getKey(), uniqueIds(e.getKey(), e.getValue(), problems));
        }

        JsonNode cases = datasets.get("cases");
        if (cases != null) {
            forEachRow(cases, (row, ptr) -> {
                JsonNode industry = row.get("industry");
                if (industry != null && industry.isTextual()) {
                    ref(problems, "cases", ptr + "/industry", industry.asText(), "industry", "industries", ids);
                }
                refIfPresent(problems, "cases", ptr + "/source", row.get("source"), "source", "sources", ids);
                refList(problems, "cases", ptr + "/figures", row.get("figures"), "figure", "key-figures", ids);
                section(problems, "cases", ptr + "/section", row.get("section"), sections);
            });
        }

        JsonNode figures = datasets.get("key-figures");
        if (figures != null) {
            forEachRow(figures, (row, ptr) -> {
                JsonNode industry = row.get("industry");
                if (industry != null && industry.isTextual()) {
                    ref(problems, "key-figures", ptr + "/industry", industry.asText(), "industry", "industries", ids);
                }
                refIfPresent(problems, "key-figures", ptr + "/source", row.get("source"), "source", "sources", ids);
                refIfPresent(problems, "key-figures", ptr + "/case", row.get("case"), "case", "cases", ids);
                refIfPresent(problems, "key-figures", ptr + "/baseline", row.get("baseline"), "figure", "key-figures", ids);
                refIfPresent(problems, "key-figures", ptr + "/same_claim_as", row.get("same_claim_as"), "figure",
                        "key-figures", ids);
                section(problems, "key-figures", ptr + "/section", row.get("section"), sections);
            });
        }

        JsonNode industries = datasets.get("industries");
        if (industries != null) {
            forEachRow(industries, (row, ptr) -> {
                refList(problems, "industries", ptr + "/cases", row.get("cases"), "case", "cases", ids);
                refList(problems, "industries", ptr + "/figures", row.get("figures"), "figure", "key-figures", ids);
                refList(problems, "industries", ptr + "/policies", row.get("policies"), "policy", "policies", ids);
                JsonNode secs = row.get("sections");
                if (secs != null && secs.isArray()) {
                    for (int j = 0; j < secs.size(); j++) {
                        section(problems, "industries", ptr + "/sections/" + j, secs.get(j), sections);
                    }
                }
            });
        }

        JsonNode benchmarks = datasets.get("beijing-benchmarks");
        if (benchmarks != null) {
            forEachRow(benchmarks, (row, ptr) -> {
                JsonNode industry = row.get("industry");
                if (industry != null && industry.isTextual()) {
                    ref(problems, "beijing-benchmarks", ptr + "/industry", industry.asText(), "industry", "industries", ids);
                }
                refIfPresent(problems, "beijing-benchmarks", ptr + "/case", row.get("case"), "case", "cases", ids);
            });
        }
        return problems;
    }

    /**
     * Checks every {@code cite:ID[]} in one AsciiDoc text.
     *
     * @param file      the file name to report, relative to the content folder (e.g. {@code chapters/preface.adoc})
     * @param text      the AsciiDoc source
     * @param sourceIds the ids of {@code data/sources.json}
     */
    static List<String> checkCitations(String file, String text, Set<String> sourceIds) {
        List<String> problems = new ArrayList<>();
        String[] lines = text.split("\\R", -1);
        for (int i = 0; i < lines.length; i++) {
            Matcher m = CITE.matcher(lines[i]);
            while (m.find()) {
                String id = m.group(1);
                if (!sourceIds.contains(id)) {
                    problems.add(file + ":" + (i + 1) + ": unknown source '" + id + "' in cite:" + id
                            + "[] (known ids are in data/sources.json)");
                }
            }
        }
        return problems;
    }

    /** The explicit ids declared in an AsciiDoc text: {@code [#id]}, {@code [[id]]} and {@code [id=...]}. */
    static Set<String> anchorIds(String text) {
        Set<String> found = new LinkedHashSet<>();
        for (Pattern p : List.of(BLOCK_ANCHOR, INLINE_ANCHOR, ID_ATTRIBUTE)) {
            Matcher m = p.matcher(text);
            while (m.find()) {
                found.add(m.group(1));
            }
        }
        return found;
    }

    /** The ids of a dataset's rows as text, reporting duplicates. */
    static Set<String> uniqueIds(String dataset, JsonNode data, List<String> problems) {
        String field = idField(dataset);
        Map<String, String> firstAt = new LinkedHashMap<>();
        forEachRow(data, (row, ptr) -> {
            JsonNode id = row.get(field);
            if (id == null || id.isNull()) {
                return; // the schema reports a missing id
            }
            String key = id.asText();
            String previous = firstAt.putIfAbsent(key, ptr + "/" + field);
            if (previous != null) {
                problems.add("data/" + dataset + ".json " + ptr + "/" + field + ": duplicate " + field + " '" + key
                        + "' (first used at " + previous + ")");
            }
        });
        return Collections.unmodifiableSet(firstAt.keySet());
    }

    private interface RowVisitor {
        void visit(JsonNode row, String pointer);
    }

    private static void forEachRow(JsonNode data, RowVisitor visitor) {
        JsonNode rows = data == null ? null : data.get("rows");
        if (rows == null || !rows.isArray()) {
            return;
        }
        for (int i = 0; i < rows.size(); i++) {
            JsonNode row = rows.get(i);
            if (row != null && row.isObject()) {
                visitor.visit(row, "/rows/" + i);
            }
        }
    }

    private static void refIfPresent(List<String> problems, String dataset, String pointer, JsonNode value,
                                     String what, String target, Map<String, Set<String>> ids) {
        if (value != null && value.isValueNode() && !value.isNull()) {
            ref(problems, dataset, pointer, value.asText(), what, target, ids);
        }
    }

    private static void refList(List<String> problems, String dataset, String pointer, JsonNode list,
                                String what, String target, Map<String, Set<String>> ids) {
        if (list == null || !list.isArray()) {
            return;
        }
        for (int j = 0; j < list.size(); j++) {
            refIfPresent(problems, dataset, pointer + "/" + j, list.get(j), what, target, ids);
        }
    }

    private static void ref(List<String> problems, String dataset, String pointer, String value,
                            String what, String target, Map<String, Set<String>> ids) {
        Set<String> known = ids.get(target);
        if (known == null) {
            problems.add("data/" + dataset + ".json " + pointer + ": " + what + " '" + value
                    + "' cannot be resolved: data/" + target + ".json is missing");
        } else if (!known.contains(value)) {
            problems.add("data/" + dataset + ".json " + pointer + ": unknown " + what + " '" + value
                    + "' (known ids are in data/" + target + ".json)");
        }
    }

    /** A page reference ({@code x-page}): {@code chapters/<chapter>.adoc#<section>}. */
    private static final Pattern PAGE = Pattern.compile("chapters/([a-z0-9]+(?:-[a-z0-9]+)*)\\.adoc#(.+)");

    private static void section(List<String> problems, String dataset, String pointer, JsonNode section,
                                SectionLookup sections) {
        if (section == null || !section.isTextual()) {
            return;
        }
        Matcher page = PAGE.matcher(section.asText());
        if (!page.matches()) {
            problems.add("data/" + dataset + ".json " + pointer + ": '" + section.asText()
                    + "' is not a chapter section (write chapters/<chapter>.adoc#<section-id>)");
            return;
        }
        String chapter = page.group(1);
        String id = page.group(2);
        Set<String> declared = sections.sectionIds(chapter);
        if (declared == null) {
            problems.add("data/" + dataset + ".json " + pointer + ": unknown chapter '" + chapter
                    + "' (no file content/chapters/" + chapter + ".adoc)");
        } else if (!declared.contains(id)) {
            problems.add("data/" + dataset + ".json " + pointer + ": unknown section '" + id
                    + "' (no [#" + id + "] or [[" + id + "]] in content/chapters/" + chapter
                    + ".adoc or the files it includes)");
        }
    }
}
