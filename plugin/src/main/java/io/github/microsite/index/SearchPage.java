package io.github.microsite.index;

import io.github.microsite.compose.GeneratedPage;
import io.github.microsite.model.SiteConfig;

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

    public static GeneratedPage create(SiteConfig config) {
        boolean chinese = config.language().toLowerCase(Locale.ROOT).startsWith("zh");
        return new GeneratedPage(PATH, TYPE, chinese ? "搜索" : "Search", "", Map.of());
    }
}
