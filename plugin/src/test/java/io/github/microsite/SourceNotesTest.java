package io.github.microsite;

import io.github.microsite.model.SiteConfig;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The list of sources tells the site's additions (site_added, issued, editor_note) from what the cited work says. */
@ExtendWith(FixtureSites.Extension.class)
class SourceNotesTest {

    private static Document build(FixtureSites sites, Path out, String language) {
        Path site = out.resolve(language);
        SiteConfig config = new SiteConfig(FixtureSites.FIXTURES.resolve("source-notes/content"), site, Optional.empty(),
                "Fixture", language, "/", Optional.empty(), List.of(), List.of(), Map.of());
        assertEquals(List.of(), FixtureSites.described(sites.build(config)));
        return FixtureSites.page(site, "index.html");
    }

    @Test
    void eachFactTheSiteAddedIsMarkedRightAfterIt(FixtureSites sites, @TempDir Path out) {
        Document page = build(sites, out, "en");

        Element plan = page.getElementById("cite-1");
        assertEquals("Ministry of Planning, “Five-year plan” (2024), issued 2021-11-30 (added by this site)"
                + " Editor’s note: The plan was issued in 2021, not 2024.", plan.text().replace(" ↩", ""));
        assertEquals(List.of("(added by this site)"), plan.select(".site-added").eachText());
        // The marker follows the issued date, the one field the row lists in site_added.
        String before = plan.selectFirst(".site-added").previousSibling().toString();
        assertTrue(before.endsWith("(2024), issued 2021-11-30"), before);

        Element survey = page.getElementById("cite-2");
        assertEquals("Survey Office (added by this site), “Annual survey” (2025-01) (added by this site)",
                survey.text().replace(" ↩", ""));
        assertEquals(2, survey.select(".site-added").size());
        assertNull(survey.selectFirst(".source-editor-note"));
    }

    @Test
    void aSourceWithoutAdditionsReadsAsBeforeAndTheMarkersFollowTheLanguage(FixtureSites sites, @TempDir Path out) {
        Document page = build(sites, out, "zh-CN");

        Element bulletin = page.getElementById("cite-3");
        assertEquals("Statistics Bureau：《Bulletin》", bulletin.text().replace(" ↩", ""));
        assertEquals(0, bulletin.select(".site-added, .source-editor-note").size());
        Element plan = page.getElementById("cite-1");
        assertEquals(List.of("（本站补充）"), plan.select(".site-added").eachText());
        assertEquals("编者按：The plan was issued in 2021, not 2024.", plan.selectFirst(".source-editor-note").text());
        assertEquals("Ministry of Planning：《Five-year plan》（2024），实际印发于 2021-11-30", plan.ownText().trim());
    }
}
