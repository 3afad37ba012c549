package io.github.microsite;

import io.github.microsite.model.CollectionConfig;
import io.github.microsite.model.Problem;
import io.github.microsite.model.SiteConfig;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Collections: one page per dataset row and an overview, from configuration. The fixture is an English project with
 * its own entity list (three regions, one with an AsciiDoc body) and its own templates, to show that nothing is
 * particular to the report's industries.
 */
@ExtendWith(FixtureSites.Extension.class)
class CollectionsTest {

    private static final Path FIXTURE = FixtureSites.FIXTURES.resolve("collections");

    static CollectionConfig regions(String path) {
        return new CollectionConfig("regions", "region", path, Optional.empty(), Optional.empty(),
                Optional.of("rank"), Optional.of("regions/"), Optional.empty());
    }

    private static SiteConfig config(Path content, Path out, CollectionConfig collection) {
        return new SiteConfig(content, out, Optional.of(FIXTURE.resolve("theme")), "Regions", "en", "/",
                Optional.empty(), List.of(), List.of(), Map.of()).withCollections(List.of(collection));
    }

    private static BuildResult build(FixtureSites sites, Path out) {
        return sites.build(config(FIXTURE.resolve("content"), out.resolve("site"), regions("regions/{slug}/")));
    }

    @Test
    void everyRowGetsAPageAndTheOverviewListsThemInTheSortOrder(FixtureSites sites, @TempDir Path out) {
        BuildResult result = build(sites, out);

        assertEquals(List.of(), FixtureSites.described(result));
        Path site = out.resolve("site");
        for (String slug : List.of("north", "south", "east")) {
            assertTrue(Files.isRegularFile(site.resolve("regions/" + slug + "/index.html")), slug);
        }
        // The body file is merged into its row's page, not published as a page of its own.
        assertFalse(Files.exists(site.resolve("regions/north/index/index.html")));
        Document overview = FixtureSites.page(site, "regions/index.html");
        assertEquals("Regions", overview.selectFirst("h1").text());
        assertEquals(List.of("south/index.html", "north/index.html", "east/index.html"),
                overview.select("ul.cards a").eachAttr("href"));
        assertEquals("Three regions of an imaginary country.",
                overview.selectFirst("meta[name=description]").attr("content"));
    }

    @Test
    void aRowPageShowsItsFieldsWithReferencesResolved(FixtureSites sites, @TempDir Path out) {
        build(sites, out);

        Document north = FixtureSites.page(out.resolve("site"), "regions/north/index.html");
        assertEquals("The North · Regions", north.title());
        assertEquals("Cold, wide and quiet.", north.selectFirst("meta[name=description]").attr("content"));
        assertEquals("Capital: Frostholm, founded 1204", north.selectFirst(".capital").text());
        assertEquals(List.of("Frostholm", "Pinegate"), north.select("ul.cities li").eachText());
        Element guide = north.selectFirst(".guide a");
        assertEquals("../../guide/index.html#climate", guide.attr("href"));
        assertEquals("Climate", guide.text());
        // Rows of other datasets that refer to this one, found without a list on the region's side.
        assertEquals("Cities: Frostholm, Pinegate", north.selectFirst(".cities-here").text());
        assertEquals("../../data/index.html#dataset-cities", north.selectFirst(".cities-here a").attr("href"));
        // No capital (null) renders nothing rather than failing.
        Document east = FixtureSites.page(out.resolve("site"), "regions/east/index.html");
        assertTrue(east.select(".capital").isEmpty());
        assertTrue(east.select(".cities-here").isEmpty(), "no city refers to the east");
        assertEquals("../north/index.html#history", east.selectFirst(".guide a").attr("href"));
    }

    @Test
    void anAsciidocBodyIsMergedWithItsSectionsLinksAndNotes(FixtureSites sites, @TempDir Path out) {
        build(sites, out);

        Document north = FixtureSites.page(out.resolve("site"), "regions/north/index.html");
        assertEquals("History", north.selectFirst(".content-body #history").text());
        assertEquals(List.of("../../guide/index.html#climate", "../east/index.html"),
                north.select(".content-body a:not(sup a)").eachAttr("href"));
        // The body's note comes first; the template's cite of the row's source continues the numbering.
        // An English site quotes titles the English way (the theme's label bundle), not with 《》.
        assertEquals(List.of("Old Press, “Chronicle of the North” (1890)",
                        "Statistics Office, “Census 2020” (2021)"),
                north.select("section.citations li").eachText().stream().map(text -> text.replace(" ↩", "")).toList());
        assertEquals("#cite-2", north.selectFirst(".population sup a").attr("href"));
        assertEquals("cite-ref-2-1", north.selectFirst(".population sup a").id());

        Document south = FixtureSites.page(out.resolve("site"), "regions/south/index.html");
        assertTrue(south.selectFirst(".content-body").text().isEmpty());
        assertEquals("#cite-1", south.selectFirst(".population sup a").attr("href"));
    }

