package io.github.microsite.report;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The site as the README's build command writes it: absolute URLs only for the address it was given
 * (-Dmicrosite.siteUrl=…, as the Pages workflow passes it), none at all without one, never a placeholder.
 */
class SiteUrlTest {

    private static final String CONFIGURED = System.getProperty("site.url.configured", "");

    @Test
    void absoluteUrlsNameOnlyTheConfiguredAddress() throws IOException {
        Path site = BuiltSite.directory();
        Document home = Jsoup.parse(Files.readString(site.resolve("index.html")));
        if (CONFIGURED.isBlank()) {
            assertFalse(Files.exists(site.resolve("sitemap.xml")), "no sitemap without a site URL");
            assertFalse(Files.exists(site.resolve("robots.txt")), "no robots.txt pointing at a sitemap");
            assertTrue(home.select("link[rel=canonical], meta[property=og:url]").isEmpty(), home.head().html());
        } else {
            assertEquals(CONFIGURED, home.select("link[rel=canonical]").attr("href"));
            assertTrue(Files.readString(site.resolve("robots.txt")).contains(CONFIGURED + "sitemap.xml"));
        }
    }
}
