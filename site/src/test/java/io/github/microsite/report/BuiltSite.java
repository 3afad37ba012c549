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
        Path site = Path.of(System.getProperty("site.directory", "target/microsite"));
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
