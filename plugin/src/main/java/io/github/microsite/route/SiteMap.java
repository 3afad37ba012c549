package io.github.microsite.route;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Every published page: the home page, the others in reading order (the order of the navigation and of the
 * previous/next links), and the collections, each with its own order.
 */
public record SiteMap(Route home, List<Route> readingOrder, List<CollectionPages> collections) {

    public static final String HOME_PATH = "index.html";

    public SiteMap {
        readingOrder = List.copyOf(readingOrder);
        collections = List.copyOf(collections);
    }

    public SiteMap(Route home, List<Route> readingOrder) {
        this(home, readingOrder, List.of());
    }

    public SiteMap withCollections(List<CollectionPages> newCollections) {
        return new SiteMap(home, readingOrder, newCollections);
    }

    /** Home, reading order, then each collection's overview and rows. */
    public List<Route> all() {
        List<Route> all = new ArrayList<>();
        all.add(home);
        all.addAll(readingOrder);
        for (CollectionPages collection : collections) {
            collection.overview().ifPresent(all::add);
            all.addAll(collection.rows());
        }
        return List.copyOf(all);
    }

    /** The page an xref names: {@code chapters/preface.adoc}, {@code industries/finance.adoc}. */
    public Optional<Route> byAddress(String address) {
        return all().stream().filter(route -> route.source().address().equals(address)).findFirst();
    }

    public Optional<CollectionPages> collectionOf(Route route) {
        return collections.stream().filter(collection -> collection.rows().contains(route)
                || collection.overview().filter(route::equals).isPresent()).findFirst();
    }

    public Optional<Route> previous(Route route) {
        List<Route> order = orderOf(route);
        int index = order.indexOf(route);
        return index > 0 ? Optional.of(order.get(index - 1)) : Optional.empty();
    }

    public Optional<Route> next(Route route) {
        List<Route> order = orderOf(route);
        int index = order.indexOf(route);
        return index >= 0 && index < order.size() - 1 ? Optional.of(order.get(index + 1)) : Optional.empty();
    }

    /** A chapter's neighbours are chapters; a collection row's are rows of the same collection. */
    private List<Route> orderOf(Route route) {
        if (readingOrder.contains(route)) {
            return readingOrder;
        }
        return collections.stream().map(CollectionPages::rows).filter(rows -> rows.contains(route)).findFirst()
                .orElse(List.of());
    }

    /**
     * The pages of one collection.
     *
     * @param rows the row pages in the collection's order
     */
    public record CollectionPages(io.github.microsite.model.CollectionConfig config, Optional<Route> overview,
                                  List<Route> rows) {
        public CollectionPages {
            rows = List.copyOf(rows);
        }
    }
}
