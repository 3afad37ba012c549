package io.github.microsite;

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
import static org.junit.jupiter.api.Assertions.assertTrue;

@ExtendWith(FixtureSites.Extension.class)
class ThemeOverrideTest {

    private static final Path THEME = FixtureSites.FIXTURES.resolve("theme-override/theme");

    @Test
    void aTemplateOfTheSameNameReplacesThePackagedOneOnly(FixtureSites sites, @TempDir Path out) {
        BuildResult result = sites.build(FixtureSites.config("theme-override", out, List.of(), Map.of(), Optional.of(THEME)));

        assertEquals(List.of(), FixtureSites.described(result));
        assertNotNull(FixtureSites.page(out, "page/index.html").selectFirst("main.overridden"));
        assertNull(FixtureSites.page(out, "index.html").selectFirst("main.overridden"), "home.ftl is still packaged");
    }

    @Test
    void projectAssetsReplaceAndAddToThePackagedOnes(FixtureSites sites, @TempDir Path out) throws Exception {
        sites.build(FixtureSites.config("theme-override", out, List.of(), Map.of(), Optional.of(THEME)));

        assertTrue(Files.readString(FixtureSites.asset(out, "css/site.css")).contains(".project-override"));
        assertTrue(Files.isRegularFile(FixtureSites.asset(out, "css/extra.css")));
    }

    @Test
    void withoutOverridesThePackagedThemeIsUsed(FixtureSites sites, @TempDir Path out) throws Exception {
        sites.build(FixtureSites.config("theme-override", out));

        assertNull(FixtureSites.page(out, "page/index.html").selectFirst("main.overridden"));
        assertTrue(!Files.readString(FixtureSites.asset(out, "css/site.css")).contains(".project-override"));
    }
}
