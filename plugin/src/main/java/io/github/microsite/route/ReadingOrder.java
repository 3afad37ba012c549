package io.github.microsite.route;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The order an author gave the pages outside their headers: a book's master file, a navigation file or the
 * configuration. Pages it does not name follow, by {@code :nav-order:} and then by path.
 *
 * @param paths    content-relative page paths in reading order
 * @param titles   navigation labels the order gives (a navigation file's {@code xref:a.adoc[Label]}), by page path
 * @param notPages the master or navigation file itself: it holds the order, it is not a page
 */
public record ReadingOrder(List<String> paths, Map<String, String> titles, Set<String> notPages) {

    public static final ReadingOrder NONE = new ReadingOrder(List.of(), Map.of(), Set.of());

    public ReadingOrder {
        paths = List.copyOf(paths);
        titles = Map.copyOf(titles);
        notPages = Set.copyOf(notPages);
    }
}
