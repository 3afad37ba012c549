package io.github.microsite.route;

import java.util.List;
import java.util.Optional;

/**
 * An entry of the {@link NavTree}: a page, or a group (a folder) with its children and, when the folder has an
 * {@code index} page, that page. Compared by identity: the tree holds each node once.
 */
public final class NavNode {

    private final String title;
    private final Optional<Route> page;
    private final List<NavNode> children;
    private final boolean group;

    private NavNode(String title, Optional<Route> page, List<NavNode> children, boolean group) {
        this.title = title;
        this.page = page;
        this.children = List.copyOf(children);
        this.group = group;
    }

    static NavNode page(Route route) {
        return new NavNode(route.navTitle(), Optional.of(route), List.of(), false);
    }

    static NavNode group(String title, Optional<Route> index, List<NavNode> children) {
        return new NavNode(title, index, children, true);
    }

    public String title() {
        return title;
    }

    /** The page itself, or a group's index page. */
    public Optional<Route> page() {
        return page;
    }

    public List<NavNode> children() {
        return children;
    }

    public boolean isGroup() {
        return group;
    }

    /** Where a click on a closed group leads: its index page, else its first page. */
    public Route first() {
        if (page.isPresent()) {
            return page.get();
        }
        for (NavNode child : children) {
            return child.first();
        }
        throw new IllegalStateException("a group without pages: " + title);
    }
}
