package io.github.microsite;

import io.github.microsite.link.LinkedPage;
import io.github.microsite.route.PageSource;
import io.github.microsite.route.Route;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** The link stage's own thread hands pages over in site order and never swallows what stopped it. */
class PageLinkerTest {

    private static List<Route> routes(int count) {
        return IntStream.range(0, count).mapToObj(i -> Route.withoutBody("p" + i + "/index.html", "page", "P" + i,
                new PageSource.GeneratedHome(), Path.of("content"), "", "P" + i)).toList();
    }

    @Test
    void handsOverEveryPageInSiteOrderThenNull() {
        List<Route> routes = routes(100);
        List<String> seen = new ArrayList<>();
        try (PageLinker linker = new PageLinker(routes, route -> {
            if (route.outputPath().startsWith("p3")) {
                Thread.onSpinWait(); // uneven work must not reorder
            }
            return new LinkedPage(route, route.navTitle(), List.of());
        })) {
            for (LinkedPage page = linker.next(); page != null; page = linker.next()) {
                seen.add(page.body());
            }
            assertNull(linker.next());
            assertEquals(routes.stream().map(Route::navTitle).toList(), seen);
        }
    }

    @Test
    void whatStopsTheLinkerStopsTheCaller() {
        IllegalArgumentException broken = new IllegalArgumentException("broken page");
        try (PageLinker linker = new PageLinker(routes(5), route -> {
            if (route.navTitle().equals("P2")) {
                throw broken;
            }
            return new LinkedPage(route, "", List.of());
        })) {
            linker.next();
            linker.next();
            assertSame(broken, assertThrows(IllegalArgumentException.class, linker::next));
        }
    }
}
