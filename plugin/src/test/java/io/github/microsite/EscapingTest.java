package io.github.microsite;

import io.github.microsite.model.SiteConfig;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every field a template prints from the author's input (configuration, header attributes, titles, dataset strings)
 * reaches the reader as text: markup in it never becomes an element, an attribute or a script.
 */
@ExtendWith(FixtureSites.Extension.class)
class EscapingTest {

    private static final String SCRIPT = "<script>alert(1)</script>";
    private static final String BREAKOUT = "\"><img src=x onerror=alert(2)>";
    private static final String CLOSE_TITLE = "</title><b>bold</b>";

    @TempDir
    Path root;
    private Document home;
    private Document chapter;
    private String chapterHtml;

    @BeforeEach
    void build(FixtureSites sites) throws Exception {
        Path content = root.resolve("content");
        Files.createDirectories(content.resolve("data"));
        Files.writeString(content.resolve("index.adoc"), "= Home\n:nav-order: 0\n:jbake-type: home\n\nWelcome.\n");
        Files.writeString(content.resolve("chapter.adoc"), "= Chapter " + SCRIPT + "\n:nav-order: 1\n"
                + ":nav-title: Nav " + CLOSE_TITLE + "\n:description: " + BREAKOUT + " R&D\n\n"
                + "[#sec]\n== Section " + BREAKOUT + "\n\nA claim.cite:src[]\n");
        Files.writeString(content.resolve("last.adoc"), "= Last " + BREAKOUT + "\n:nav-order: 2\n\nEnd.\n");
        Files.writeString(content.resolve("data/sources.json"), "{\"rows\": [{\"id\": \"src\", \"publisher\": \""
                + BREAKOUT.replace("\"", "\\\"") + "\", \"title\": \"" + SCRIPT.replace("/", "\\/") + "\"}]}\n");
        SiteConfig config = new SiteConfig(content, root.resolve("out"), Optional.empty(), "Site " + BREAKOUT
                + CLOSE_TITLE, "en", "/", Optional.empty(), List.of(), List.of(), Map.of(
                "site-credit", "Credit " + SCRIPT, "site-subtitle", "Subtitle " + BREAKOUT,
                "sources-title", "Sources " + CLOSE_TITLE));
        BuildResult result = sites.build(config);
        assertTrue(result.published(), result.problems().toString());
        home = Jsoup.parse(read("index.html"));
        chapterHtml = read("chapter/index.html");
        chapter = Jsoup.parse(chapterHtml);
    }

    @Test
    void theSiteTitleIsText() {
        assertEquals("Site " + BREAKOUT + CLOSE_TITLE, chapter.selectFirst(".site-title").text());
        assertTrue(chapter.title().endsWith("Site " + BREAKOUT + CLOSE_TITLE), chapter.title());
    }

    @Test
    void thePageTitleIsText() {
        assertEquals("Chapter " + SCRIPT, chapter.selectFirst("h1").text());
        assertTrue(chapter.title().startsWith("Chapter " + SCRIPT), chapter.title());
    }

    @Test
    void theDescriptionIsTextAndEscapedOnce() {
        assertEquals(BREAKOUT + " R&D", chapter.selectFirst("meta[name=description]").attr("content"));
        assertFalse(chapterHtml.contains("&amp;amp;"), "escaped twice");
    }

    @Test
    void navigationTitlesAreText() {
        assertEquals("Nav " + CLOSE_TITLE, chapter.selectFirst(".chapter-nav a[aria-current]").text());
        assertEquals("Last " + BREAKOUT, chapter.selectFirst(".prev-next .next .prev-next-title").text());
    }

    @Test
    void tableOfContentsTitlesAreText() {
        assertEquals("Section " + BREAKOUT, chapter.selectFirst("nav.toc a[href=#sec]").text());
    }

    @Test
    void siteAttributesAreText() {
        assertEquals("Credit " + SCRIPT, chapter.selectFirst(".credit").text());
        assertEquals("Subtitle " + BREAKOUT, home.selectFirst(".subtitle").text());
        assertEquals("Sources " + CLOSE_TITLE, chapter.selectFirst("#citations-title").text());
    }

    @Test
    void datasetStringsInCitationsAreText() {
        assertTrue(chapter.selectFirst(".citations li").text().contains(BREAKOUT), chapter.selectFirst(".citations li").text());
        assertTrue(chapter.selectFirst(".citations li").text().contains(SCRIPT));
    }

    @Test
    void nothingBecameMarkup() {
        for (Document page : List.of(home, chapter)) {
            assertTrue(page.select("script:not([src])").isEmpty(), "inline script");
            assertTrue(page.select("img[src=x]").isEmpty(), "injected image");
            assertTrue(page.select("b").isEmpty(), "injected element");
            for (Element element : page.getAllElements()) {
                element.attributes().forEach(attribute -> assertFalse(attribute.getKey().startsWith("on"),
                        element.tagName() + " has " + attribute.getKey()));
            }
        }
    }

    @Test
    void aThemeOverrideWithoutOutputFormatStillEscapes(FixtureSites sites) throws Exception {
        Path theme = root.resolve("theme/templates");
        Files.createDirectories(theme);
        Files.writeString(theme.resolve("page.ftl"), "<!DOCTYPE html>\n<html><head><title>${content.title}</title>"
                + "</head><body><main>${content.body?no_esc}<p class=\"d\">${content.description}</p></main></body></html>\n");
        SiteConfig config = new SiteConfig(root.resolve("content"), root.resolve("out2"), Optional.of(theme.getParent()),
                "Site", "en", "/", Optional.empty(), List.of(), List.of(), Map.of());
        assertTrue(sites.build(config).published());

        Document page = Jsoup.parse(Files.readString(root.resolve("out2/chapter/index.html"), StandardCharsets.UTF_8));
        assertEquals(BREAKOUT + " R&D", page.selectFirst("p.d").text());
        assertTrue(page.select("img[src=x]").isEmpty());
        assertEquals("Chapter " + SCRIPT, page.title());
    }

    private String read(String path) throws Exception {
        return Files.readString(root.resolve("out").resolve(path), StandardCharsets.UTF_8);
    }
}
