package io.github.microsite.route;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Each page's previous and next page and its collection, found in constant time: the {@link SiteMap}'s own lookups
 * walk its lists, which costs every page a walk of the whole site when all pages are composed (quadratic at 10,000
 * pages). Built once per composition from the site map's routes; a route it does not hold is looked up there.
 */
public final class PageOrder {

    private final SiteMap siteMap;
    private final Map<Route, Route> previous = new IdentityHashMap<>();
    private final Map<Route, Route> next = new IdentityHashMap<>();
    private final Map<Route, SiteMap.CollectionPages> collections = new IdentityHashMap<>();
    /** Every route of the reading order and of the collections, by identity. */
    private final Map<Route, Boolean> placed = new IdentityHashMap<>();

    public PageOrder(SiteMap siteMap) {
        this.siteMap = siteMap;
        link(siteMap.readingOrder());
        for (SiteMap.CollectionPages collection : siteMap.collections()) {
            link(collection.rows());
            collection.overview().ifPresent(overview -> {
                collections.putIfAbsent(overview, collection);
                placed.put(overview, true);
            });
            collection.rows().forEach(row -> collections.putIfAbsent(row, collection));
        }
    }

    /** A chapter's neighbours are chapters; a collection row's are rows of the same collection. */
    private void link(List<Route> order) {
        for (int i = 0; i < order.size(); i++) {
            placed.put(order.get(i), true);
            if (i > 0) {
                previous.putIfAbsent(order.get(i), order.get(i - 1));
            }
            if (i < order.size() - 1) {
                next.putIfAbsent(order.get(i), order.get(i + 1));
            }
        }
    }

    public Optional<Route> previous(Route route) {
        return known(route) ? Optional.ofNullable(previous.get(route)) : siteMap.previous(route);
    }

    public Optional<Route> next(Route route) {
        return known(route) ? Optional.ofNullable(next.get(route)) : siteMap.next(route);
    }

    public Optional<SiteMap.CollectionPages> collectionOf(Route route) {
        return known(route) ? Optional.ofNullable(collections.get(route)) : siteMap.collectionOf(route);
    }

    private boolean known(Route route) {
        return placed.containsKey(route);
    }
}