    @Test
    void aTemplateDrawsAChartFromADatasetAsTheChartMacroDoes(FixtureSites sites, @TempDir Path out) {
        build(sites, out);

        Document overview = FixtureSites.page(out.resolve("site"), "regions/index.html");
        Element chart = overview.selectFirst("figure.data-chart");
        assertEquals("People per region", chart.selectFirst("figcaption").text());
        assertEquals(3, chart.select("svg rect.chart-bar").size());
        assertEquals(List.of("120000", "340000", "95000"), chart.select("td[data-value]").eachAttr("data-value"));
        assertEquals("../data/regions.csv", chart.selectFirst(".data-downloads a").attr("href"));
    }

    @Test
    void rowsHaveTheirOwnPreviousNextBreadcrumbsAndOverviewLink(FixtureSites sites, @TempDir Path out) {
        build(sites, out);

        Document north = FixtureSites.page(out.resolve("site"), "regions/north/index.html");
        assertEquals("../south/index.html", north.selectFirst("a[rel=prev]").attr("href"));
        assertEquals("../east/index.html", north.selectFirst("a[rel=next]").attr("href"));
        assertEquals("../index.html", north.selectFirst("a.overview").attr("href"));
        assertEquals(List.of("Regions Handbook", "Regions", "The North"), north.select(".breadcrumbs li").eachText());
        assertEquals(List.of("../../index.html", "../index.html"), north.select(".breadcrumbs a").eachAttr("href"));
        Document south = FixtureSites.page(out.resolve("site"), "regions/south/index.html");
        assertTrue(south.select("a[rel=prev]").isEmpty(), "the first row has no previous row");
        // Collection pages are not chapters: the guide's own previous/next stay in the reading order.
        Document guide = FixtureSites.page(out.resolve("site"), "guide/index.html");
        assertTrue(guide.select(".prev-next a").isEmpty(), guide.select(".prev-next").outerHtml());
    }

    @Test
    void asciidocReachesRowPagesAndTheOverviewByTheirAddress(FixtureSites sites, @TempDir Path out) {
        build(sites, out);

        Document guide = FixtureSites.page(out.resolve("site"), "guide/index.html");
        assertEquals(List.of("../regions/south/index.html", "../regions/north/index.html#history"),
                guide.select(".content-body a").eachAttr("href"));
        Document home = FixtureSites.page(out.resolve("site"), "index.html");
        assertTrue(home.select(".content-body a").eachAttr("href").contains("regions/index.html"));
    }

    @Test
    void theSameInputBuildsTheSameBytes(FixtureSites sites, @TempDir Path out) throws IOException {
        build(sites, out.resolve("a"));
        build(sites, out.resolve("b"));

        for (String page : List.of("regions/index.html", "regions/north/index.html", "regions/east/index.html")) {
            assertEquals(Files.readString(out.resolve("a/site/" + page)), Files.readString(out.resolve("b/site/" + page)),
                    page);
        }
    }

    // ---- errors: each fails the build, located in the dataset by line and JSON pointer ----

    @Test
    void aPathNamingAMissingFieldIsAnErrorAtTheRow(FixtureSites sites, @TempDir Path out) {
        BuildResult result = sites.build(config(FIXTURE.resolve("content"), out, regions("regions/{code}/")));

        Problem problem = only(result);
        assertEquals("data/regions.json", problem.file());
        assertEquals("/rows/0", problem.pointer());
        assertEquals(5, problem.line());
        assertTrue(problem.message().contains("names the field 'code', which no row has"),
                problem.message());
        assertFalse(result.published());
    }

    @Test
    void aPathNamingAFieldOneRowLacksIsAnErrorAtThatRow(FixtureSites sites, @TempDir Path out) {
        BuildResult result = sites.build(config(FIXTURE.resolve("content"), out, regions("regions/{capital}/")));

        Problem problem = only(result);
        assertEquals("/rows/2", problem.pointer());
        assertEquals(27, problem.line());
        assertTrue(problem.message().contains("names the field 'capital', which this row does not have"),
                problem.message());
    }

    @Test
    void anEmptySlugIsAnError(FixtureSites sites, @TempDir Path out) throws IOException {
        Path content = copyWithRegions(out, "\"east\"", "\"\"");

        Problem problem = only(sites.build(config(content, out.resolve("site"), regions("regions/{slug}/"))));
        assertEquals("/rows/2/slug", problem.pointer());
        assertEquals(28, problem.line());
        assertTrue(problem.message().contains("the field 'slug' is empty"), problem.message());
    }

    @Test
    void aNonAsciiSlugIsAnError(FixtureSites sites, @TempDir Path out) throws IOException {
        Path content = copyWithRegions(out, "\"east\"", "\"südland\"");

        Problem problem = only(sites.build(config(content, out.resolve("site"), regions("regions/{slug}/"))));
        assertEquals("/rows/2/slug", problem.pointer());
        assertTrue(problem.message().contains("'südland' cannot be part of a URL"), problem.message());
        assertTrue(problem.message().contains("not plain ASCII"), problem.message());
    }

