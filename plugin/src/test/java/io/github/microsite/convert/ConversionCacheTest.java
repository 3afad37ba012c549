package io.github.microsite.convert;

import io.github.microsite.BakedSite;
import io.github.microsite.FixtureSites;
import io.github.microsite.Pipeline;
import io.github.microsite.model.SiteConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A long-lived pipeline converts again exactly the pages whose sources changed. */
@ExtendWith(FixtureSites.Extension.class)
class ConversionCacheTest {

    @TempDir
    Path content;

    private SiteConfig config() {
        return new SiteConfig(content, content.resolveSibling("unused-output"), Optional.empty(), "Cache", "en", "/",
                Optional.empty(), List.of(), List.of(), Map.of());
    }

    private void write(String path, String text) throws IOException {
        Path file = content.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }

    @Test
    void convertsOnlyWhatChangedAndWhatIncludesIt(FixtureSites sites) throws IOException {
        write("index.adoc", "= Home\n\nWelcome.\n");
        write("one.adoc", "= One\n\ninclude::_part.adoc[]\n");
        write("_part.adoc", "A shared part.\n");
        write("two.adoc", "= Two\n\nSecond page with {missing-attribute}.\n");
        Pipeline pipeline = sites.pipeline();

        BakedSite first = pipeline.bake(config());
        assertEquals(3, first.pagesConverted());
        assertEquals(1, first.problems().size(), first.problems().toString());

        BakedSite unchanged = pipeline.bake(config());
        assertEquals(0, unchanged.pagesConverted());
        assertEquals(first.problems(), unchanged.problems(), "a cached page still reports its warning");

        write("two.adoc", "= Two\n\nSecond page, edited.\n");
        BakedSite edited = pipeline.bake(config());
        assertEquals(1, edited.pagesConverted());
        assertTrue(edited.problems().isEmpty(), edited.problems().toString());

        write("_part.adoc", "The shared part, changed.\n");
        assertEquals(1, pipeline.bake(config()).pagesConverted(), "the page including the part");

        write("data/things.json", "{\"rows\":[]}");
        assertEquals(3, pipeline.bake(config()).pagesConverted(), "a dataset may be read by any page");
    }

    @Test
    void theCachedSiteIsTheSameAsAFreshOne(FixtureSites sites) throws IOException {
        write("index.adoc", "= Home\n\nWelcome, see xref:one.adoc[one].\n");
        write("one.adoc", "= One\n\n== Part\n\nText.\n");
        Pipeline warm = sites.pipeline();
        warm.bake(config());
        write("one.adoc", "= One\n\n== Part\n\nText, edited.\n");
        BakedSite incremental = warm.bake(config());
        BakedSite fresh = sites.pipeline().bake(config());

        assertEquals(fresh.files().size(), incremental.files().size());
        for (int i = 0; i < fresh.files().size(); i++) {
            assertEquals(fresh.files().get(i).path(), incremental.files().get(i).path());
            assertTrue(java.util.Arrays.equals(fresh.files().get(i).content().orElse(null),
                    incremental.files().get(i).content().orElse(null)), fresh.files().get(i).path());
        }
    }
}
