package io.github.microsite;

import io.github.microsite.model.Problem;
import io.github.microsite.model.SiteConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/** Links and images that cannot work are located problems, never a crash and never silently changed. */
@ExtendWith(FixtureSites.Extension.class)
class LinkSafetyTest {

    @Test
    void anEmptyLinkIsAWarningAtItsLine(FixtureSites sites, @TempDir Path root) throws Exception {
        BakedSite baked = bake(sites, root, "= Page\n\nSee link:[nothing].\n\n++++\n<a href=\"\">raw</a>\n++++\n");

        assertEquals(List.of("WARNING index.adoc:3: the link \"nothing\" has an empty target; give it one"
                        + " (link:other.adoc[text]) or remove it",
                "WARNING index.adoc:3: the link \"raw\" has an empty target; give it one (link:other.adoc[text]) or"
                        + " remove it"), problems(baked));
    }

    @Test
    void aLinkOrImageClimbingAboveTheContentFolderIsAnErrorNotClamped(FixtureSites sites, @TempDir Path root)
            throws Exception {
        BakedSite baked = bake(sites, root, "= Page\n\nSee link:../../pom.xml[the pom].\n\nimage::../../logo.png[Logo]\n");

        assertEquals(List.of("ERROR chapters/page.adoc:3: the link ../../pom.xml climbs above the content folder;"
                        + " links may point only at pages and files inside it",
                "ERROR chapters/page.adoc:5: the image ../../logo.png climbs above the content folder; images must be"
                        + " files inside it: copy the image into the content folder"),
                problems(baked).stream().filter(line -> line.contains("chapters/page.adoc")).toList());
        assertFalse(baked.problems().isEmpty());
    }

    private static BakedSite bake(FixtureSites sites, Path root, String page) throws Exception {
        Path content = root.resolve("content");
        Files.createDirectories(content.resolve("chapters"));
        if (page.contains("pom.xml")) {
            Files.writeString(content.resolve("index.adoc"), "= Home\n\nHome.\n");
            Files.writeString(content.resolve("logo.png"), "not really a png");
            Files.writeString(content.resolve("chapters/page.adoc"), page);
        } else {
            Files.writeString(content.resolve("index.adoc"), page);
        }
        return sites.bake(new SiteConfig(content, root.resolve("out"), Optional.empty(), "t", "en", "/",
                Optional.empty(), List.of(), List.of(), Map.of()));
    }

    private static List<String> problems(BakedSite baked) {
        return baked.problems().stream().map(Problem::toString).toList();
    }
}
