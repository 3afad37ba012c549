package io.github.microsite.host;

import io.github.microsite.index.SearchPage;
import io.github.microsite.model.PageUrls;
import io.github.microsite.model.SiteConfig;
import io.github.microsite.publish.SiteFile;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Makes {@code sitemap.xml}, {@code robots.txt} and {@code .nojekyll} for a baked site. */
public final class HostFiles {

    public static final String SITEMAP = "sitemap.xml";
    public static final String ROBOTS = "robots.txt";
    public static final String NO_JEKYLL = ".nojekyll";
    /** Served for missing URLs; not a page a search engine should list. */
    public static final String NOT_FOUND = "404.html";

    private final SiteConfig config;

    public HostFiles(SiteConfig config) {
        this.config = config;
    }

    /**
     * Without {@code siteUrl} only {@code .nojekyll}: a sitemap must hold absolute URLs, and a wrong one is worse than
     * none. The caller says so once in the log ({@link #skipsAbsoluteFiles()}).
     */
    public List<SiteFile> files(List<SiteFile> baked) {
        List<SiteFile> files = new ArrayList<>();
        // GitHub Pages runs Jekyll by default, which drops files and folders starting with '_'.
        files.add(SiteFile.generated(NO_JEKYLL, new byte[0]));
        config.siteUrl().ifPresent(url -> {
            files.add(SiteFile.generated(SITEMAP, sitemap(pages(baked)).getBytes(StandardCharsets.UTF_8)));
            files.add(SiteFile.generated(ROBOTS, robots(url).getBytes(StandardCharsets.UTF_8)));
        });
        return files;
    }

    public boolean skipsAbsoluteFiles() {
        return config.siteUrl().isEmpty();
    }

    /**
     * Every HTML file but the 404 page and the search results page (both noindex), in the order of their addresses
     * (home first), the same for the same site.
     */
    public static List<String> pages(List<SiteFile> baked) {
        return baked.stream().map(SiteFile::path).filter(HostFiles::isPage).distinct()
                .sorted(java.util.Comparator.comparing(PageUrls::pretty).thenComparing(path -> path)).toList();
    }

    public static boolean isPage(String path) {
        return path.endsWith(".html") && !path.equals(NOT_FOUND) && !path.equals(SearchPage.PATH);
    }

    /** No {@code lastmod}: it would be a build timestamp, making every build differ; URLs alone are valid. */
    private String sitemap(List<String> pages) {
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
        for (String page : pages) {
            Optional<String> url = PageUrls.absolute(config.siteUrl(), page);
            xml.append("  <url><loc>").append(escape(url.orElseThrow())).append("</loc></url>\n");
        }
        return xml.append("</urlset>\n").toString();
    }

    private static String robots(String siteUrl) {
        return "User-agent: *\nAllow: /\n\nSitemap: " + PageUrls.base(siteUrl) + SITEMAP + "\n";
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
