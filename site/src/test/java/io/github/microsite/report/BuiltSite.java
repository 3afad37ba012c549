package io.github.microsite.report;

import org.htmlunit.BrowserVersion;
import org.htmlunit.WebClient;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** The site the build of this module just wrote (the plugin runs before the test phase). */
final class BuiltSite {

    private BuiltSite() {
    }

    static Path directory() {
        return built(System.getProperty("site.directory", "target/microsite"));
    }

    /**
     * The same site built with a site URL (site/pom.xml's test.siteUrl): the default build has none, so it writes no
     * sitemap, canonical or social-card URL rather than a wrong one.
     */
    static Path directoryWithUrl() {
        return built(System.getProperty("site.directory.with.url", "target/microsite-with-url"));
    }

    private static Path built(String folder) {
        Path site = Path.of(folder);
        assertTrue(Files.isRegularFile(site.resolve("index.html")),
                "no built site in " + site.toAbsolutePath() + "; run the build through Maven (./mvnw verify)");
        return site;
    }

    static Path content() {
        return Path.of(System.getProperty("content.directory", "../content"));
    }

    /** A reader's browser: a phone-sized one would not matter here, HtmlUnit does no layout. */
    static WebClient browser() {
        WebClient browser = new WebClient(BrowserVersion.FIREFOX);
        browser.getOptions().setCssEnabled(false);
        browser.getOptions().setThrowExceptionOnFailingStatusCode(true);
        browser.getOptions().setThrowExceptionOnScriptError(true);
        browser.getOptions().setDownloadImages(false);
        return browser;
    }
}
