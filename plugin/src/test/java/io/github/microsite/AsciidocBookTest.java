package io.github.microsite;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static io.github.microsite.FixtureSites.page;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** An existing book (.asc chapters including section files, images, anchors, cross-chapter xrefs), unedited. */
@ExtendWith(FixtureSites.Extension.class)
class AsciidocBookTest {

    private static BuildResult build(FixtureSites sites, Path out) {
        return sites.build(FixtureSites.config("book", out, List.of("book/sections/**"), Map.of(), Optional.empty()));
    }

    @Test
    void buildsEachAscChapterAsAPageWithConfigurationOnly(FixtureSites sites, @TempDir Path out) {
        BuildResult result = build(sites, out);

        assertEquals(List.of(), FixtureSites.described(result));
        assertTrue(Files.isRegularFile(out.resolve("book/ch01-getting-started/index.html")));
        assertTrue(Files.isRegularFile(out.resolve("book/ch02-git-basics/index.html")));
        assertTrue(Files.notExists(out.resolve("book/sections")), "included sections are not pages");
    }

    @Test
    void titlesAChapterWithoutDocumentTitleByItsFirstSection(FixtureSites sites, @TempDir Path out) {
        build(sites, out);

        assertEquals("Getting Started", page(out, "book/ch01-getting-started/index.html").selectFirst("h1").text());
    }

    @Test
    void includesSectionFilesAndKeepsTheirAnchors(FixtureSites sites, @TempDir Path out) {
        build(sites, out);

        Document chapter = page(out, "book/ch01-getting-started/index.html");
        assertNotNull(chapter.getElementById("about-version-control"));
        assertNotNull(chapter.getElementById("first-time-setup"));
    }

    @Test
    void copiesImagesAndPointsAtThemRelatively(FixtureSites sites, @TempDir Path out) {
        build(sites, out);

        assertTrue(Files.isRegularFile(out.resolve("book/images/local.svg")));
        assertEquals("../images/local.svg",
                page(out, "book/ch01-getting-started/index.html").selectFirst("main img").attr("src"));
    }

    @Test
    void resolvesCrossReferencesToAnchorsOfOtherChapters(FixtureSites sites, @TempDir Path out) {
        build(sites, out);

        Document second = page(out, "book/ch02-git-basics/index.html");
        assertNotNull(second.selectFirst("main a[href=../ch01-getting-started/index.html#first-time-setup]"),
                second.select("main a").toString());
        assertEquals("First-Time Setup",
                second.selectFirst("main a[href=../ch01-getting-started/index.html#first-time-setup]").text());
        Document first = page(out, "book/ch01-getting-started/index.html");
        assertNotNull(first.selectFirst("main a[href=../ch02-git-basics/index.html#recording-changes]"));
        assertNotNull(first.selectFirst("main a[href=../ch02-git-basics/index.html#_git_basics]"));
    }

    @Test
    void generatesAHomePageListingTheChaptersWhenTheBookHasNone(FixtureSites sites, @TempDir Path out) {
        build(sites, out);

        Document home = page(out, "index.html");
        assertNotNull(home.selectFirst("a[href=book/ch01-getting-started/index.html]"));
        assertNotNull(home.selectFirst("a[href=book/ch02-git-basics/index.html]"));
    }
}
