package io.github.microsite;

import io.github.microsite.model.Problem;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

@ExtendWith(FixtureSites.Extension.class)
class CitationsTest {

    @Test
    void anUnknownSourceIdIsAnErrorAtItsLine(FixtureSites sites, @TempDir Path out) {
        BuildResult result = sites.build("citations", out);

        List<Problem> errors = result.errors();
        assertEquals(1, errors.size(), errors.toString());
        assertEquals("index.adoc:7: unknown source 'nowhere' in cite:nowhere[]; add a row with this id to"
                + " data/sources.json or fix the id", errors.get(0).describe());
    }

    @Test
    void citationsAreNumberedPerPageAndListedWithTheirSource(FixtureSites sites, @TempDir Path out) throws Exception {
        Path content = out.resolve("content");
        FixtureSites.copy(FixtureSites.FIXTURES.resolve("citations/content"), content);
        Files.writeString(content.resolve("index.adoc"),
                Files.readString(content.resolve("index.adoc")).replace("cite:nowhere[]", ""));
        Path site = out.resolve("site");
        BuildResult result = sites.build(new io.github.microsite.model.SiteConfig(content, site,
                java.util.Optional.empty(), "t", "zh-CN", "/", java.util.Optional.empty(), List.of(), List.of(),
                java.util.Map.of()));

        assertEquals(List.of(), FixtureSites.described(result));
        Document home = FixtureSites.page(site, "index.html");
        assertEquals(List.of("[1]", "[1]", "[2]"), home.select("sup.cite a").eachText());
        assertEquals(List.of("#cite-1", "#cite-1", "#cite-2"), home.select("sup.cite a").eachAttr("href"));
        assertTrue(home.getElementById("cite-1").text().contains("某调查机构"), home.getElementById("cite-1").text());
        assertTrue(home.getElementById("cite-2").text().contains("备案信息"));
    }

    @Test
    void citationPunctuationAndTheUntitledTableLabelFollowTheSiteLanguage(FixtureSites sites, @TempDir Path out)
            throws Exception {
        Path content = out.resolve("content");
        FixtureSites.copy(FixtureSites.FIXTURES.resolve("citations/content"), content);
        Files.writeString(content.resolve("index.adoc"), Files.readString(content.resolve("index.adoc"))
                .replace("cite:nowhere[]", "") + "\n|===\n| a | b\n|===\n");
        for (String language : List.of("zh-CN", "en")) {
            Path site = out.resolve("site-" + language);
            BuildResult result = sites.build(new io.github.microsite.model.SiteConfig(content, site,
                    java.util.Optional.empty(), "t", language, "/", java.util.Optional.empty(), List.of(), List.of(),
                    java.util.Map.of()));
            assertEquals(List.of(), FixtureSites.described(result));
            Document home = FixtureSites.page(site, "index.html");
            String note = home.getElementById("cite-1").ownText();
            String table = home.selectFirst(".table-scroll").attr("aria-label");
            if (language.equals("en")) {
                assertEquals("某调查机构, “第1次调查报告” (2025-07)", note);
                assertEquals("Table", table);
            } else {
                assertEquals("某调查机构：《第1次调查报告》（2025-07）", note);
                assertEquals("表格", table);
            }
        }
    }

}
