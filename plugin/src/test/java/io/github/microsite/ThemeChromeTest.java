package io.github.microsite;

import io.github.microsite.model.SiteConfig;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

/** The packaged theme's chrome: labels by language, source back-links, the site attributes it reads. */
@ExtendWith(FixtureSites.Extension.class)
class ThemeChromeTest {

    @Test
    void anEnglishSiteShowsEnglishChrome(FixtureSites sites, @TempDir Path out) {
        SiteConfig config = new SiteConfig(FixtureSites.FIXTURES.resolve("minimal/content"), out, Optional.empty(),
                "Fixture", "en", "/", Optional.empty(), List.of(), List.of(), Map.of());
        assertEquals(List.of(), FixtureSites.described(sites.build(config)));

        Document chapter = FixtureSites.page(out, "chapters/one/index.html");
        assertEquals("en", chapter.selectFirst("html").attr("lang"));
        assertEquals("Skip to content", chapter.selectFirst("a.skip-link").text());
        assertEquals("Contents", chapter.selectFirst(".site-menu > summary").text());
        assertEquals("Chapters", chapter.selectFirst(".site-menu nav").attr("aria-label"));
        assertEquals("On this page", chapter.selectFirst("details.contents > summary").text());
        assertEquals("Back to top", chapter.selectFirst("a.back-to-top").text().replace("↑", ""));
        assertEquals("Cite this page", chapter.selectFirst(".cite-page > summary").text());
        assertEquals("Dark mode", chapter.selectFirst("button.theme-toggle").text());
    }

    @Test
    void aChineseSiteShowsChineseChrome(FixtureSites sites, @TempDir Path out) {
        assertEquals(List.of(), FixtureSites.described(sites.build("minimal", out)));

        Document chapter = FixtureSites.page(out, "chapters/one/index.html");
        assertEquals("跳到正文", chapter.selectFirst("a.skip-link").text());
        assertEquals("目录", chapter.selectFirst(".site-menu > summary").text());
        assertEquals("本页目录", chapter.selectFirst("details.contents > summary").text());
        assertEquals("返回顶部", chapter.selectFirst("a.back-to-top").text().replace("↑", ""));
    }

    @Test
    void aSourceCitedTwiceHasOneBackLinkPerUse(FixtureSites sites, @TempDir Path out) throws Exception {
        Path content = out.resolve("content");
        FixtureSites.copy(FixtureSites.FIXTURES.resolve("citations/content"), content);
        Files.writeString(content.resolve("index.adoc"),
                Files.readString(content.resolve("index.adoc")).replace("cite:nowhere[]", ""));
        Path site = out.resolve("site");
        SiteConfig config = new SiteConfig(content, site, Optional.empty(), "t", "zh-CN", "/", Optional.empty(),
                List.of(), List.of(), Map.of("sources-default", "未注明来源的数字出自报告。"));
        assertEquals(List.of(), FixtureSites.described(sites.build(config)));

        Document home = FixtureSites.page(site, "index.html");
        Element twice = home.getElementById("cite-1");
        assertEquals(List.of("a", "b"), twice.select("a.backref").eachText());
        assertEquals(List.of("#cite-ref-1-1", "#cite-ref-1-2"), twice.select("a.backref").eachAttr("href"));
        for (String href : twice.select("a.backref").eachAttr("href")) {
            Element marker = home.getElementById(href.substring(1));
            assertNotNull(marker, href + " leads back to a marker");
            assertEquals("#cite-1", marker.attr("href"));
        }
        Element once = home.getElementById("cite-2");
        assertEquals(List.of("↩"), once.select("a.backref").eachText());
        assertEquals("#cite-ref-2-1", once.selectFirst("a.backref").attr("href"));
        assertEquals(List.of("未注明来源的数字出自报告。"), home.select(".citations .sources-default").eachText());
    }

    @Test
    void withoutNotesOrADefaultThereIsNoSourceList(FixtureSites sites, @TempDir Path out) {
        assertEquals(List.of(), FixtureSites.described(sites.build("minimal", out)));

        assertNull(FixtureSites.page(out, "chapters/one/index.html").selectFirst(".citations"));
    }

    @Test
    void theChapterMenuSaysWhatEachChapterIsAbout(FixtureSites sites, @TempDir Path out) throws Exception {
        Path content = out.resolve("content");
        FixtureSites.copy(FixtureSites.FIXTURES.resolve("minimal/content"), content);
        Path one = content.resolve("chapters/one.adoc");
        Files.writeString(one, Files.readString(one).replace("= 第一章 开始", "= 第一章 开始：从这里读起")
                .replace(":nav-title: 第一章", ":nav-title: 第一章 开始"));
        Path site = out.resolve("site");
        assertEquals(List.of(), FixtureSites.described(sites.build(new SiteConfig(content, site, Optional.empty(),
                "t", "zh-CN", "/", Optional.empty(), List.of(), List.of(), Map.of()))));

        Element first = FixtureSites.page(site, "index.html").selectFirst(".chapter-nav li a");
        assertEquals("第一章 开始", first.selectFirst(".chapter-nav-title").text());
        assertEquals("从这里读起", first.selectFirst(".chapter-nav-subtitle").text());
    }

    /** Each page loads site.css and only the sheets it uses: its type's own, code.css and widths.css when needed. */
    @Test
    void aPageLoadsOnlyTheStyleSheetsItUses(FixtureSites sites, @TempDir Path out) throws Exception {
        Path content = out.resolve("content");
        FixtureSites.copy(FixtureSites.FIXTURES.resolve("minimal/content"), content);
        Path two = content.resolve("chapters/two.adoc");
        Files.writeString(two, Files.readString(two) + "\n[source,java]\n----\nclass A { }\n----\n");
        Path site = out.resolve("site");
        SiteConfig config = new SiteConfig(content, site, Optional.empty(), "t", "zh-CN", "/", Optional.empty(),
                List.of(), List.of(), Map.of());
        assertEquals(List.of(), FixtureSites.described(sites.build(config)));

        assertEquals(List.of("site", "home"), styleSheets(FixtureSites.page(site, "index.html")));
        assertEquals(List.of("site", "widths"), styleSheets(FixtureSites.page(site, "chapters/one/index.html")),
                "a table with [cols] has width classes");
        assertEquals(List.of("site", "blocks", "code"), styleSheets(FixtureSites.page(site, "chapters/two/index.html")),
                "highlighted source");
    }

    private static List<String> styleSheets(Document page) {
        return page.select("head link[rel=stylesheet]").stream()
                .map(link -> link.attr("href").replaceAll("^.*/([a-z]+)\\.[0-9a-f]{10}\\.css$", "$1")).toList();
    }

}
