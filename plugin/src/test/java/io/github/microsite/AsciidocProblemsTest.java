package io.github.microsite;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Each AsciiDoc mistake is reported as {@code path:line: message}; the fixture has one file per mistake. */
@ExtendWith(FixtureSites.Extension.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AsciidocProblemsTest {

    private BuildResult result;
    private List<String> problems;

    @BeforeAll
    void build(FixtureSites sites, @TempDir Path out) {
        result = sites.build("asciidoc-problems", out);
        problems = FixtureSites.described(result);
    }

    private void assertReported(String expectedPrefix, String expectedFragment) {
        assertTrue(problems.stream().anyMatch(p -> p.startsWith(expectedPrefix) && p.contains(expectedFragment)),
                "expected a problem starting with '" + expectedPrefix + "' mentioning '" + expectedFragment
                        + "' in " + problems);
    }

    @Test
    void aMissingIncludeIsAnErrorAtTheIncludeLine() {
        assertReported("missing-include.adoc:5: ", "include file not found");
        assertTrue(result.errors().stream().anyMatch(p -> p.file().equals("missing-include.adoc")));
    }

    @Test
    void aMissingAttributeIsReportedAtItsLine() {
        assertReported("missing-attribute.adoc:3: ", "product-name");
    }

    @Test
    void anUnresolvedCrossReferenceNamesTheIdAndHowToFixIt() {
        assertReported("unresolved-xref.adoc:3: ", "<<no-such-section>>");
        assertReported("unresolved-xref.adoc:3: ", "[[no-such-section]]");
    }

    @Test
    void aMissingImageNamesThePathItLookedFor() {
        assertReported("missing-image.adoc:3: ", "image not found: images/nowhere.png");
    }

    @Test
    void aBlockLeftOpenIsReportedWhereItStarts() {
        assertReported("open-block.adoc:3: ", "unterminated listing block");
    }

    @Test
    void aSectionWhoseGeneratedIdIsNotAsciiAsksForAnExplicitId() {
        assertReported("unreadable-id.adoc:5: ", "section \"政策背景\" has no readable id");
        assertTrue(problems.stream().noneMatch(p -> p.contains("有编号的小节")), "an explicit id is fine");
    }

    @Test
    void nothingIsPublishedWhenThereAreErrors(@TempDir Path unused) {
        assertFalse(result.published());
        assertEquals(0, result.pageCount());
    }
}
