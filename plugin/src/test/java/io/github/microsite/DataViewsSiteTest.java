package io.github.microsite;

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
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** An English project with its own datasets: tables, charts, downloads and the data page, end to end. */
@ExtendWith(FixtureSites.Extension.class)
class DataViewsSiteTest {

    private static SiteConfig english(String fixture, Path out) {
        return new SiteConfig(FixtureSites.FIXTURES.resolve(fixture).resolve("content"), out, Optional.empty(),
                "Fixture " + fixture, "en", "/", Optional.empty(), List.of(), List.of(), Map.of());
    }

    @Test
    void aDatasetMacroBecomesASortedCaptionedTableWithFormattedValues(FixtureSites sites, @TempDir Path out) {
        BuildResult result = sites.build(english("data-tables", out));
        assertEquals(List.of(), FixtureSites.described(result));

        Document page = FixtureSites.page(out, "chapters/tables/index.html");
        Element table = page.selectFirst("table.data-table");
        assertNotNull(table);
        assertEquals("Cities by population", table.selectFirst("caption").text());
        assertEquals(List.of("City", "Country", "Population", "Area (km²)", "Founded", "Known for"),
                table.select("thead th[scope=col]").eachText());
        assertEquals(List.of("Toronto <ON>", "Amsterdam", "Lisbon", "Porto, \"Invicta\""),
                table.select("tbody th[scope=row]").eachText());
        Element toronto = table.selectFirst("tbody tr");
        assertEquals("2,794,356", toronto.select("td.num").get(0).text());
        assertEquals("2794356", toronto.select("td.num").get(0).attr("data-value"));
        assertEquals("630.20", toronto.select("td.num").get(1).text(), "one precision per column");
        assertEquals("6 March 1834", toronto.select("td[data-value=1834-03-06]").text());
        assertEquals("lake, towers", toronto.select("td").last().text());
        assertTrue(page.html().contains("Toronto &lt;ON&gt;"), "dataset text is escaped");
    }

    @Test
    void underEachTableTheSourceAndDownloadsThatResolve(FixtureSites sites, @TempDir Path out) throws IOException {
        sites.build(english("data-tables", out));
        Document page = FixtureSites.page(out, "chapters/tables/index.html");
        Element view = page.selectFirst(".data-view");
        assertEquals("Source: Fixture data, made up for the tests", view.selectFirst(".data-source").text());
        List<String> hrefs = view.select(".data-downloads a").eachAttr("href");
        assertEquals(List.of("../../data/cities.csv", "../../data/cities.json", "../../data/index.html#dataset-cities"),
                hrefs);
        for (String href : hrefs) {
            assertTrue(Files.isRegularFile(out.resolve("chapters/tables").resolve(href.replaceAll("#.*", "")).normalize()),
                    href);
        }
    }

    @Test
    void aFilteredStackedTableKeepsItsRowsAndLabels(FixtureSites sites, @TempDir Path out) {
        sites.build(english("data-tables", out));
        Element table = FixtureSites.page(out, "chapters/tables/index.html").select("table.data-table").get(1);
        assertTrue(table.hasClass("data-table-stack"));
        assertEquals(List.of("Name", "Inhabitants"), table.select("thead th").eachText());
        assertEquals(List.of("Lisbon", "Porto, \"Invicta\""), table.select("tbody th").eachText());
        assertEquals("Inhabitants", table.selectFirst("tbody td").attr("data-label"));
    }

    @Test
    void aChartIsAnAccessibleSvgWithItsDataInDetails(FixtureSites sites, @TempDir Path out) {
        sites.build(english("data-tables", out));
        Document page = FixtureSites.page(out, "chapters/tables/index.html");
        Element figure = page.selectFirst("figure.data-chart");
        Element svg = figure.selectFirst("svg[role=img]");
        assertEquals("Population", svg.selectFirst("title").text());
        assertTrue(svg.selectFirst("desc").text().startsWith("4 bars; largest: Toronto <ON>, 2,794,356"),
                svg.selectFirst("desc").text());
        assertEquals(4, svg.select("rect.chart-bar").size());
        assertFalse(svg.outerHtml().contains("style="), "colours come from CSS classes");
        assertEquals(4, figure.select("details table tbody tr").size());
        Element years = page.select("figure.data-chart").get(1);
        assertEquals(List.of("0868", "1147", "1275", "1834"), years.select("details tbody th").eachText());
        assertEquals("km²", page.select("figure.data-chart").get(2).selectFirst("details td").text().replaceAll("[0-9. ]", ""));
    }

