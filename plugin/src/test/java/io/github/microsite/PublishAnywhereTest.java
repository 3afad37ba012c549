package io.github.microsite;

import io.github.microsite.model.SiteConfig;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The files and absolute URLs a static host needs, from the minimal fixture served under a project path. */
@ExtendWith(FixtureSites.Extension.class)
class PublishAnywhereTest {

    private static final String SITE_URL = "https://example.test/report/";

    private static SiteConfig config(Path out, Optional<String> siteUrl, Map<String, String> attributes) {
        return new SiteConfig(FixtureSites.FIXTURES.resolve("minimal/content"), out, Optional.empty(), "Fixture",
                "zh-CN", "/report/", siteUrl, List.of(), List.of(), attributes);
    }

    @Test
    void everyPageHasAnAbsoluteCanonicalUrlAndASocialCard(FixtureSites sites, @TempDir Path out) {
        assertTrue(sites.build(config(out, Optional.of(SITE_URL), Map.of())).published());

        Document chapter = FixtureSites.page(out, "chapters/one/index.html");
        assertEquals(SITE_URL + "chapters/one/", chapter.select("link[rel=canonical]").attr("href"));
        assertEquals(SITE_URL + "chapters/one/", chapter.select("meta[property=og:url]").attr("content"));
        assertEquals("article", chapter.select("meta[property=og:type]").attr("content"));
        String image = chapter.select("meta[property=og:image]").attr("content");
        assertTrue(image.matches("https://example\\.test/report/assets/images/social\\.[0-9a-f]{10}\\.png"), image);
        assertTrue(Files.isRegularFile(out.resolve(image.substring(SITE_URL.length()))), image);
        assertEquals(image, chapter.select("meta[name=twitter:image]").attr("content"));
        Document home = FixtureSites.page(out, "index.html");
        assertEquals(SITE_URL, home.select("link[rel=canonical]").attr("href"));
        assertEquals("一个用来测试的最小站点。", home.select("meta[property=og:description]").attr("content"));
    }

    @Test
    void aSiteAttributeReplacesTheThemesSocialImage(FixtureSites sites, @TempDir Path out) {
        assertTrue(sites.build(config(out, Optional.of(SITE_URL), Map.of("social-image", "images/cover.png"))).published());

        assertEquals(SITE_URL + "images/cover.png",
                FixtureSites.page(out, "index.html").select("meta[property=og:image]").attr("content"));
    }

    @Test
    void theSitemapListsEveryPageOnceAndRobotsPointAtIt(FixtureSites sites, @TempDir Path out) throws IOException {
        assertTrue(sites.build(config(out, Optional.of(SITE_URL), Map.of())).published());

        Document sitemap = Jsoup.parse(Files.readString(out.resolve("sitemap.xml")), "", org.jsoup.parser.Parser.xmlParser());
        assertEquals(List.of(SITE_URL, SITE_URL + "chapters/one/", SITE_URL + "chapters/two/"),
                sitemap.select("url > loc").eachText());
        assertTrue(sitemap.select("lastmod").isEmpty(), "no timestamps: the same site gives the same sitemap");
        assertTrue(Files.readString(out.resolve("robots.txt")).contains("Sitemap: " + SITE_URL + "sitemap.xml\n"));
    }

    @Test
    void withoutASiteUrlNoFileOrTagCarriesAGuessedAbsoluteUrl(FixtureSites sites, @TempDir Path out) {
        assertTrue(sites.build(config(out, Optional.empty(), Map.of())).published());

        assertFalse(Files.exists(out.resolve("sitemap.xml")));
        assertFalse(Files.exists(out.resolve("robots.txt")));
        Document chapter = FixtureSites.page(out, "chapters/one/index.html");
        assertTrue(chapter.select("link[rel=canonical], meta[property=og:url], meta[property=og:image],"
                + " meta[name=twitter:image]").isEmpty(), chapter.head().toString());
        // The card's words need no address: a link shared from any build still shows title and type.
        assertEquals("article", chapter.select("meta[property=og:type]").attr("content"));
        assertEquals("summary", chapter.select("meta[name=twitter:card]").attr("content"));
        assertFalse(chapter.select("meta[property=og:title]").attr("content").isEmpty());
    }

    @Test
    void theNotFoundPageLinksAbsolutelyUnderTheBasePathSoItWorksAtAnyDepth(FixtureSites sites, @TempDir Path out) {
        assertTrue(sites.build(config(out, Optional.empty(), Map.of())).published());

        Document notFound = FixtureSites.page(out, "404.html");
        assertNotNull(notFound.selectFirst("h1"));
        List<String> urls = notFound.select("[href], [src]").stream()
                .map(element -> element.hasAttr("href") ? element.attr("href") : element.attr("src"))
                .filter(url -> !url.startsWith("#")).toList();
        assertFalse(urls.isEmpty());
        for (String url : urls) {
            assertTrue(url.startsWith("/report/"), "not absolute under the base path: " + url);
            String file = url.substring("/report/".length());
            Path target = out.resolve(file.isEmpty() || file.endsWith("/") ? file + "index.html" : file);
            assertTrue(Files.isRegularFile(target), url + " has no file");
        }
        assertTrue(notFound.select("link[rel=stylesheet]").attr("href").matches("/report/assets/css/site\\.[0-9a-f]{10}\\.css"));
    }

    @Test
    void theIconIsServedFromTheSiteNotTheHostRoot(FixtureSites sites, @TempDir Path out) {
        assertTrue(sites.build(config(out, Optional.empty(), Map.of())).published());

        Element icon = FixtureSites.page(out, "chapters/one/index.html").selectFirst("link[rel=icon]");
        assertNotNull(icon);
        assertTrue(icon.attr("href").startsWith("../../assets/images/favicon."), icon.attr("href"));
        assertTrue(Files.isRegularFile(out.resolve("chapters/one").resolve(icon.attr("href")).normalize()));
    }

    @Test
    void gitHubPagesPublishesTheFolderAsItIsAndNoNameStartsWithUnderscoreOrDot(FixtureSites sites, @TempDir Path out)
            throws IOException {
        assertTrue(sites.build(config(out, Optional.of(SITE_URL), Map.of())).published());

        assertTrue(Files.isRegularFile(out.resolve(".nojekyll")));
        try (Stream<Path> files = Files.walk(out)) {
            List<String> dropped = files.map(out::relativize).filter(path -> !path.toString().equals(".nojekyll"))
                    .flatMap(path -> java.util.stream.StreamSupport.stream(path.spliterator(), false))
                    .map(Path::toString).filter(name -> name.startsWith("_") || name.startsWith(".")).toList();
            assertEquals(List.of(), dropped);
        }
    }
}
