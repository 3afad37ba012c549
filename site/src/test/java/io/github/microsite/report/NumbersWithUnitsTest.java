package io.github.microsite.report;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Running text keeps a number with its Chinese unit ("接近 6000 亿元" never ends a line at "6000 亿"): the build wraps
 * them in span.qty, which the theme keeps on one line (site/browser-check/check.js checks the layout at 360 px).
 */
class NumbersWithUnitsTest {

    private static Document page(String path) throws IOException {
        return Jsoup.parse(BuiltSite.directory().resolve(path).toFile(), "UTF-8");
    }

    @Test
    void chapterOneKeepsEachFigureOfItsSentenceWithItsUnit() throws IOException {
        Element paragraph = page("chapters/ch1-landscape/index.html")
                .selectFirst("main p:contains(从产业规模看)");
        assertNotNull(paragraph, "chapter 1's paragraph on the industry's size");
        assertEquals(List.of("2024 年底", "4700 家", "6000 亿元"), paragraph.select("span.qty").eachText());
        assertTrue(paragraph.text().contains("我国人工智能企业已超过 4700 家，核心产业规模接近 6000 亿元"),
                "the sentence reads as written: " + paragraph.text());
    }

    @Test
    void theCoverKeepsItsHeadlineFiguresWhole() throws IOException {
        List<String> quantities = page("index.html").select("main span.qty").eachText();
        assertTrue(quantities.containsAll(List.of("4700 家以上", "6000 亿元")), quantities.toString());
    }

    @Test
    void industryPagesKeepTheQuantitiesOfTheirDatasetTextWhole() throws IOException {
        // Printed by industry.ftl from data/cases.json (content.qty), not converted from AsciiDoc.
        Element kling = page("industries/content-media/index.html").selectFirst("#case-kling-ai-video .case-summary");
        assertNotNull(kling, "the 可灵 AI video case on the content and media page");
        assertTrue(kling.select("span.qty").eachText().containsAll(List.of("2025 年 5 月", "2200 万")),
                kling.select("span.qty").eachText().toString());
    }

    @Test
    void spansAreShortAndNeverInCodeSvgOrAnotherSpan() throws IOException {
        List<Path> pages;
        try (Stream<Path> files = Files.walk(BuiltSite.directory())) {
            pages = files.filter(file -> file.toString().endsWith(".html")).sorted().toList();
        }
        List<String> wrong = new ArrayList<>();
        int count = 0;
        for (Path file : pages) {
            for (Element quantity : Jsoup.parse(file.toFile(), "UTF-8").select("span.qty")) {
                count++;
                String text = quantity.text();
                if (text.length() > 16 || !text.matches("(?U).*\\d.*\\p{IsHan}.*")
                        || quantity.parents().is("code, pre, svg, .qty")) {
                    wrong.add(BuiltSite.directory().relativize(file) + ": " + quantity.outerHtml());
                }
            }
        }
        assertTrue(count > 100, "the report's chapters hold many quantities; found " + count);
        assertEquals(List.of(), wrong);
    }
}