    @Test
    void theTableScriptIsLoadedOnlyWherePagesHaveASortableTable(FixtureSites sites, @TempDir Path out) {
        sites.build(english("data-tables", out));
        Element script = FixtureSites.page(out, "chapters/tables/index.html").selectFirst("script[src*=js/table][defer]");
        assertNotNull(script);
        assertTrue(script.attr("src").startsWith("../../assets/js/table."), script.attr("src"));
        assertTrue(Files.isRegularFile(out.resolve("chapters/tables").resolve(script.attr("src")).normalize()));
        assertTrue(FixtureSites.page(out, "chapters/guide/index.html").select("script[src*=js/table]").isEmpty());
    }

    @Test
    void everyDatasetIsDownloadableAndListedOnTheDataPage(FixtureSites sites, @TempDir Path out) throws IOException {
        sites.build(english("data-tables", out));
        byte[] csv = Files.readAllBytes(out.resolve("data/cities.csv"));
        assertEquals((byte) 0xEF, csv[0], "UTF-8 byte-order mark");
        String text = new String(csv, 3, csv.length - 3, StandardCharsets.UTF_8);
        assertTrue(text.startsWith("id,name,country,population,area,founded,tags,page\r\n"), text);
        assertTrue(text.contains("porto,\"Porto, \"\"Invicta\"\"\",pt,231800,41.42,0868-01-01,,\r\n"), text);
        assertTrue(text.contains(",canals; bikes,"), text);
        assertEquals(Files.readString(FixtureSites.FIXTURES.resolve("data-tables/content/data/cities.json")),
                Files.readString(out.resolve("data/cities.json")));
        assertTrue(Files.isRegularFile(out.resolve("data/cities.schema.json")));

        Document data = FixtureSites.page(out, "data/index.html");
        assertEquals("en", data.selectFirst("html").attr("lang"));
        assertEquals(List.of("Cities", "Countries"), data.select("section.dataset h2").eachText());
        Element cities = data.selectFirst("#dataset-cities");
        assertTrue(cities.text().contains("A few cities"), cities.text());
        assertTrue(cities.selectFirst(".dataset-facts").text().contains("Rows 4"), cities.text());
        assertEquals(3, cities.select("table tbody tr").size());
        assertEquals(List.of("../data/cities.csv", "../data/cities.json", "../data/cities.schema.json"),
                cities.select(".data-downloads a").eachAttr("href"));
    }

    @Test
    void eachMacroMistakeIsAnErrorAtItsLine(FixtureSites sites, @TempDir Path out) {
        BuildResult result = sites.build(english("dataview-errors", out));
        assertFalse(result.published());
        List<String> messages = result.problems().stream().map(Problem::describe).toList();
        assertEquals(6, messages.size(), messages.toString());
        assertTrue(messages.get(0).startsWith("index.adoc:5: dataset::nations[]: unknown dataset 'nations'; the"
                + " datasets are countries"), messages.get(0));
        assertTrue(messages.get(1).startsWith("index.adoc:7: dataset::countries[]: unknown column 'capital' in"
                + " dataset 'countries'; its fields are code, name"), messages.get(1));
        assertTrue(messages.get(2).startsWith("index.adoc:9: dataset::countries[]: unknown where field 'continent'"),
                messages.get(2));
        assertTrue(messages.get(3).startsWith("index.adoc:11: dataset::countries[]: unknown sort field 'population'"),
                messages.get(3));
        assertTrue(messages.get(4).startsWith("index.adoc:13: chart::countries[]: unknown chart type 'pie'"),
                messages.get(4));
        assertTrue(messages.get(5).startsWith("index.adoc:15: chart::countries[]: value=code: the row 'Netherlands' has 'nl'"
                + " there, not a number"), messages.get(5));
    }
}
