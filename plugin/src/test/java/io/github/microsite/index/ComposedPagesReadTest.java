package io.github.microsite.index;

import io.github.microsite.BakedSite;
import io.github.microsite.FixtureSites;
import io.github.microsite.model.CollectionConfig;
import io.github.microsite.model.SiteConfig;
import io.github.microsite.publish.SiteFile;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The index parses only a page's head and main: on every page the theme composes (chapters, the site's home, industry
 * pages and their overview, data, search, 404), that reads what the whole page says.
 */
@ExtendWith(FixtureSites.Extension.class)
class ComposedPagesReadTest {

    private final SectionReader reader = new SectionReader();

    @Test
    void everyPageOfTheReportReadsTheSameFromItsHeadAndMainAsFromTheWholePage(FixtureSites sites, @TempDir Path out) {
        BakedSite site = sites.bake(new SiteConfig(Path.of("..", "content"), out, Optional.empty(), "智绘未来", "zh-CN",
                "/", Optional.empty(), List.of(), List.of(), Map.of()).withCollections(List.of(
                new CollectionConfig("industries", "industry", "industries/{slug}/", Optional.of("name"),
                        Optional.empty(), Optional.of("order"), Optional.of("industries/"), Optional.of("industries")))));
        int pagesWithMain = 0;
        int readFromHeadAndMain = 0;
        for (SiteFile file : site.files()) {
            if (!file.path().endsWith(".html") || file.content().isEmpty()) {
                continue;
            }
            String html = new String(file.content().get(), StandardCharsets.UTF_8);
            pagesWithMain += Jsoup.parse(html).selectFirst("main") != null ? 1 : 0;
            readFromHeadAndMain += SectionReader.headAndMain(html).isPresent() ? 1 : 0;
            assertEquals(reader.sections(file.path(), Jsoup.parse(html)), reader.read(file.path(), html), file.path());
        }
        assertTrue(pagesWithMain > 20, "the report has its chapters and industry pages: " + pagesWithMain);
        assertEquals(pagesWithMain, readFromHeadAndMain, "every page the theme composes is plain about its parts");
    }
}
