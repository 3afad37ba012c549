package io.github.microsite.index;

import io.github.microsite.compose.GeneratedPage;
import io.github.microsite.model.Problems;
import io.github.microsite.model.SiteConfig;
import io.github.microsite.route.Route;
import io.github.microsite.route.SiteMap;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The results page, {@code search/index.html}: rendered by the theme's {@code search} template from no content file
 * and outside the reading order. The header's search form sends {@code ?q=} to it, so a search can be linked, and
 * without JavaScript the form still leads somewhere that says what to do.
 */
public final class SearchPage {

    public static final String PATH = SearchIndexer.FOLDER + "index.html";
    public static final String TYPE = "search";

    private SearchPage() {
    }

    /** The results page; none, and an error at the page in the way, when a content page took its address. */
    public static List<GeneratedPage> pages(SiteConfig config, SiteMap siteMap, Problems problems) {
        for (Route route : siteMap.all()) {
            if (route.outputPath().equals(PATH)) {
                problems.error(route.source().address(), 0, "this page would be published as " + PATH
                        + ", the address of the site's search results page; give it another :slug: or move it");
                return List.of();
            }
        }
        boolean chinese = config.language().toLowerCase(Locale.ROOT).startsWith("zh");
        return List.of(new GeneratedPage(PATH, TYPE, chinese ? "搜索" : "Search", "", Map.of()));
    }
}
