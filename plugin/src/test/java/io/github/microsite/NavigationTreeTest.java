package io.github.microsite;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static io.github.microsite.FixtureSites.page;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A docs folder of 150 pages in nested folders (3 sections × 5 topics × 10 pages), generated here: the navigation
 * is a tree, and each page's share of it stays small, so its title is on the first screen of a phone.
 */
@ExtendWith(FixtureSites.Extension.class)
class NavigationTreeTest {

    private static final List<String> SECTIONS = List.of("guide", "reference", "operations");
    private static final int TOPICS = 5;
    private static final int PAGES = 10;

    @TempDir
    static Path work;
    private static Path site;
    private static BuildResult result;

    @BeforeAll
    static void build(FixtureSites sites) throws IOException {
        Path content = work.resolve("content");
        for (String section : SECTIONS) {
            for (int topic = 1; topic <= TOPICS; topic++) {
                Path folder = Files.createDirectories(content.resolve(section).resolve("topic-" + topic));
                for (int page = 1; page <= PAGES; page++) {
                    Files.writeString(folder.resolve("page-" + page + ".adoc"), "= " + section + " " + topic + "." + page
                            + "\n\nText of the page.\n\n== A section\n\nMore text.\n");
                }
            }
        }
        site = work.resolve("site");
        result = sites.build(new io.github.microsite.model.SiteConfig(content, site, java.util.Optional.empty(),
                "Docs", "en", "/", java.util.Optional.empty(), List.of(), List.of(), java.util.Map.of()));
    }

    private static List<Path> pages() throws IOException {
        try (Stream<Path> files = Files.walk(site)) {
            return files.filter(file -> file.getFileName().toString().equals("index.html")).sorted().toList();
        }
    }

    @Test
    void buildsEveryPage() throws IOException {
        assertEquals(List.of(), FixtureSites.described(result));
        long chapterPages = pages().stream().filter(file -> SECTIONS.contains(site.relativize(file).getName(0).toString()))
                .count();
        assertEquals(SECTIONS.size() * TOPICS * PAGES, chapterPages);
        assertTrue(Files.isRegularFile(site.resolve("index.html")));
    }

    @Test
    void theNavigationIsATreeOfFoldersWithTheCurrentBranchOpen() {
        Document deep = page(site, "reference/topic-3/page-7/index.html");
        Element drawer = deep.selectFirst("header details.site-nav-drawer nav");
        assertNotNull(drawer, deep.select("header").outerHtml());
        assertEquals(List.of("Guide", "Operations", "Reference"), // folders in path order
                drawer.select(":root > ul > li").stream().map(item -> item.child(0).is("details")
                        ? item.selectFirst("summary").text() : item.child(0).text()).toList());
        List<String> open = drawer.select("details[open] > summary").eachText();
        assertEquals(List.of("Reference", "Topic 3"), open);
        Element current = drawer.selectFirst("a[aria-current=page]");
        assertEquals("reference 3.7", current.text());
        assertEquals("index.html", current.attr("href"));
        assertEquals("../page-8/index.html", drawer.selectFirst("a:contains(reference 3.8)").attr("href"));
        assertTrue(deep.select("head link[rel=stylesheet]").stream().anyMatch(link -> link.attr("href")
                .matches(".*/assets/css/drawer\\.[0-9a-f]{10}\\.css")), "a page with the tree loads its styles");
    }

    @Test
    void eachPageCarriesOnlyItsBranchWhileTheHomePageCarriesTheWholeTree() throws IOException {
        int largest = 0;
        for (Path file : pages()) {
            String path = site.relativize(file).toString();
            if (path.equals("index.html")) {
                continue;
            }
            int links = page(site, path).select("header a").size();
            largest = Math.max(largest, links);
        }
        // Top level (3) + the open section's topics (5) + the open topic's pages (10) + title, header list, skip link.
        assertTrue(largest <= 3 + TOPICS + PAGES + 3 + SECTIONS.size(), "largest header: " + largest + " links");
        assertTrue(page(site, "index.html").select("header nav.site-nav a").size() >= SECTIONS.size() * TOPICS * PAGES,
                "the home page lists every page");
    }

    @Test
    void thePageTitleComesBeforeAnyOpenListOnAPhone() throws IOException {
        for (Path file : pages()) {
            Document page = page(site, site.relativize(file).toString());
            Element h1 = page.selectFirst("h1");
            assertNotNull(h1);
            // What a 360 px screen shows above the title: links outside the closed drawer. Few, so the title is on the
            // first screen whatever the size of the site.
            List<Element> visibleBefore = new ArrayList<>();
            for (Element link : page.select("body a")) {
                if (link.siblingIndex() >= 0 && isBefore(link, h1)
                        && link.parents().stream().noneMatch(parent -> parent.is("details:not([open])"))) {
                    visibleBefore.add(link);
                }
            }
            assertTrue(visibleBefore.size() <= 2 + SECTIONS.size(), file + ": " + visibleBefore);
            assertFalse(page.selectFirst("details.site-nav-drawer").hasAttr("open"), file.toString());
        }
    }

    /** Document order: the element comes before the other in the page's source. */
    private static boolean isBefore(Element element, Element other) {
        List<Element> all = element.ownerDocument().getAllElements();
        return all.indexOf(element) < all.indexOf(other);
    }
}
