package io.github.microsite.model;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SitePathsTest {

    @Test
    void dotSegmentsAndEmptySegmentsResolveInsideTheRoot() {
        assertEquals("a/c", SitePaths.normalize("a/./b/../c"));
        assertEquals("chapters/two.html", SitePaths.normalize("chapters//./two.html"));
        assertEquals("", SitePaths.normalize("a/.."));
        assertNull(SitePaths.normalize("a/../../b"), "climbs above the root");
        assertNull(SitePaths.normalize("../b"));
    }

    @Test
    void percentEscapesDecodeAndAPlusStaysAPlus() {
        assertEquals("第一章 a+b.html", SitePaths.decode("%E7%AC%AC%E4%B8%80%E7%AB%A0%20a+b.html"));
        assertEquals("100%.html", SitePaths.decode("100%.html"), "a bad escape is kept as written");
    }

    @Test
    void aSchemeIsLettersThenAColon() {
        assertTrue(SitePaths.hasScheme("https://example.test/"));
        assertTrue(SitePaths.hasScheme("mailto:a@example.test"));
        assertTrue(SitePaths.hasScheme("data:image/png;base64,AAAA"));
        assertFalse(SitePaths.hasScheme("chapters/one.html"));
        assertFalse(SitePaths.hasScheme("1a:b"));
        assertFalse(SitePaths.hasScheme("/aigc-report/"));
    }
}
