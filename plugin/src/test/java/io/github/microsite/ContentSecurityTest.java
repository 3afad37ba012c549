package io.github.microsite;

import io.github.microsite.model.Problem;
import io.github.microsite.model.SiteConfig;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every page carries the site's Content-Security-Policy, and nothing the theme or the converter writes breaks it. */
@ExtendWith(FixtureSites.Extension.class)
class ContentSecurityTest {

    static final String POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:;"
            + " object-src 'none'; base-uri 'self'; form-action 'self'";

    private static final String TABLES = "= Tables\n\n[cols=\"1,2,3\"]\n|===\n| a | b | c\n|===\n\n"
            + "[width=50%]\n|===\n| d\n|===\n";

    private static final String PASSTHROUGH = "= Raw\n\nText.\n\n++++\n<div>\n<script>alert(1)</script>\n"
            + "<img src=\"x.png\" onerror=\"alert(2)\">\n</div>\n++++\n\nlink:javascript:alert(3)[click]\n";

    @Test
    void everyPageCarriesThePolicyAndTheReferrerPolicy(FixtureSites sites, @TempDir Path root) throws Exception {
        Path out = build(sites, root, Map.of("index.adoc", "= Home\n\nHi.\n", "tables.adoc", TABLES), false);

        List<Path> pages = pages(out);
        assertFalse(pages.isEmpty());
        for (Path page : pages) {
            Document html = Jsoup.parse(Files.readString(page, StandardCharsets.UTF_8));
            Element csp = html.selectFirst("head > meta[http-equiv=Content-Security-Policy]");
            assertTrue(csp != null, page + " has no CSP");
            assertEquals(POLICY, csp.attr("content"), page.toString());
            assertEquals(html.selectFirst("head > meta[charset]"), csp.previousElementSibling(),
                    "the policy comes before anything the page loads");
            assertEquals("strict-origin-when-cross-origin",
                    html.selectFirst("head > meta[name=referrer]").attr("content"), page.toString());
        }
    }

    @Test
    void theThemeAndTheConverterWriteNoInlineScriptHandlerOrStyle(FixtureSites sites, @TempDir Path root)
            throws Exception {
        Path out = build(sites, root, Map.of("index.adoc", "= Home\n\nHi.\n", "tables.adoc", TABLES), false);

        for (Path page : pages(out)) {
            Document html = Jsoup.parse(Files.readString(page, StandardCharsets.UTF_8));
            assertTrue(html.select("style, [style]").isEmpty(), page + ": " + html.select("style, [style]"));
            for (Element script : html.select("script")) {
                assertTrue(script.hasAttr("src") && script.hasAttr("defer") && script.data().isBlank(),
                        page + ": " + script);
            }
            for (Element element : html.getAllElements()) {
                element.attributes().forEach(attribute -> assertFalse(attribute.getKey().startsWith("on"),
                        page + ": " + element));
            }
        }
        Document tables = Jsoup.parse(out.resolve("tables/index.html").toFile());
        assertEquals(List.of("width-17", "width-33", "width-50", "width-100"), tables.select("col").eachAttr("class"));
        assertTrue(tables.select("table").get(1).hasClass("width-50"), tables.select("table").get(1).toString());
        String css = Files.readString(out.resolve(Jsoup.parse(out.resolve("tables/index.html").toFile())
                .select("link[rel=stylesheet]").eachAttr("href").stream().filter(href -> href.contains("widths"))
                .findFirst().orElseThrow().replace("../", "")));
        assertTrue(css.contains(".width-17{width:17%}") && css.contains(".width-100{width:100%}"), css);
    }

    @Test
    void aPassthroughThatThePolicyBlocksIsAWarningAtItsLine(FixtureSites sites, @TempDir Path root) throws Exception {
        Path content = root.resolve("content");
        Files.createDirectories(content);
        Files.writeString(content.resolve("index.adoc"), PASSTHROUGH);
        SiteConfig config = new SiteConfig(content, root.resolve("out"), Optional.empty(), "t", "en", "/",
                Optional.empty(), List.of(), List.of(), Map.of());

        BuildResult lenient = sites.build(config);

        assertEquals(List.of(
                "index.adoc:7: a <script> in the page will not run: the site's Content-Security-Policy allows only the"
                        + " theme's script files; load it from a theme template as <script src=… defer> instead of a"
                        + " passthrough",
                "index.adoc:8: the onerror= handler on <img> will not run: the site's Content-Security-Policy blocks"
                        + " inline event handlers; attach behaviour from a theme script file",
                "index.adoc:12: the javascript: URL in href= on <a> will not run: the site's Content-Security-Policy"
                        + " blocks it; link to a page or file instead"),
                lenient.problems().stream().filter(problem -> !problem.message().startsWith("image not found"))
                        .map(Problem::describe).toList());
        assertTrue(lenient.published(), "a warning alone does not stop the build");

        BuildResult strict = sites.build(config.withFailOnWarnings(true));
        assertFalse(strict.published(), "failOnWarnings makes it fatal");
    }

    private static Path build(FixtureSites sites, Path root, Map<String, String> pages, boolean failOnWarnings)
            throws Exception {
        Path content = root.resolve("content");
        Files.createDirectories(content);
        for (Map.Entry<String, String> page : pages.entrySet()) {
            Files.writeString(content.resolve(page.getKey()), page.getValue());
        }
        Path out = root.resolve("out");
        BuildResult result = sites.build(new SiteConfig(content, out, Optional.empty(), "t", "en", "/",
                Optional.empty(), List.of(), List.of(), Map.of()).withFailOnWarnings(failOnWarnings));
        assertEquals(List.of(), FixtureSites.described(result));
        return out;
    }

    static List<Path> pages(Path site) throws Exception {
        try (Stream<Path> files = Files.walk(site)) {
            return files.filter(file -> file.toString().endsWith(".html")).sorted().toList();
        }
    }
}
