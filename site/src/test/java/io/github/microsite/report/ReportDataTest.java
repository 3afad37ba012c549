package io.github.microsite.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The datasets say what the report says, in a shape a reader can chart: one row per fact, every figure typed and
 * placed, dates only where the report gives them, and the site's own remarks kept apart from the report's.
 */
class ReportDataTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static Map<String, JsonNode> figures;
    private static Map<String, JsonNode> cases;
    private static Map<String, JsonNode> sources;
    private static JsonNode industries;

    @BeforeAll
    static void load() throws IOException {
        figures = rowsById("key-figures", "id");
        cases = rowsById("cases", "id");
        sources = rowsById("sources", "id");
        industries = dataset("industries").path("rows");
    }

    private static JsonNode dataset(String name) throws IOException {
        return MAPPER.readTree(BuiltSite.content().resolve("data/" + name + ".json").toFile());
    }

    private static Map<String, JsonNode> rowsById(String name, String key) throws IOException {
        Map<String, JsonNode> rows = new LinkedHashMap<>();
        for (JsonNode row : dataset(name).path("rows")) {
            rows.put(row.path(key).asText(), row);
        }
        return rows;
    }

    private static JsonNode figure(String id) {
        JsonNode row = figures.get(id);
        assertNotNull(row, "key-figures.json has a row " + id);
        return row;
    }

    @Test
    void theCoreIndustryDoublingIsStoredAsTwiceTheSizeOfFourYearsBefore() {
        JsonNode growth = figure("ai-core-industry-growth");
        assertEquals("ratio", growth.path("kind").asText());
        assertEquals(2.0, growth.path("value").asDouble());
        assertTrue(growth.path("relative_to").asText().contains("四年前"), growth.toString());
        assertTrue(growth.path("display").asText().contains("翻一番"), growth.toString());
        // "增长 2 倍" reads as tripled in Chinese statistical usage; no figure may be labelled that way.
        for (JsonNode row : figures.values()) {
            if ("倍".equals(row.path("unit").asText())) {
                assertEquals("ratio", row.path("kind").asText(), row.path("id").asText() + " counts in 倍, so it is a ratio");
                assertFalse(row.path("label").asText().contains("增长倍数"), row.path("id") + ": " + row.path("label"));
            }
        }
    }

    @Test
    void oneInNRatiosAreStoredAsFractionsSoSmallerChartsSmaller() {
        List<String> checked = new ArrayList<>();
        for (JsonNode row : figures.values()) {
            if (row.has("one_in")) {
                double expected = 1.0 / row.path("one_in").asInt();
                assertEquals(expected, row.path("value").asDouble(), 0.0005, row.path("id").asText());
                assertTrue(row.path("value").asDouble() < 1, row.path("id").asText());
                checked.add(row.path("id").asText());
            }
        }
        assertTrue(checked.contains("deepseek-r1-training-cost"), "the 1/27 training cost is stored as one part in 27");
        assertTrue(figure("deepseek-inference-cost-ratio").path("value").asDouble()
                < figure("deepseek-training-cost-ratio").path("value").asDouble(), "1/30 charts shorter than 1/10");
    }

    @Test
    void asOfIsGivenOnlyWhereTheReportStatesATime() {
        for (JsonNode row : figures.values()) {
            String id = row.path("id").asText();
            assertEquals("2025", row.path("reported_in").asText(), id + " is reported in the report's year");
            assertFalse(row.path("note").asText().contains("取报告年份"), id + " still explains an invented date");
            if (row.path("as_of").asText().equals(row.path("reported_in").asText())) {
                assertTrue(row.has("as_of_text"), id + ": as_of equals the report's year; quote the report's words for it");
            }
        }
        for (String undated : List.of("bci-decode-time", "kling-p-revenue-share", "hunyuan-efficiency",
                "educate-girls-reenrolled", "ai-anchor-brands", "brands-content-demand")) {
            assertFalse(figure(undated).has("as_of"), undated + ": the report gives no time for it");
        }
    }

    @Test
    void theInternetPenetrationDateIsTheReportsEarly2025() {
        JsonNode penetration = figure("internet-penetration");
        assertEquals("2025", penetration.path("as_of").asText());
        assertEquals("2025 年初", penetration.path("as_of_text").asText());
        assertTrue(penetration.path("editor_note").asText().contains("本站补充"), penetration.toString());
    }

    @Test
    void theTwoMiitPlansKeepTheReportsYearAndCarryTheRealDate() {
        for (String id : List.of("miit-14th-fyp-software", "miit-14th-fyp-big-data")) {
            JsonNode plan = sources.get(id);
            assertNotNull(plan, id);
            assertEquals("2024", plan.path("date").asText(), id + " keeps the year the report gives");
            assertEquals("2021-11-30", plan.path("issued").asText(), id);
            assertTrue(plan.path("editor_note").asText().contains("2021 年 11 月 30 日"), id);
            assertTrue(values(plan.path("site_added")).contains("issued"), id);
        }
    }

    @Test
    void metadataTheReportDoesNotGiveIsMarkedAsAddedByTheSite() {
        assertTrue(values(sources.get("cnnic-55").path("site_added")).contains("date"));
        assertTrue(values(sources.get("state-council-ai-plan-2017").path("site_added")).containsAll(Set.of("publisher", "date")));
        assertTrue(values(sources.get("cac-interim-measures-2023").path("site_added")).contains("date"));
        // The report names Artificial Analysis' May 2025 list itself: nothing there is the site's.
        assertFalse(sources.get("artificial-analysis-2025-05").has("site_added"));
    }

    @Test
    void the22MillionUsersAreOneClaimRecordedTwice() {
        JsonNode chapterOne = figure("kling-global-users");
        JsonNode chapterTwo = figure("kling-video-users");
        assertEquals(chapterOne.path("value"), chapterTwo.path("value"));
        assertEquals("kling-video-users", chapterOne.path("same_claim_as").asText());
        assertEquals("kling-global-users", chapterTwo.path("same_claim_as").asText());
        assertTrue(chapterOne.path("editor_note").asText().contains("不能相加"));
        assertTrue(chapterTwo.path("editor_note").asText().contains("不能相加"));
    }

    @Test
    void everyFigureIsTypedAndPlaced() {
        Set<String> kinds = Set.of("count", "share", "ratio", "money", "duration", "rank", "score");
        Set<String> directions = Set.of("increase", "decrease", "level");
        for (JsonNode row : figures.values()) {
            String id = row.path("id").asText();
            assertTrue(kinds.contains(row.path("kind").asText()), id);
            assertTrue(directions.contains(row.path("direction").asText()), id);
            assertTrue(row.has("industry") && row.has("organisation"), id);
            assertTrue(row.path("section").asText().matches("chapters/[a-z0-9-]+\\.adoc#[a-z0-9-]+"), id);
        }
    }

    @Test
    void caseMetricsLiveOnceInKeyFiguresAndPointBack() {
        int referenced = 0;
        for (JsonNode caseRow : cases.values()) {
            assertFalse(caseRow.has("metrics"), caseRow.path("id") + " still keeps its own metrics");
            for (JsonNode id : caseRow.path("figures")) {
                JsonNode row = figure(id.asText());
                assertEquals(caseRow.path("id").asText(), row.path("case").asText(), id + " points back to its case");
                assertEquals(caseRow.path("industry"), row.path("industry"), id + " is in its case's industry");
                referenced++;
            }
        }
        for (JsonNode row : figures.values()) {
            if (row.has("case")) {
                JsonNode caseRow = cases.get(row.path("case").asText());
                assertTrue(values(caseRow.path("figures")).contains(row.path("id").asText()),
                        row.path("id") + " is listed by its case " + row.path("case"));
            }
        }
        // The 24 metrics that once lived only in cases.json, among them JD's 80 % / 3 s / 30 %.
        for (String id : List.of("jd-faq-coverage", "jd-response-time", "jd-labour-cost-cut", "crv-weekly-hours-saved",
                "crv-report-usage-multiple", "hunyuan-delivery-before", "hunyuan-delivery-after",
                "lovart-design-time-before", "lovart-cost-cut")) {
            figure(id);
        }
        assertEquals(figure("lovart-design-time-before").path("id").asText(), figure("lovart-design-time").path("baseline").asText());
        assertTrue(referenced >= 60, "cases reference their figures: " + referenced);
    }

    @Test
    void eachIndustryListsAllItsFiguresAndCases() {
        for (JsonNode industry : industries) {
            String slug = industry.path("slug").asText();
            assertEquals(idsWhere(figures, slug), values(industry.path("figures")), slug + " figures");
            assertEquals(idsWhere(cases, slug), values(industry.path("cases")), slug + " cases");
            assertEquals("chapters/ch2-industries.adoc#" + slug, industry.path("sections").path(0).asText(), slug);
        }
    }

    @Test
    void contentMediaFiguresAreNotMostlyKuaishousOwn() {
        List<String> contentMedia = idsWhere(figures, "content-media");
        long kuaishou = contentMedia.stream().map(ReportDataTest::figure)
                .filter(row -> row.path("organisation").asText().contains("快手")).count();
        assertTrue(contentMedia.size() >= 10, contentMedia.toString());
        assertTrue(kuaishou * 2 <= contentMedia.size(), kuaishou + " of " + contentMedia.size() + " are Kling/Kuaishou figures");
    }

    @Test
    void theSitesOwnClaimsAreGoneFromTheCases() {
        for (JsonNode caseRow : cases.values()) {
            assertFalse(caseRow.path("summary").asText().contains("份额领先"), caseRow.path("id").asText());
        }
        assertTrue(cases.get("kling-ai-video").path("summary").asText().contains("30.7%"));
    }

    @Test
    void benchmarksHaveASectorAndPoliciesAFocusAndLevel() throws IOException {
        for (JsonNode row : dataset("beijing-benchmarks").path("rows")) {
            assertFalse(row.path("sector").asText().isBlank(), row.toString());
        }
        Set<String> municipalities = Set.of("北京市", "天津市", "上海市", "重庆市");
        for (JsonNode row : dataset("policies").path("rows")) {
            assertFalse(row.path("focus").asText().isBlank(), row.toString());
            String expected = municipalities.contains(row.path("province").asText()) ? "city" : "province";
            assertEquals(expected, row.path("level").asText(), row.path("id").asText());
        }
    }

    private static List<String> idsWhere(Map<String, JsonNode> rows, String industry) {
        return rows.values().stream().filter(row -> industry.equals(row.path("industry").asText(null)))
                .map(row -> row.path("id").asText()).collect(Collectors.toList());
    }

    private static List<String> values(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(value -> values.add(value.asText()));
        return values;
    }
}
