package io.github.microsite;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static io.github.microsite.FixtureSites.page;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

@ExtendWith(FixtureSites.Extension.class)
class MinimalSiteTest {

    @Test
    void publishesTheHomePageAndEachChapterUnderAPrettyUrl(FixtureSites sites, @TempDir Path out) {
        BuildResult result = sites.build("minimal", out);

        assertTrue(result.published(), FixtureSites.described(result).toString());
        assertEquals(List.of(), FixtureSites.described(result));
        assertTrue(Files.isRegularFile(out.resolve("index.html")));
        assertTrue(Files.isRegularFile(out.resolve("chapters/one/index.html")));
        assertTrue(Files.isRegularFile(out.resolve("chapters/two/index.html")));
        assertTrue(Files.isRegularFile(FixtureSites.asset(out, "css/site.css")));
    }

    @Test
    void rewritesCrossReferencesBetweenPagesToRelativePrettyUrls(FixtureSites sites, @TempDir Path out) {
        sites.build("minimal", out);

        Document home = page(out, "index.html");
        assertNotNull(home.selectFirst("main a[href=chapters/one/index.html]"), home.select("main a").toString());
        assertNotNull(home.selectFirst("main a[href=chapters/two/index.html#two-details]"));
        Document one = page(out, "chapters/one/index.html");
        assertNotNull(one.selectFirst("main a[href=../two/index.html#two-details]"), one.select("main a").toString());
    }

    @Test
    void everyInternalUrlOfEveryPageResolvesToAFileOfTheSite(FixtureSites sites, @TempDir Path out) throws Exception {
        sites.build("minimal", out);

        for (String path : List.of("index.html", "chapters/one/index.html", "chapters/two/index.html")) {
            Document document = page(out, path);
            Path folder = out.resolve(path).getParent();
            for (Element element : document.select("[href], [src]")) {
                String url = element.hasAttr("href") ? element.attr("href") : element.attr("src");
                if (url.startsWith("data:")) {
                    continue; // inline, not a request
                }
                assertFalse(url.startsWith("/") || url.matches("^[a-z]+:.*"), path + " has a non-relative URL " + url);
                String file = url.replaceFirst("#.*", "");
                if (!file.isEmpty()) {
                    assertTrue(Files.isRegularFile(folder.resolve(file).normalize()), path + " links to missing " + url);
                }
            }
        }
    }

    @Test
    void laysOutChaptersWithLanguageNavigationAndPreviousNextLinks(FixtureSites sites, @TempDir Path out) {
        sites.build("minimal", out);

        Document one = page(out, "chapters/one/index.html");
        assertEquals("zh-CN", one.selectFirst("html").attr("lang"));
        assertEquals("第一章 开始", one.selectFirst("h1").text());
        assertNotNull(one.selectFirst("a[rel=next][href=../two/index.html]"));
        assertEquals(null, one.selectFirst("a[rel=prev]"));
        assertNotNull(one.selectFirst("[aria-current=page]"));
        assertNotNull(one.selectFirst("a[href=#one-intro]"), "the table of contents links the section");
    }

    @Test
    void wrapsTablesInALabelledBoxThatScrollsOnItsOwn(FixtureSites sites, @TempDir Path out) {
        sites.build("minimal", out);

        Element table = page(out, "chapters/one/index.html").selectFirst("table");
        assertNotNull(table);
        Element box = table.parent();
        assertTrue(box.hasClass("table-scroll"));
        assertEquals("region", box.attr("role"));
        assertFalse(box.hasAttr("tabindex"), "a box that may not scroll is no keyboard stop; the theme script decides");
        assertEquals("表格", box.attr("aria-label"));
    }
}
