package io.github.microsite.model;

import java.util.Optional;

/**
 * The absolute URLs of a published site: what canonical links, social cards and the sitemap need. Pages link to each
 * other relatively; only these few places use {@code siteUrl}.
 */
public final class PageUrls {

    private PageUrls() {
    }

    /** The address a reader sees for a page: {@code chapters/one/index.html} → {@code chapters/one/}, the home → "". */
    public static String pretty(String outputPath) {
        if (outputPath.equals("index.html")) {
            return "";
        }
        return outputPath.endsWith("/index.html") ? outputPath.substring(0, outputPath.length() - "index.html".length())
                : outputPath;
    }

    /** {@code siteUrl} with exactly one trailing slash, so paths inside the site append to it. */
    public static String base(String siteUrl) {
        return siteUrl.endsWith("/") ? siteUrl : siteUrl + "/";
    }

    /** The absolute URL of a file of the site, when the site's URL is known. */
    public static Optional<String> absolute(Optional<String> siteUrl, String outputPath) {
        return siteUrl.map(url -> base(url) + pretty(outputPath));
    }
}
