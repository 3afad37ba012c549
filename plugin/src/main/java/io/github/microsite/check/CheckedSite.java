package io.github.microsite.check;

import io.github.microsite.model.SitePaths;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The site as the rules see it: its files, each HTML page parsed once, and how a URL found in a file resolves. Root
 * relative URLs ({@code /aigc-report/…}, as on the 404 page) resolve under the base path the site is served from.
 */
public final class CheckedSite {

    private final SiteFiles files;
    private final String basePath;
    private final Optional<String> siteUrl;
    private final Map<String, Document> documents = new HashMap<>();
    private final Map<String, Set<String>> ids = new HashMap<>();

    /**
     * @param basePath the path the site is served under, starting and ending with '/'
     * @param siteUrl  the absolute URL of the published site, if known (sitemap entries must start with it)
     */
    public CheckedSite(SiteFiles files, String basePath, Optional<String> siteUrl) {
        this.files = files;
        this.basePath = basePath;
        this.siteUrl = siteUrl;
    }

    public SiteFiles files() {
        return files;
    }

    public String basePath() {
        return basePath;
    }

    public Optional<String> siteUrl() {
        return siteUrl;
    }

    /** Every HTML file, sorted. */
    public List<String> pages() {
        return files.paths().stream().filter(path -> path.endsWith(".html")).toList();
    }

    public List<String> stylesheets() {
        return files.paths().stream().filter(path -> path.endsWith(".css")).toList();
    }

    public Document document(String page) {
        return documents.computeIfAbsent(page, path -> Jsoup.parse(text(path)));
    }

    public String text(String path) {
        return new String(files.read(path).orElse(new byte[0]), StandardCharsets.UTF_8);
    }

    /** Pages asking search engines to leave them out (the 404 page): no sitemap entry, no description needed. */
    public boolean isNoIndex(String page) {
        return document(page).select("meta[name=robots]").stream()
                .anyMatch(meta -> meta.attr("content").toLowerCase(java.util.Locale.ROOT).contains("noindex"));
    }

    /** Every id a fragment can target on a page: {@code id} attributes and old-style {@code <a name>}. */
    public Set<String> ids(String page) {
        return ids.computeIfAbsent(page, path -> {
            Set<String> found = new HashSet<>();
            for (Element element : document(path).select("[id], a[name]")) {
                found.add(element.hasAttr("id") ? element.id() : element.attr("name"));
            }
            return found;
        });
    }

    /** The URLs of a {@code srcset}: each candidate's first word. */
    public static List<String> srcset(String value) {
        return java.util.Arrays.stream(value.split(",")).map(String::strip).filter(candidate -> !candidate.isEmpty())
                .map(candidate -> candidate.split("\\s+")[0]).toList();
    }

    /** Where a URL written in a file leads. */
    public sealed interface Target {
        /** Another host, or a protocol-relative {@code //host/…}. */
        record External(String url) implements Target {
        }

        /** Not a request a static site must answer: {@code mailto:}, {@code tel:}, {@code data:}, an empty URL. */
        record Ignored() implements Target {
        }

        /** Inside the site's address space but not inside the site: above its root, or outside the base path. */
        record Outside(String why) implements Target {
        }

        /**
         * A file of the site.
         *
         * @param file     path inside the site, or the path that was looked for when {@code exists} is false
         * @param fragment the decoded {@code #fragment}, "" when there is none
         */
        record Internal(String file, boolean exists, String fragment) implements Target {
        }
    }

    public Target resolve(String fromFile, String url) {
        String trimmed = url.strip();
        if (trimmed.isEmpty()) {
            return new Target.Ignored();
        }
        if (trimmed.startsWith("//") || trimmed.matches("^(?i)https?:.*")) {
            return new Target.External(trimmed);
        }
        if (SitePaths.hasScheme(trimmed)) {
            return new Target.Ignored();
        }
        int hash = trimmed.indexOf('#');
        String fragment = hash < 0 ? "" : SitePaths.decode(trimmed.substring(hash + 1));
        String path = hash < 0 ? trimmed : trimmed.substring(0, hash);
        int query = path.indexOf('?');
        path = SitePaths.decode(query < 0 ? path : path.substring(0, query));
        if (path.isEmpty()) {
            return new Target.Internal(fromFile, true, fragment);
        }
        String inSite;
        if (path.startsWith("/")) {
            if (!path.startsWith(basePath)) {
                return new Target.Outside("starts with / but not with the base path " + basePath);
            }
            inSite = SitePaths.normalize(path.substring(basePath.length()));
        } else {
            String folder = fromFile.contains("/") ? fromFile.substring(0, fromFile.lastIndexOf('/') + 1) : "";
            inSite = SitePaths.normalize(folder + path);
        }
        if (inSite == null) {
            return new Target.Outside("climbs above the site's root folder");
        }
        boolean folderUrl = inSite.isEmpty() || path.endsWith("/");
        String file = folderUrl ? inSite + (inSite.isEmpty() ? "" : "/") + "index.html" : inSite;
        if (files.paths().contains(file)) {
            return new Target.Internal(file, true, fragment);
        }
        // A folder URL without its trailing slash: hosts redirect it to the folder's index.html.
        if (!folderUrl && files.paths().contains(inSite + "/index.html")) {
            return new Target.Internal(inSite + "/index.html", true, fragment);
        }
        return new Target.Internal(file, false, fragment);
    }



    /** An element as a reader finds it in the file: its tag and the attributes that matter, shortened. */
    public static String describe(Element element, String... attributes) {
        StringBuilder text = new StringBuilder("<").append(element.tagName());
        for (String attribute : attributes) {
            if (element.hasAttr(attribute)) {
                String value = element.attr(attribute);
                text.append(' ').append(attribute).append("=\"")
                        .append(value.length() > 80 ? value.substring(0, 77) + "…" : value).append('"');
            }
        }
        return text.append('>').toString();
    }
}
