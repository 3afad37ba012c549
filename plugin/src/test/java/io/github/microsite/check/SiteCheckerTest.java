package io.github.microsite.check;

import io.github.microsite.FixtureSites;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Each rule against its fixture: the clean site with exactly that rule's fault laid over it
 * ({@code fixtures/check/<rule>/site}). Every other rule must stay quiet, so a fixture proves one fault only.
 */
class SiteCheckerTest {

    private static final Path FIXTURES = FixtureSites.FIXTURES.resolve("check");
    private static final String BASE_PATH = "/report/";
    private static final Optional<String> SITE_URL = Optional.of("https://example.test/report/");

    static Stream<Object[]> faults() {
        return Stream.of(
                new Object[] {"broken-links", List.of(
                        "page/index.html: <a href=\"../gone/index.html\">: no such file in the site: gone/index.html",
                        "page/index.html: <a href=\"../index.html#%E4%B8%8D%E5%AD%98%E5%9C%A8\">: index.html has no element with id '不存在'",
                        "page/index.html: <a href=\"/elsewhere/\">: the link starts with / but not with the base path /report/")},
                new Object[] {"missing-resources", List.of(
                        "assets/print.css: url(../images/paper.png): no such file in the site: images/paper.png",
                        "page/index.html: <img src=\"../assets/missing.png\">: no such file in the site: assets/missing.png",
                        "page/index.html: <script src=\"../assets/missing.js\">: no such file in the site: assets/missing.js")},
                new Object[] {"external-resources", List.of(
                        "assets/print.css: url(https://fonts.example.com/css?family=Noto): loads https://fonts.example.com/css?family=Noto from another host; copy the file into the site (theme assets or the content folder)",
                        "page/index.html: <link rel=\"stylesheet\" href=\"https://cdn.example.com/fonts.css\">: loads https://cdn.example.com/fonts.css from another host; copy the file into the site (theme assets or the content folder)",
                        "page/index.html: <link rel=\"preconnect\" href=\"//cdn.example.com\">: loads //cdn.example.com from another host; copy the file into the site (theme assets or the content folder)")},
                new Object[] {"inline-scripts", List.of(
                        "page/index.html: <h2 onclick=\"toggle()\">: event-handler attribute; attach the handler from a script file instead",
                        "page/index.html: <script>: inline script; move it into a .js file of the theme and load it with <script src=… defer>",
                        "page/index.html: <a href=\"javascript:history.back()\">: javascript: URL; use a button and a script file instead")},
                new Object[] {"lang", List.of(
                        "page/index.html: <html>: no lang attribute; set the language (microsite.language)")},
                new Object[] {"title", List.of(
                        "page/index.html: <title>: missing or empty; give the page a document title (= Title)")},
                new Object[] {"description", List.of(
                        "page/index.html: <meta name=\"description\">: missing or empty; add :description: to the page's header")},
                new Object[] {"single-h1", List.of(
                        "page/index.html: <h1 id=\"part\">: a second h1 (2 in all); sections in the body start at == (h2)")},
                new Object[] {"heading-order", List.of(
                        "page/index.html: <h4 id=\"deep\">: h4 follows h2, skipping h3")},
                new Object[] {"image-alt", List.of(
                        "page/index.html: <img src=\"../assets/bg.svg\">: no alt attribute; describe the image (image::file[Description]) or use alt=\"\" if it is decoration")},
                new Object[] {"duplicate-ids", List.of(
                        "page/index.html: <h2 id=\"part\">: id 'part' is used 2 times on the page; links to it reach only the first")},
                new Object[] {"sitemap", List.of(
                        "page/index.html: sitemap.xml: the page is missing from the sitemap",
                        "sitemap.xml: <loc>https://example.test/report/</loc>: listed more than once",
                        "sitemap.xml: <loc>https://example.test/report/gone/</loc>: not a page of the site",
                        "sitemap.xml: <loc>https://example.test/report/assets/site.css</loc>: not a page of the site",
                        "sitemap.xml: <loc>https://elsewhere.test/page/</loc>: not an address of this site (siteUrl https://example.test/report/, base path /report/)")},
                new Object[] {"file-names", List.of(
                        "_print/print.css: _print: a name starting with '_' may be dropped by a static host; rename it",
                        "assets/.old.css: .old.css: a name starting with '.' may be dropped by a static host; rename it")});
    }

    @Test
    void theCleanSitePassesEveryRule(@TempDir Path site) {
        SiteChecker.Report report = check(build(site, Optional.empty()), Map.of());

        assertEquals(List.of(), described(report));
        assertEquals(SiteChecker.RULES.size(), faults().count(), "every rule has a fixture with its fault");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("faults")
    void eachRuleFindsExactlyTheFaultOfItsFixture(String rule, List<String> expected, @TempDir Path site) {
        SiteChecker.Report report = check(build(site, Optional.of(rule)), Map.of());

        assertEquals(expected, described(report));
        assertTrue(report.findings().stream().allMatch(finding -> finding.rule().equals(rule)), report.toString());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("faults")
    void aRuleSwitchedOffWithAReasonIsNotRunAndTheReasonIsKept(String rule, List<String> expected, @TempDir Path site) {
        SiteChecker.Report report = check(build(site, Optional.of(rule)), Map.of(rule, "known and accepted for now"));

        assertEquals(List.of(), described(report));
        assertEquals(Map.of(rule, "known and accepted for now"), report.switchedOff());
    }

    @Test
    void aRuleCannotBeSwitchedOffWithoutAReason() {
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> new SiteChecker(Map.of("image-alt", " ")));

        assertTrue(error.getMessage().startsWith("check rule 'image-alt' is switched off without a reason"),
                error.getMessage());
    }

    @Test
    void anUnknownRuleNameIsRefusedWithTheListOfRules() {
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> new SiteChecker(Map.of("image-alts", "typo")));

        assertTrue(error.getMessage().startsWith("unknown check rule 'image-alts' in skipRules; the rules are: "
                + "broken-links, missing-resources"), error.getMessage());
    }

    @Test
    void theSameSiteChecksTheSameInMemoryAndOnDisk(@TempDir Path site) throws IOException {
        Path folder = build(site, Optional.of("broken-links"));
        List<io.github.microsite.publish.SiteFile> files;
        try (Stream<Path> walk = Files.walk(folder)) {
            files = walk.filter(Files::isRegularFile).map(file -> {
                try {
                    return io.github.microsite.publish.SiteFile.generated(
                            folder.relativize(file).toString().replace('\\', '/'), Files.readAllBytes(file));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }).toList();
        }

        SiteChecker.Report inMemory = new SiteChecker(Map.of()).check(
                new CheckedSite(SiteFiles.inMemory(files), BASE_PATH, SITE_URL));

        assertEquals(described(check(folder, Map.of())), described(inMemory));
        assertEquals(3, inMemory.findings().size());
    }

    private static SiteChecker.Report check(Path site, Map<String, String> off) {
        return new SiteChecker(off).check(new CheckedSite(SiteFiles.onDisk(site), BASE_PATH, SITE_URL));
    }

    private static List<String> described(SiteChecker.Report report) {
        return report.findings().stream().map(Finding::describe).toList();
    }

    /** The clean site, with the fault of one rule's fixture laid over it. */
    private static Path build(Path target, Optional<String> fault) {
        FixtureSites.copy(FIXTURES.resolve("clean/site"), target);
        fault.ifPresent(rule -> FixtureSites.copy(FIXTURES.resolve(rule).resolve("site"), target));
        return target;
    }
}
