package io.github.microsite.link;

import io.github.microsite.convert.ConvertedPage;
import io.github.microsite.model.Problems;
import io.github.microsite.model.SiteConfig;
import io.github.microsite.model.SourceFile;
import io.github.microsite.route.PageRouter;
import io.github.microsite.route.SiteMap;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Pages here are written as Asciidoctor would convert them, so no Asciidoctor is needed. */
class LinkResolverTest {

    private static final SiteConfig CONFIG = new SiteConfig(Path.of("content"), Path.of("out"), Optional.empty(),
            "Site", "en", "/", Optional.empty(), List.of(), List.of(), Map.of());

    private static ConvertedPage page(String path, String body) {
        return new ConvertedPage(new SourceFile(Path.of("content", path), path), List.of(), path, Map.of(), body, List.of());
    }

    private static Map<String, Document> resolve(Problems problems, List<SourceFile> resources, ConvertedPage... pages) {
        SiteMap map = new PageRouter(CONFIG).route(List.of(pages), problems);
        Map<String, Document> byPath = new java.util.HashMap<>();
        for (LinkedPage linked : new LinkResolver(map, resources, List.of(), new Labels("Table", "“{title}”", ", ", " ({date})", ", issued {date}", " (added by this site)", "Editor’s note: ", ". ")).resolve(problems)) {
            byPath.put(linked.route().outputPath(), Jsoup.parseBodyFragment(linked.body()));
        }
        return byPath;
    }

    @Test
    void aLinkToAnotherAsciidocFileBecomesARelativePrettyUrl() {
        Map<String, Document> site = resolve(new Problems(), List.of(),
                page("chapters/a.adoc", "<a href=\"b.html#x\">B</a>"),
                page("chapters/b.adoc", "<h2 id=\"x\">X</h2>"));

        assertEquals("../b/index.html#x", site.get("chapters/a/index.html").selectFirst("a").attr("href"));
    }

    @Test
    void aReferenceToAnAnchorOfAnotherPageIsPointedAtThatPageAndTitled() {
        Map<String, Document> site = resolve(new Problems(), List.of(),
                page("a.adoc", "<a href=\"#setup\">[setup]</a>"),
                new ConvertedPage(new SourceFile(Path.of("content/b.adoc"), "b.adoc"), List.of(), "B", Map.of(),
                        "<h2 id=\"setup\">Setup</h2>",
                        List.of(new io.github.microsite.model.Section("setup", "First Setup", 1, 1, List.of()))));

        var link = site.get("a/index.html").selectFirst("a");
        assertEquals("../b/index.html#setup", link.attr("href"));
        assertEquals("First Setup", link.text());
    }

    @Test
    void aReferenceNoPageDefinesIsAWarning() {
        Problems problems = new Problems();
        resolve(problems, List.of(), page("a.adoc", "<a href=\"#nowhere\">[nowhere]</a>"));

        assertEquals(1, problems.all().size());
        assertTrue(problems.all().get(0).message().startsWith("unresolved cross reference <<nowhere>>"));
        assertTrue(!problems.hasErrors());
    }

    @Test
    void imagesPointAtTheCopiedFileRelativeToThePage() {
        Map<String, Document> site = resolve(new Problems(),
                List.of(new SourceFile(Path.of("content/book/images/x.png"), "book/images/x.png")),
                page("book/ch1.asc", "<img src=\"images/x.png\">"));

        assertEquals("../images/x.png", site.get("book/ch1/index.html").selectFirst("img").attr("src"));
    }

    @Test
    void anImageFromOutsideTheSiteIsAWarningBecauseItWouldBeARequestElsewhere() {
        Problems problems = new Problems();
        resolve(problems, List.of(), page("a.adoc", "<img src=\"https://cdn.example.com/x.png\">"));

        assertTrue(problems.all().get(0).message().contains("loaded from outside the site"));
    }

    @Test
    void externalLinksAreLeftAlone() {
        Problems problems = new Problems();
        Map<String, Document> site = resolve(problems, List.of(), page("a.adoc", "<a href=\"https://example.com/\">x</a>"));

        assertEquals("https://example.com/", site.get("a/index.html").selectFirst("a").attr("href"));
        assertTrue(problems.isEmpty());
    }

    @Test
    void aCitationWithoutASourcesDatasetIsAnError() {
        Problems problems = new Problems();
        resolve(problems, List.of(), page("a.adoc",
                "<p>x<sup class=\"cite\" data-cite=\"s1\" data-cite-line=\"4\"></sup></p>"));

        assertTrue(problems.hasErrors());
        assertEquals("a.adoc:4: cite:s1[] needs a sources dataset: add data/sources.json with a row whose id is 's1'",
                problems.all().get(0).describe());
    }

    @Test
    void dataTablesAreWrappedToScrollButAdmonitionLayoutTablesAreNot() {
        Map<String, Document> site = resolve(new Problems(), List.of(), page("a.adoc",
                "<table class=\"tableblock\"><caption class=\"title\">表 1. 政策</caption><tr><td>x</td></tr></table>"
                        + "<div class=\"admonitionblock note\"><table><tr><td>注</td></tr></table></div>"));

        Document body = site.get("a/index.html");
        assertEquals("表 1. 政策", body.selectFirst("table.tableblock").parent().attr("aria-label"));
        assertEquals(1, body.select("div.table-scroll").size());
        assertTrue(body.selectFirst("div.admonitionblock > table") != null);
    }
}
