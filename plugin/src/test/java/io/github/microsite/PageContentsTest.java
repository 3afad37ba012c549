package io.github.microsite;

import io.github.microsite.model.Severity;
import io.github.microsite.model.SiteConfig;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;

/** The page contents: as many levels as toclevels asks (two by default), and the section numbers of sectnums. */
@ExtendWith(FixtureSites.Extension.class)
class PageContentsTest {

    /** The ids the contents link to, in order. */
    private static List<String> contents(Document page) {
        return page.select("nav.toc a").eachAttr("href").stream().map(href -> href.substring(1)).toList();
    }

    @Test
    void theDefaultIsTwoLevelsAndToclevelsAsksForMoreOrFewer(FixtureSites sites, @TempDir Path out) {
        assertEquals(List.of(), FixtureSites.described(sites.build("page-contents", out)));

        assertEquals(List.of("intro", "intro-part"), contents(FixtureSites.page(out, "chapters/plain/index.html")));
        assertEquals(List.of("top"), contents(FixtureSites.page(out, "chapters/shallow/index.html")));
        Document numbered = FixtureSites.page(out, "chapters/numbered/index.html");
        assertEquals(List.of("first", "first-a", "first-a-one", "first-a-two", "second"), contents(numbered));
        // The third level is nested under its h3, as the headings are.
        assertNotNull(numbered.selectFirst("nav.toc a[href='#first-a'] + ol a[href='#first-a-one']"));
    }

    @Test
    void aNumberedPageShowsInItsContentsTheNumbersItsHeadingsCarry(FixtureSites sites, @TempDir Path out) {
        assertEquals(List.of(), FixtureSites.described(sites.build("page-contents", out)));

        Document numbered = FixtureSites.page(out, "chapters/numbered/index.html");
        List<String> numbers = numbered.select("nav.toc .toc-number").eachText();
        assertEquals(List.of("1.", "1.1.", "1.1.1.", "1.1.2.", "2."), numbers);
        List<String> mismatched = new ArrayList<>();
        for (Element link : numbered.select("nav.toc a")) {
            Element heading = numbered.getElementById(link.attr("href").substring(1));
            assertNotNull(heading, link.attr("href"));
            if (!heading.text().equals(link.text())) {
                mismatched.add(link.text() + " ≠ " + heading.text());
            }
        }
        assertEquals(List.of(), mismatched, "each contents entry reads as its heading, number included");
        assertFalse(FixtureSites.page(out, "chapters/plain/index.html").select("nav.toc").isEmpty());
        assertEquals(List.of(), FixtureSites.page(out, "chapters/plain/index.html").select(".toc-number").eachText());
    }

    @Test
    void aToclevelsThatIsNotALevelFailsTheBuildAtItsLine(FixtureSites sites, @TempDir Path out) throws Exception {
        Path content = out.resolve("content");
        Files.createDirectories(content.resolve("chapters"));
        Files.writeString(content.resolve("index.adoc"), "= Home\n\nText.\n");
        Files.writeString(content.resolve("chapters/bad.adoc"),
                "= Bad\n:description: x\n:toclevels: three\n\n== One\n\nText.\n");
        SiteConfig config = new SiteConfig(content, out.resolve("site"), Optional.empty(), "t", "en", "/",
                Optional.empty(), List.of(), List.of(), Map.of());

        BuildResult result = sites.build(config);
        List<String> problems = FixtureSites.described(result);

        assertEquals(1, problems.size(), problems.toString());
        assertEquals(Severity.ERROR, result.problems().get(0).severity());
        assertEquals(true, problems.get(0).startsWith("chapters/bad.adoc:3: "), problems.get(0));
        assertEquals(true, problems.get(0).contains(":toclevels: three is not a number from 1 to 5"), problems.get(0));
        assertFalse(Files.exists(out.resolve("site/index.html")), "nothing is published");
    }
}
