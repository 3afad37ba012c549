package io.github.microsite;

import com.sun.net.httpserver.HttpServer;
import io.github.microsite.model.SiteConfig;
import org.htmlunit.BrowserVersion;
import org.htmlunit.WebClient;
import org.htmlunit.html.DomElement;
import org.htmlunit.html.DomNode;
import org.htmlunit.html.HtmlButton;
import org.htmlunit.html.HtmlPage;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A table longer than its page size ({@code page-size=2} on the four cities of the data-tables fixture): the page
 * holds the first rows and says where the rest is; with JavaScript, "show more" appends the others from the rows file.
 */
@ExtendWith(FixtureSites.Extension.class)
class PagedTableTest {

    private static final String PAGE = "chapters/tables/index.html";

    private static SiteConfig english(Path out) {
        return new SiteConfig(FixtureSites.FIXTURES.resolve("data-tables").resolve("content"), out, Optional.empty(),
                "Fixture data-tables", "en", "/", Optional.empty(), List.of(), List.of(), Map.of());
    }

    @Test
    void withoutJavaScriptThePageHoldsTheFirstRowsAndPointsToTheDownloads(FixtureSites sites, @TempDir Path out) {
        assertEquals(List.of(), FixtureSites.described(sites.build(english(out))));
        Document page = FixtureSites.page(out, PAGE);
        Element table = page.selectFirst("table[data-more]");
        assertNotNull(table, "the two-at-a-time table is paged");
        assertEquals(List.of("Amsterdam", "Lisbon"), table.select("tbody th").eachText());
        Element view = table.closest(".data-view");
        assertEquals("The first 2 of 4 rows; the full data is in the downloads below.",
                view.selectFirst("p.data-more").text());
        assertTrue(view.select(".data-downloads a").eachAttr("href").contains("../../data/cities.csv"));
        assertTrue(Files.isRegularFile(out.resolve("data").resolve(table.attr("data-more"))),
                "the rows file is published beside the downloads");
    }

    @Test
    void showMoreAppendsTheOtherRowsFormattedLikeTheFirst(FixtureSites sites, @TempDir Path out) throws Exception {
        sites.build(english(out));
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", exchange -> {
            Path file = out.resolve(exchange.getRequestURI().getPath().substring(1)).normalize();
            if (Files.isDirectory(file)) {
                file = file.resolve("index.html");
            }
            if (!file.startsWith(out) || !Files.isRegularFile(file)) {
                exchange.sendResponseHeaders(404, -1);
                exchange.close();
                return;
            }
            String name = file.getFileName().toString();
            exchange.getResponseHeaders().set("Content-Type", name.endsWith(".html") ? "text/html; charset=utf-8"
                    : name.endsWith(".js") ? "text/javascript" : name.endsWith(".json") ? "application/json"
                    : "application/octet-stream");
            byte[] bytes = Files.readAllBytes(file);
            exchange.sendResponseHeaders(200, bytes.length);
            try (OutputStream body = exchange.getResponseBody()) {
                body.write(bytes);
            }
        });
        server.start();
        try (WebClient browser = new WebClient(BrowserVersion.FIREFOX)) {
            browser.getOptions().setCssEnabled(false);
            browser.getOptions().setThrowExceptionOnScriptError(true);
            browser.getOptions().setDownloadImages(false);
            HtmlPage page = browser.getPage("http://127.0.0.1:" + server.getAddress().getPort() + "/" + PAGE);
            DomElement table = page.querySelector("table[data-more]");
            HtmlButton more = page.querySelector("p.data-more button");
            assertNotNull(more, "the script adds a show-more button");
            assertEquals("Show 2 more rows", more.asNormalizedText());
            more.click();
            browser.waitForBackgroundJavaScript(5_000);

            List<String> names = new ArrayList<>();
            for (DomNode cell : table.querySelectorAll("tbody th[scope=row]")) {
                names.add(cell.asNormalizedText());
            }
            assertEquals(List.of("Amsterdam", "Lisbon", "Porto, \"Invicta\"", "Toronto <ON>"), names);
            DomElement toronto = (DomElement) table.querySelectorAll("tbody tr").get(3);
            DomElement population = (DomElement) toronto.querySelectorAll("td.num").get(0);
            assertEquals("2,794,356", population.asNormalizedText(), "formatted as the build formats it");
            assertEquals("2794356", population.getAttribute("data-value"));
            assertNull(page.querySelector("p.data-more button"), "no button once every row is shown");
            assertTrue(page.asNormalizedText().contains("Showing 4 of 4 rows"));
        } finally {
            server.stop(0);
        }
    }
}
