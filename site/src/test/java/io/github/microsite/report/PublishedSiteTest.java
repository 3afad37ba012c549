package io.github.microsite.report;

import org.htmlunit.WebClient;
import org.htmlunit.html.DomElement;
import org.htmlunit.html.DomNode;
import org.htmlunit.html.HtmlLink;
import org.htmlunit.html.HtmlPage;
import org.jsoup.Jsoup;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The report as a host serves it: built with the base path of site/pom.xml and its test site URL, served under that path,
 * every page crawled by a browser, following its links. What {@code microsite:check} cannot see from the files alone: pages that
 * actually load over HTTP under the prefix (folder URLs, scripts running), the 404 page at a deep missing address,
 * and absolute URLs matching where the site is served.
 */
class PublishedSiteTest {

    private static final String BASE_PATH = SiteServer.BASE_PATH;
    private static final String SITE_URL = System.getProperty("site.url", "https://example.github.io/aigc-report/");

    private static SiteServer server;
    private static WebClient browser;
    private static Set<String> crawled;
    /** Crawled pages that do not ask to be left out of search engines ({@code noindex}: the search page). */
    private static Set<String> indexed;

    @BeforeAll
    static void crawl() throws Exception {
        server = new SiteServer(BuiltSite.directoryWithUrl());
        browser = BuiltSite.browser();
        crawled = new LinkedHashSet<>();
        indexed = new java.util.TreeSet<>();
        // Every page of the folder, and whatever their links lead to inside the site.
        Deque<String> queue = new ArrayDeque<>(pagesOnDisk());
        while (!queue.isEmpty()) {
            String path = queue.poll();
            if (!crawled.add(path)) {
                continue;
            }
            // Fails on any status but 200 and on any script error (BuiltSite.browser()).
            HtmlPage page = browser.getPage(server.url(path));
            if (page.querySelector("meta[name=robots][content*=noindex]") == null) {
                indexed.add(path);
            }
            for (DomNode node : page.querySelectorAll("a[href]")) {
                URL target = page.getFullyQualifiedUrl(((DomElement) node).getAttribute("href"));
                if (target.getHost().equals("127.0.0.1") && target.getPath().startsWith(BASE_PATH)
                        && (target.getPath().endsWith("/") || target.getPath().endsWith(".html"))) {
                    queue.add(pretty(target.getPath().substring(BASE_PATH.length())));
                }
            }
        }
    }

    @AfterAll
    static void close() {
        browser.close();
        server.close();
    }

    private static Set<String> pagesOnDisk() {
        try (var walk = Files.walk(BuiltSite.directoryWithUrl())) {
            return walk.map(file -> BuiltSite.directoryWithUrl().relativize(file).toString().replace('\\', '/'))
                    .filter(path -> path.endsWith(".html") && !path.equals("404.html")).map(PublishedSiteTest::pretty)
                    .collect(Collectors.toCollection(java.util.TreeSet::new));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static String pretty(String path) {
        return path.equals("index.html") ? "" : path.endsWith("/index.html")
                ? path.substring(0, path.length() - "index.html".length()) : path;
    }

    @Test
    void everyPageOfTheFolderLoadsUnderTheBasePath() {
        // The crawl fails in @BeforeAll on the first page or link target that does not load with status 200.
        assertTrue(crawled.containsAll(pagesOnDisk()), "crawled " + crawled);
        assertTrue(crawled.size() >= 7, crawled.toString());
    }

    @Test
    void theSitemapListsEveryIndexedPageOnceByItsAbsoluteUrl() throws Exception {
        String xml = Files.readString(BuiltSite.directoryWithUrl().resolve("sitemap.xml"), StandardCharsets.UTF_8);
        List<String> listed = Jsoup.parse(xml, "", Parser.xmlParser()).select("url > loc").eachText();

        assertEquals(listed.size(), new LinkedHashSet<>(listed).size(), "no page listed twice: " + listed);
        assertEquals(new java.util.TreeSet<>(indexed.stream().map(path -> SITE_URL + path).toList()),
                new java.util.TreeSet<>(listed));
        assertTrue(Files.readString(BuiltSite.directoryWithUrl().resolve("robots.txt"))
                .contains("Sitemap: " + SITE_URL + "sitemap.xml"));
    }

    @Test
    void everyPageNamesItsOwnAbsoluteAddressAsCanonicalAndInItsSocialCard() throws Exception {
        for (String path : crawled) {
            HtmlPage page = browser.getPage(server.url(path));
            String canonical = attribute(page, "link[rel=canonical]", "href");
            assertEquals(SITE_URL + path, canonical, path);
            assertEquals(canonical, attribute(page, "meta[property='og:url']", "content"), path);
            assertEquals(page.querySelector("main h1").asNormalizedText(),
                    attribute(page, "meta[property='og:title']", "content"), path);
            String image = attribute(page, "meta[property='og:image']", "content");
            assertTrue(image.startsWith(SITE_URL + "assets/images/social."), image);
            // The image is in the site: the part after the site URL loads from the test server.
            assertEquals(200, browser.getPage(server.url(image.substring(SITE_URL.length())))
                    .getWebResponse().getStatusCode(), image);
        }
    }

    @Test
    void theNotFoundPageIsServedWithItsStylesAtADeepMissingAddress() throws Exception {
        boolean strict = browser.getOptions().isThrowExceptionOnFailingStatusCode();
        browser.getOptions().setThrowExceptionOnFailingStatusCode(false);
        try {
            HtmlPage page = browser.getPage(server.url("chapters/no/such/page/here/"));

            assertEquals(404, page.getWebResponse().getStatusCode());
            assertNotNull(page.querySelector("main h1"), "the site's own 404 page, not the server's");
            List<HtmlLink> stylesheets = new ArrayList<>();
            page.querySelectorAll("link[rel=stylesheet]").forEach(node -> stylesheets.add((HtmlLink) node));
            assertFalse(stylesheets.isEmpty());
            for (HtmlLink stylesheet : stylesheets) {
                var response = stylesheet.getWebResponse(true);
                assertEquals(200, response.getStatusCode(), stylesheet.getHrefAttribute());
                assertTrue(response.getContentType().startsWith("text/css"), stylesheet.getHrefAttribute());
                assertTrue(response.getContentAsString().contains("{"), "a real stylesheet");
            }
            // Its links lead back into the site from any depth.
            for (DomNode node : page.querySelectorAll("header a, footer a")) {
                String href = ((DomElement) node).getAttribute("href");
                assertTrue(href.startsWith(BASE_PATH), href);
                assertEquals(200, browser.getPage(page.getFullyQualifiedUrl(href)).getWebResponse().getStatusCode(), href);
            }
        } finally {
            browser.getOptions().setThrowExceptionOnFailingStatusCode(strict);
        }
    }

    @Test
    void theIconIsLoadedFromUnderTheBasePathNotTheHostRoot() throws Exception {
        HtmlPage page = browser.getPage(server.url("chapters/preface/"));
        HtmlLink icon = (HtmlLink) page.querySelector("link[rel=icon]");

        assertNotNull(icon);
        URI resolved = page.getFullyQualifiedUrl(icon.getHrefAttribute()).toURI();
        assertTrue(resolved.getPath().startsWith(BASE_PATH + "assets/images/favicon."), resolved.toString());
        assertEquals(200, icon.getWebResponse(true).getStatusCode());
    }

    private static String attribute(HtmlPage page, String selector, String name) {
        DomElement element = page.querySelector(selector);
        assertNotNull(element, page.getUrl() + " has " + selector);
        return element.getAttribute(name);
    }
}
