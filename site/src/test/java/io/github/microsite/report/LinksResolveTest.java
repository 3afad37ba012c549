package io.github.microsite.report;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Crawls the site from its home page as served under a project path, and fails on any internal link, anchor or asset
 * that does not resolve, and on any resource loaded from outside the site.
 */
class LinksResolveTest {

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void everyInternalLinkAnchorAndAssetResolvesAndNothingLoadsFromOutside() throws Exception {
        List<String> broken = new ArrayList<>();
        Set<String> visited = new LinkedHashSet<>();
        try (SiteServer server = new SiteServer(BuiltSite.directory())) {
            Map<String, Document> pages = new HashMap<>();
            Deque<URI> queue = new ArrayDeque<>(List.of(URI.create(server.url("index.html"))));
            List<String[]> fragments = new ArrayList<>();
            while (!queue.isEmpty()) {
                URI page = queue.poll();
                if (!visited.add(page.toString())) {
                    continue;
                }
                HttpResponse<String> response = get(page);
                if (response.statusCode() != 200) {
                    broken.add(page + " -> " + response.statusCode());
                    continue;
                }
                Document document = Jsoup.parse(response.body(), page.toString());
                pages.put(page.toString(), document);
                for (Element element : document.select("a[href], link[href]:not([rel=canonical]), script[src], img[src], source[srcset]")) {
                    String url = element.hasAttr("src") ? element.attr("src") : element.attr("href");
                    if (url.startsWith("data:") || url.startsWith("mailto:")) {
                        continue;
                    }
                    boolean isResource = !element.tagName().equals("a");
                    if (url.matches("^[a-z][a-z0-9+.-]*:.*") || url.startsWith("//")) {
                        if (isResource) {
                            broken.add(page + " loads " + url + " from outside the site");
                        }
                        continue;
                    }
                    if (url.startsWith("/")) {
                        broken.add(page + " uses a root-relative URL " + url + ", which breaks under a base path");
                        continue;
                    }
                    URI target = page.resolve(url);
                    URI withoutFragment = new URI(target.getScheme(), target.getAuthority(), target.getPath(), null, null);
                    if (target.getFragment() != null && !target.getFragment().isEmpty()) {
                        fragments.add(new String[] {page.toString(), withoutFragment.toString(), target.getFragment()});
                    }
                    if (withoutFragment.getPath().endsWith(".html")) {
                        queue.add(withoutFragment);
                    } else if (get(withoutFragment).statusCode() != 200) {
                        broken.add(page + " -> " + url + " (not found)");
                    }
                }
            }
            for (String[] fragment : fragments) {
                Document target = pages.get(fragment[1]);
                if (target != null && target.getElementById(fragment[2]) == null) {
                    broken.add(fragment[0] + " -> " + fragment[1] + "#" + fragment[2] + " (no such id)");
                }
            }
        }
        assertEquals(List.of(), broken);
        assertTrue(visited.size() >= 7, "crawled the home page and the six chapters: " + visited);
    }

    private HttpResponse<String> get(URI uri) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.ofString());
    }
}
