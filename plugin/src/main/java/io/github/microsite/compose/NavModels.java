package io.github.microsite.compose;

import io.github.microsite.link.RelativeUrls;
import io.github.microsite.route.NavNode;
import io.github.microsite.route.NavTree;
import io.github.microsite.route.PageSource;
import io.github.microsite.route.Route;
import io.github.microsite.route.SiteMap;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The navigation a template sees on one page, kept small whatever the size of the site, so the site does not grow
 * with the square of its pages and a phone reader reaches the page's title on the first screen:
 * <ul>
 *   <li>{@code nav}: the top-level entries in the header, only when there are few of them;</li>
 *   <li>{@code navTree}: for the drawer, the top level and the open branch down to the current page, each level cut
 *       to a window around the current entry; the home page carries the whole tree while it has at most
 *       {@link #HOME_TREE_LIMIT} entries, and a bigger site's top level, each group closed and linking to its first
 *       page (whose drawer opens that group).</li>
 * </ul>
 */
final class NavModels {

    /** More top-level entries than this wrap into several lines on a phone: they go to the drawer only. */
    static final int HEADER_LIMIT = 8;
    /** Entries shown per level around the current one; the rest are reachable from the home page. */
    static final int LEVEL_WINDOW = 40;

    /**
     * The home page lists every page up to this many entries. Beyond it the whole tree would make the home page the
     * one page that grows with the site (966 KB at 10,000 pages), over the theme's page budget.
     */
    static final int HOME_TREE_LIMIT = 1000;

    private final NavTree tree;
    private final boolean headerFits;
    private final boolean wholeTreeOnHome;

    NavModels(SiteMap siteMap) {
        this.tree = NavTree.of(siteMap);
        this.headerFits = tree.top().size() <= HEADER_LIMIT;
        this.wholeTreeOnHome = entries(tree.top()) <= HOME_TREE_LIMIT;
    }

    private static int entries(List<NavNode> nodes) {
        int count = nodes.size();
        for (NavNode node : nodes) {
            count += entries(node.children());
        }
        return count;
    }

    /** The header's short list: each top-level page or group (linking to its first page), or nothing. */
    List<Map<String, Object>> header(Route current) {
        return header(current, route -> RelativeUrls.between(current.folder(), route.outputPath()));
    }

    /**
     * @param current the page shown, or null for a page outside the reading order (the data, search and 404 pages)
     * @param href    the URL of a page from the one shown
     */
    List<Map<String, Object>> header(Route current, Function<Route, String> href) {
        if (!headerFits) {
            return List.of();
        }
        List<NavNode> branch = current == null ? List.of() : tree.branchOf(current);
        List<Map<String, Object>> items = new ArrayList<>();
        for (NavNode node : tree.top()) {
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("title", node.title());
            item.put("href", href.apply(node.first()));
            item.put("current", node.page().map(page -> page.equals(current)).orElse(false) || branch.contains(node));
            item.put("subtitle", node.page().map(NavModels::subtitle).orElse(""));
            items.add(item);
        }
        return List.copyOf(items);
    }

    /** The drawer's tree, or nothing when the header already lists every page. */
    List<Map<String, Object>> drawer(Route current) {
        return drawer(current, route -> RelativeUrls.between(current.folder(), route.outputPath()));
    }

    /** As {@link #drawer(Route)}; with no current page, the top level with its groups closed. */
    List<Map<String, Object>> drawer(Route current, Function<Route, String> href) {
        if (headerFits && tree.isFlat()) {
            return List.of();
        }
        boolean home = current != null && current.isHome();
        return level(tree.top(), current, current == null ? List.of() : tree.branchOf(current), href,
                home && wholeTreeOnHome, home);
    }

    /**
     * @param whole every group open, down to the last page (the home page of a site within the limit)
     * @param complete every entry of this level, not a window around the current one (the home page's top level)
     */
    private List<Map<String, Object>> level(List<NavNode> nodes, Route current, List<NavNode> branch,
                                            Function<Route, String> href, boolean whole, boolean complete) {
        int from = 0;
        int to = nodes.size();
        if (!complete && nodes.size() > LEVEL_WINDOW) {
            int at = 0;
            for (int i = 0; i < nodes.size(); i++) {
                NavNode node = nodes.get(i);
                if (branch.contains(node) || node.page().map(page -> page.equals(current)).orElse(false)) {
                    at = i;
                    break;
                }
            }
            from = Math.max(0, Math.min(at - LEVEL_WINDOW / 2, nodes.size() - LEVEL_WINDOW));
            to = from + LEVEL_WINDOW;
        }
        List<Map<String, Object>> items = new ArrayList<>();
        for (NavNode node : nodes.subList(from, to)) {
            boolean open = branch.contains(node);
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("title", node.title());
            item.put("href", node.page().map(href).orElse(""));
            item.put("first", href.apply(node.first()));
            item.put("current", node.page().map(page -> page.equals(current)).orElse(false));
            item.put("group", node.isGroup());
            item.put("open", open);
            item.put("children", node.isGroup() && (open || whole)
                    ? level(node.children(), current, branch, href, whole, whole) : List.of());
            items.add(item);
        }
        if (from > 0 || to < nodes.size()) {
            Map<String, Object> more = new LinkedHashMap<>();
            more.put("omitted", nodes.size() - (to - from));
            items.add(more);
        }
        return List.copyOf(items);
    }

    /**
     * What a chapter is about, for a line under its short title in the menu: a report's chapter titles are often
     * "第二章 赋能场景：AIGC 在千行百业的典型应用案例", a short name and then its subject. Empty when the page title
     * does not continue its navigation title that way.
     */
    static String subtitle(Route route) {
        if (!(route.source() instanceof PageSource.Asciidoc)) {
            return "";
        }
        String title = route.page().title();
        String navTitle = route.navTitle();
        if (title.equals(navTitle) || !title.startsWith(navTitle)) {
            return "";
        }
        String rest = title.substring(navTitle.length()).strip();
        for (String separator : List.of("：", ":", "——", "—", "-", "|")) {
            if (rest.startsWith(separator)) {
                return rest.substring(separator.length()).strip();
            }
        }
        return "";
    }
}
