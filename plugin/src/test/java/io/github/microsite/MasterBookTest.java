package io.github.microsite;

import io.github.microsite.model.ContentLayout;
import io.github.microsite.model.SiteConfig;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static io.github.microsite.FixtureSites.page;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A book as an O'Reilly-style repository holds it — a master file including {@code ==}-level chapters and two
 * appendices, {@code toc::[]}, {@code link:} cross-links, root-absolute image URLs, a folder of code and the
 * repository's own files — built with configuration only (two attributes, one of them empty).
 */
@ExtendWith(FixtureSites.Extension.class)
class MasterBookTest {

    @TempDir
    static Path out;
    private static BuildResult result;

    @BeforeAll
    static void build(FixtureSites sites) {
        Map<String, String> attributes = new HashMap<>();
        attributes.put("idprefix", null); // <idprefix></idprefix> in a pom: Maven passes null
        attributes.put("idseparator", "-");
        SiteConfig config = new SiteConfig(FixtureSites.FIXTURES.resolve("master-book/content"), out, Optional.empty(),
                "Field Guide", "en", "/", Optional.empty(), List.of(), List.of(), attributes).withLayout(ContentLayout.DEFAULT);
        result = sites.build(config);
    }

    @Test
    void buildsWithoutAProblem() {
        assertEquals(List.of(), FixtureSites.described(result));
        assertTrue(result.published());
    }

    @Test
    void readsTheOrderFromTheMasterFileAndDoesNotPublishIt() {
        assertEquals(List.of("Preface", "Paths", "Ridges", "Appendix A: Tools", "Appendix B: Glossary"),
                page(out, "preface/index.html").select("header nav a").eachText());
        assertEquals("../chapter_01_ridges/index.html",
                page(out, "chapter_02_paths/index.html").selectFirst("a[rel=next]").attr("href"));
        assertTrue(Files.notExists(out.resolve("book/index.html")), "the master file is not a page");
    }

    @Test
    void showsAChapterTitleOnce() {
        Document paths = page(out, "chapter_02_paths/index.html");
        assertEquals(List.of("Paths"), paths.select("h1, h2").eachText().stream().filter("Paths"::equals).toList());
        assertNotNull(paths.getElementById("paths"), "the chapter's id still leads to the chapter");
    }

    @Test
    void lettersTheAppendicesInBookOrder() {
        assertEquals("Appendix A: Tools", page(out, "appendix_tools/index.html").selectFirst("h1").text());
        assertEquals("Appendix B: Glossary", page(out, "appendix_glossary/index.html").selectFirst("h1").text());
        assertTrue(page(out, "appendix_glossary/index.html").select("[data-appendix]").isEmpty());
    }

    @Test
    void putsOneContentsBlockWhereTheAuthorWroteTocMacro() {
        Document paths = page(out, "chapter_02_paths/index.html");
        assertEquals(1, paths.select("nav.toc").size(), paths.select("main").outerHtml());
        assertTrue(paths.select("#toc, #toctitle").isEmpty(), "Asciidoctor's own contents block is gone");
        Element toc = paths.selectFirst("nav.toc");
        assertEquals(List.of("Reading a path", "Marking a path"), toc.select("a").eachText());
        Element opening = paths.selectFirst(".content-body p");
        assertTrue(opening.text().startsWith("An opening paragraph"));
        assertTrue(opening.parents().stream().noneMatch(parent -> parent.is("nav.toc")));
        assertTrue(toc.parents().stream().anyMatch(parent -> parent.is(".content-body")),
                "the contents sit in the body where toc::[] was, after the opening paragraph");
    }

    @Test
    void resolvesLinkMacrosToPagesAndAnchors() {
        Document paths = page(out, "chapter_02_paths/index.html");
        assertNotNull(paths.selectFirst("main a[href=../chapter_01_ridges/index.html]"), paths.select("main a").toString());
        assertNotNull(paths.selectFirst("main a[href=../chapter_01_ridges/index.html#crossing-a-ridge]"));
        Document preface = page(out, "preface/index.html");
        assertNotNull(preface.selectFirst("main a[href=../chapter_02_paths/index.html#reading-a-path]"),
                "an empty idprefix gives ids without '_'");
    }

    @Test
    void rewritesRootAbsoluteImageUrlsRelatively() {
        assertEquals("../images/grade.svg", page(out, "chapter_02_paths/index.html").selectFirst("main img").attr("src"));
        assertTrue(Files.isRegularFile(out.resolve("images/grade.svg")));
    }

    @Test
    void publishesOnlyTheFilesPagesReference() {
        assertTrue(Files.notExists(out.resolve("code")), "the code folder is only included, never linked");
        assertTrue(Files.notExists(out.resolve("images/unused.svg")));
        assertTrue(Files.notExists(out.resolve("README.md")));
        assertTrue(Files.notExists(out.resolve("atlas.json")));
    }

    @Test
    void highlightsSourceInTheBuild() {
        Element listing = page(out, "chapter_02_paths/index.html").selectFirst("pre.rouge code[data-lang=python]");
        assertNotNull(listing);
        assertFalse(listing.select("span.k, span.kd, span.nf").isEmpty(), listing.outerHtml());
    }
}
