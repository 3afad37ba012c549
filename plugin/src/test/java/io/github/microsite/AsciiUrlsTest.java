package io.github.microsite;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

@ExtendWith(FixtureSites.Extension.class)
class AsciiUrlsTest {

    @Test
    void aNonAsciiFileNameWithoutSlugIsAnErrorNamingTheFileAndTheAttributeToAdd(FixtureSites sites, @TempDir Path out) {
        BuildResult result = sites.build("ascii-urls", out);

        assertFalse(result.published());
        List<String> errors = result.errors().stream().map(p -> p.describe()).toList();
        assertEquals(1, errors.size(), errors.toString());
        String error = errors.get(0);
        assertEquals(true, error.startsWith("chapters/第一章.adoc: "), error);
        assertEquals(true, error.contains(":slug:"), error);
    }
}
