package io.github.microsite.route;

import java.util.List;
import java.util.Optional;

/**
 * Every published page: the home page and the others in reading order (the order of the navigation and of the
 * previous/next links).
 */
public record SiteMap(Route home, List<Route> readingOrder) {

    public static final String HOME_PATH = "index.html";

    public SiteMap {
        readingOrder = List.copyOf(readingOrder);
    }

    public List<Route> all() {
        return java.util.stream.Stream.concat(java.util.stream.Stream.of(home), readingOrder.stream()).toList();
    }

    public Optional<Route> previous(Route route) {
        int index = readingOrder.indexOf(route);
        return index > 0 ? Optional.of(readingOrder.get(index - 1)) : Optional.empty();
    }

    public Optional<Route> next(Route route) {
        int index = readingOrder.indexOf(route);
        return index >= 0 && index < readingOrder.size() - 1 ? Optional.of(readingOrder.get(index + 1)) : Optional.empty();
    }
}
