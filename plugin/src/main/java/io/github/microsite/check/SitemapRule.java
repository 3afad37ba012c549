package io.github.microsite.check;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * {@code sitemap.xml} and the pages agree: each entry is a page of the site, listed once, and every page (but those
 * marked {@code noindex}) is listed. A site built without {@code siteUrl} has no sitemap, and nothing to compare.
 */
final class SitemapRule implements Rule {

    static final String SITEMAP = "sitemap.xml";

    @Override
    public String name() {
        return "sitemap";
    }

    @Override
    public String guards() {
        return "sitemap.xml lists every page once and nothing else";
    }

    @Override
    public List<Finding> check(CheckedSite site) {
        List<Finding> findings = new ArrayList<>();
        if (!site.files().paths().contains(SITEMAP)) {
            return findings;
        }
        Document sitemap = Jsoup.parse(site.text(SITEMAP), "", Parser.xmlParser());
        Set<String> listed = new HashSet<>();
        for (Element loc : sitemap.select("url > loc")) {
            String url = loc.text().strip();
            String element = "<loc>" + url + "</loc>";
            String path = pathInSite(site, url);
            if (path == null) {
                findings.add(finding(SITEMAP, element, "not an address of this site (siteUrl "
                        + site.siteUrl().orElse("unknown") + ", base path " + site.basePath() + ")"));
                continue;
            }
            CheckedSite.Target target = site.resolve("", path.isEmpty() ? "./" : path);
            if (!(target instanceof CheckedSite.Target.Internal internal) || !internal.exists()
                    || !internal.file().endsWith(".html")) {
                findings.add(finding(SITEMAP, element, "not a page of the site"));
            } else if (!listed.add(internal.file())) {
                findings.add(finding(SITEMAP, element, "listed more than once"));
            }
        }
        for (String page : site.pages()) {
            if (!listed.contains(page) && !site.isNoIndex(page)) {
                findings.add(finding(page, "sitemap.xml", "the page is missing from the sitemap"));
            }
        }
        return findings;
    }

    /** The path inside the site, "" for its root, or null for an address elsewhere. */
    private static String pathInSite(CheckedSite site, String url) {
        if (site.siteUrl().isPresent()) {
            String base = site.siteUrl().get().endsWith("/") ? site.siteUrl().get() : site.siteUrl().get() + "/";
            return url.startsWith(base) ? url.substring(base.length()) : null;
        }
        try {
            String path = new URI(url).getRawPath();
            return path != null && path.startsWith(site.basePath()) ? path.substring(site.basePath().length()) : null;
        } catch (URISyntaxException e) {
            return null;
        }
    }
}
