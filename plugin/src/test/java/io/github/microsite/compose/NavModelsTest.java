package io.github.microsite.compose;

import io.github.microsite.convert.ConvertedPage;
import io.github.microsite.model.Problems;
import io.github.microsite.model.SiteConfig;
import io.github.microsite.model.SourceFile;
import io.github.microsite.route.PageRouter;
import io.github.microsite.route.Route;
import io.github.microsite.route.SiteMap;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The home page's share of the navigation: the whole tree for a site within the limit, the top level beyond it. */
class NavModelsTest {

    private static final SiteConfig CONFIG = new SiteConfig(Path.of("content"), Path.of("out"), Optional.empty(),
            "Site", "en", "/", Optional.empty(), List.of(), List.of(), Map.of());

    /** A home page and {@code groups} folders of {@code pages} pages each; no Asciidoctor needed. */
    private static SiteMap site(int groups, int pages) {
        List<ConvertedPage> converted = new ArrayList<>();
        converted.add(page("index.adoc"));
        for (int group = 1; group <= groups; group++) {
            for (int page = 1; page <= pages; page++) {
                converted.add(page(String.format("part-%03d/page-%03d.adoc", group, page)));
            }
        }
        Problems problems = new Problems();
        SiteMap map = new PageRouter(CONFIG).route(converted, problems);
        assertTrue(problems.all().isEmpty(), problems.all().toString());
        return map;
    }

    private static ConvertedPage page(String path) {
        return new ConvertedPage(new SourceFile(Path.of("content", path), path), List.of(), path, Map.of(), "",
                List.of());
    }

    @SuppressWarnings("unchecked")
    private static int links(List<Map<String, Object>> items) {
        int count = 0;
        for (Map<String, Object> item : items) {
            count += item.containsKey("omitted") ? 0 : 1;
            count += links((List<Map<String, Object>>) item.getOrDefault("children", List.of()));
        }
        return count;
    }

    @Test
    void theHomePageOfASiteWithinTheLimitCarriesEveryPage() {
        SiteMap map = site(5, 10);
        List<Map<String, Object>> drawer = new NavModels(map).drawer(map.home());
        assertEquals(5 + 5 * 10, links(drawer), drawer.toString());
    }

    @Test
    void theHomePageOfABigSiteCarriesItsTopLevelAndEachGroupOpensOnItsFirstPage() {
        int groups = 60;
        int pages = NavModels.HOME_TREE_LIMIT / groups + 1;
        SiteMap map = site(groups, pages);
        NavModels nav = new NavModels(map);

        List<Map<String, Object>> home = nav.drawer(map.home());
        assertEquals(groups, home.size(), "every group, none cut away: " + home.size());
        assertTrue(home.stream().allMatch(item -> Boolean.TRUE.equals(item.get("group"))
                && ((List<?>) item.get("children")).isEmpty() && !((String) item.get("first")).isEmpty()), home.toString());

        Route firstOfLast = map.readingOrder().stream().filter(route -> route.outputPath().startsWith(
                String.format("part-%03d/", groups))).findFirst().orElseThrow();
        assertEquals(firstOfLast.outputPath(), home.get(groups - 1).get("first"), "relative to the home page");
        List<Map<String, Object>> there = nav.drawer(firstOfLast);
        assertTrue(links(there) >= pages, "the group's first page lists the group's pages: " + links(there));
    }
}
