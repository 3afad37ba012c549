package io.github.microsite.route;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The site's navigation as a tree: each folder of pages is a group, pages and groups in reading order (a group sits
 * where its first page comes). A folder's {@code index} page names and opens its group. When the whole site lives in
 * one folder (the report's {@code chapters/}) that folder is the top, so the tree is no deeper than it must be.
 */
public final class NavTree {

    private final List<NavNode> top;
    /** The groups from the top down to each page, for opening the current branch. */
    private final Map<Route, List<NavNode>> branches = new IdentityHashMap<>();

    private NavTree(List<NavNode> top) {
        this.top = top;
        for (NavNode node : top) {
            index(node, List.of());
        }
    }

    /** Builds the tree from the reading order (the home page is the site's front door, not an entry). */
    public static NavTree of(SiteMap siteMap) {
        Group root = new Group("");
        for (Route route : siteMap.readingOrder()) {
            Group group = root;
            String[] segments = pageFolder(route);
            for (String segment : segments) {
                group = group.child(segment);
            }
            if (segments.length > 0 && isFolderIndex(route)) {
                group.index = route;
            } else {
                group.entries.add(route);
            }
        }
        Group top = root;
        // One folder holding everything is no group worth a click: its content is the top.
        while (top.entries.size() == 1 && top.entries.get(0) instanceof Group only) {
            if (only.index != null) {
                only.entries.add(0, only.index);
                only.index = null;
            }
            top = only;
        }
        return new NavTree(top.freeze().children());
    }

    public List<NavNode> top() {
        return top;
    }

    /** The groups containing the page, outermost first; empty for a top-level page or one not in the tree. */
    public List<NavNode> branchOf(Route page) {
        return branches.getOrDefault(page, List.of());
    }

    /** True when no entry at the top is a group: a plain list of pages. */
    public boolean isFlat() {
        return top.stream().noneMatch(NavNode::isGroup);
    }

    private void index(NavNode node, List<NavNode> ancestors) {
        if (!node.isGroup()) {
            node.page().ifPresent(page -> branches.put(page, ancestors));
            return;
        }
        List<NavNode> inside = new ArrayList<>(ancestors);
        inside.add(node);
        List<NavNode> branch = List.copyOf(inside);
        node.page().ifPresent(page -> branches.put(page, branch));
        for (NavNode child : node.children()) {
            index(child, branch);
        }
    }

    /** The folders of the page's URL, without the page's own slug folder. */
    private static String[] pageFolder(Route route) {
        String folder = route.folder();
        int slash = folder.lastIndexOf('/');
        return slash < 0 ? new String[0] : folder.substring(0, slash).split("/");
    }

    private static boolean isFolderIndex(Route route) {
        String name = route.page().source().fileName();
        int dot = name.lastIndexOf('.');
        return (dot < 0 ? name : name.substring(0, dot)).equals("index");
    }

    /** "getting-started" → "Getting started": a label for a folder that has no index page to name it. */
    static String label(String folderName) {
        String words = folderName.replace('-', ' ').replace('_', ' ').strip();
        return words.isEmpty() ? folderName : words.substring(0, 1).toUpperCase(Locale.ROOT) + words.substring(1);
    }

    /** A folder while the tree is built: its index page and its entries (pages and sub-groups) in order. */
    private static final class Group {
        final String name;
        Route index;
        final List<Object> entries = new ArrayList<>();
        final Map<String, Group> groups = new LinkedHashMap<>();

        Group(String name) {
            this.name = name;
        }

        Group child(String segment) {
            return groups.computeIfAbsent(segment, key -> {
                Group group = new Group(key);
                entries.add(group);
                return group;
            });
        }

        NavNode freeze() {
            List<NavNode> children = new ArrayList<>();
            for (Object entry : entries) {
                children.add(entry instanceof Group group ? group.freeze() : NavNode.page((Route) entry));
            }
            Optional<Route> page = Optional.ofNullable(index);
            String title = page.map(Route::navTitle).filter(text -> !text.isBlank()).orElse(label(name));
            return NavNode.group(title, page, children);
        }
    }
}
