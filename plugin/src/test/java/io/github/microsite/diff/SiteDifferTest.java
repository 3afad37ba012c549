package io.github.microsite.diff;

import io.github.microsite.FixtureSites;
import io.github.microsite.check.SiteFiles;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Two builds of the diff fixture with planted changes (fixtures/diff/README.md): exactly those are reported. */
class SiteDifferTest {

    private static final Path BEFORE = FixtureSites.FIXTURES.resolve("diff/before/site");
    private static final Path AFTER = FixtureSites.FIXTURES.resolve("diff/after/site");

    private static SiteDiff diff(Path previous, Path current) {
        return new SiteDiffer().diff(SiteFiles.onDisk(previous), SiteFiles.onDisk(current));
    }

    @Test
    void reportsExactlyThePlantedPageChanges() {
        SiteDiff diff = diff(BEFORE, AFTER);

        assertEquals(List.of(new SiteDiff.Page("chapters/new/", "新的一章")), diff.pagesAdded());
        assertEquals(List.of(new SiteDiff.Page("chapters/old/", "旧的一章")), diff.pagesRemoved());
        assertEquals(List.of(new SiteDiff.ChangedPage(new SiteDiff.Page("chapters/one/", "第一章"),
                List.of("人才缺口"), List.of(), List.of("市场规模"))), diff.pagesChanged());
    }

    @Test
    void reportsExactlyThePlantedDatasetChanges() {
        SiteDiff diff = diff(BEFORE, AFTER);

        assertEquals(List.of(
                new SiteDiff.DatasetChange("gone", "removed", List.of(), List.of("x"), List.of()),
                new SiteDiff.DatasetChange("policies", "changed", List.of("d"), List.of("c"), List.of("b"))),
                diff.datasets());
    }

    @Test
    void aBuildComparedWithItselfHasNoChanges() {
        SiteDiff diff = diff(AFTER, AFTER);

        assertTrue(diff.isEmpty(), diff.toString());
        assertEquals("## What readers will see change\n\nCompared with `main`: no page or dataset changed.\n",
                MarkdownSummary.of(diff, "`main`"));
    }

    @Test
    void theSummaryIsShortMarkdownAReviewerReadsAtAGlance() {
        String markdown = MarkdownSummary.of(diff(BEFORE, AFTER), "`main`");

        assertEquals("""
                ## What readers will see change

                Compared with `main`: 1 page added, 1 page removed, 1 page changed, 2 datasets changed.

                ### Pages added

                - 新的一章 — `chapters/new/`

                ### Pages removed

                - 旧的一章 — `chapters/old/`

                ### Pages changed

                - 第一章 — `chapters/one/`
                  - sections changed: 市场规模
                  - sections added: 人才缺口

                ### Datasets

                - `data/gone.json` (dataset removed): 0 rows added, 1 removed, 0 changed
                  - removed: `x`
                - `data/policies.json`: 1 row added, 1 removed, 1 changed
                  - added: `d`
                  - removed: `c`
                  - changed: `b`
                """, markdown);
    }
}