    @Test
    void unsafeSlugsAreErrors(FixtureSites sites, @TempDir Path out) throws IOException {
        Map<String, String> reasons = Map.of("..", "'..' would climb out", "a/b", "a slash",
                "far south", "contains a space");
        for (Map.Entry<String, String> unsafe : reasons.entrySet()) {
            Path dir = out.resolve(Integer.toString(Math.abs(unsafe.getKey().hashCode())));
            Path content = copyWithRegions(dir, "\"east\"", "\"" + unsafe.getKey() + "\"");
            Problem problem = only(sites.build(config(content, dir.resolve("site"), regions("regions/{slug}/"))));
            assertEquals("/rows/2/slug", problem.pointer(), unsafe.getKey());
            assertTrue(problem.message().contains(unsafe.getValue()), problem.message());
        }
    }

    @Test
    void twoRowsOnOneUrlIsAnErrorNamingBoth(FixtureSites sites, @TempDir Path out) throws IOException {
        Path content = copyWithRegions(out, "\"east\"", "\"north\"");

        BuildResult result = sites.build(config(content, out.resolve("site"), regions("regions/{slug}/")));
        // The dataset check may also report the duplicate key; the collection's own error is the one about the URL.
        Problem problem = result.problems().stream().filter(p -> p.message().contains("would both be published"))
                .findFirst().orElseThrow(() -> new AssertionError(FixtureSites.described(result)));
        assertEquals("/rows/2", problem.pointer());
        assertTrue(problem.message().contains("row /rows/0 of data/regions.json"), problem.message());
        assertTrue(problem.message().contains("regions/north/index.html"), problem.message());
        assertFalse(result.published());
    }

    @Test
    void aRowAndAnAsciidocPageOnOneUrlIsAnErrorNamingBoth(FixtureSites sites, @TempDir Path out) throws IOException {
        Path content = copyWithRegions(out, "\"south\"", "\"south\"");
        Files.writeString(content.resolve("regions/coast.adoc"), "= Coast\n:slug: south\n\nThe coast.\n");

        Problem problem = only(sites.build(config(content, out.resolve("site"), regions("regions/{slug}/"))));
        assertEquals("/rows/1", problem.pointer());
        assertTrue(problem.message().contains("the page regions/coast.adoc"), problem.message());
        assertTrue(problem.message().contains("regions/south/index.html"), problem.message());
    }

    @Test
    void aMissingTemplateIsOneErrorNamingTheTemplate(FixtureSites sites, @TempDir Path out) {
        CollectionConfig collection = new CollectionConfig("regions", "province", "regions/{slug}/", Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());

        Problem problem = only(sites.build(config(FIXTURE.resolve("content"), out, collection)));
        assertEquals("data/regions.json", problem.file());
        assertTrue(problem.message().contains("no templates/province.ftl"), problem.message());
        assertTrue(problem.message().contains("<template>"), problem.message());
    }

    @Test
    void aMissingDatasetIsAnError(FixtureSites sites, @TempDir Path out) {
        CollectionConfig collection = new CollectionConfig("provinces", "region", "provinces/{slug}/",
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());

        Problem problem = only(sites.build(config(FIXTURE.resolve("content"), out, collection)));
        assertEquals("data/provinces.json", problem.file());
        assertTrue(problem.message().contains("no valid data/provinces.json"), problem.message());
    }

    @Test
    void aChartAskingForAFieldTheDatasetLacksFailsThePageWithTheReason(FixtureSites sites, @TempDir Path out)
            throws IOException {
        Path theme = out.resolve("theme/templates");
        Files.createDirectories(theme);
        for (String template : List.of("region.ftl", "regions.ftl")) {
            Files.writeString(theme.resolve(template), Files.readString(FIXTURE.resolve("theme/templates/" + template))
                    .replace("\"value\": \"population\"", "\"value\": \"inhabitants\""));
        }
        SiteConfig config = new SiteConfig(FIXTURE.resolve("content"), out.resolve("site"),
                Optional.of(out.resolve("theme")), "Regions", "en", "/", Optional.empty(), List.of(), List.of(),
                Map.of()).withCollections(List.of(regions("regions/{slug}/")));

        Problem problem = only(sites.build(config));
        assertEquals("theme/regions.ftl", problem.file());
        assertTrue(problem.message().contains("cannot render regions/index.html"), problem.message());
        assertTrue(problem.message().contains("unknown field 'inhabitants'"), problem.message());
    }

    private static Problem only(BuildResult result) {
        List<Problem> errors = result.problems().stream().filter(Problem::isError).toList();
        assertEquals(1, errors.size(), FixtureSites.described(result).toString());
        assertFalse(result.published());
        return errors.get(0);
    }

    /** A copy of the fixture's content with one replacement in data/regions.json. */
    private static Path copyWithRegions(Path out, String from, String to) throws IOException {
        Path content = out.resolve("content");
        Path source = FIXTURE.resolve("content");
        FixtureSites.copy(source, content);
        Path regions = content.resolve("data/regions.json");
        String text = Files.readString(regions, StandardCharsets.UTF_8);
        assertTrue(text.contains(from), from);
        Files.writeString(regions, text.replaceFirst(java.util.regex.Pattern.quote(from),
                java.util.regex.Matcher.quoteReplacement(to)), StandardCharsets.UTF_8);
        return content;
    }
}
