package io.github.microsite.convert;

import io.github.microsite.model.Problems;
import io.github.microsite.model.SourceFile;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The page a thread is converting, for the callbacks registered once with the long-lived Asciidoctor (its log
 * handler, the include guard, the {@code dataset::} and {@code chart::} macros). Asciidoctor calls them on the thread
 * that converts the page and tells them nothing about which page that is, so each thread's page is kept here while it
 * converts: two threads converting two pages at once each see only their own page, includes and problems.
 *
 * <p>One instance per converter (never static): it is the converter's own bookkeeping, not the JVM's.</p>
 */
final class PageInProgress {

    /**
     * Everything the callbacks need about one page: where to report, what it includes, and the per-page state of
     * the include guard and the data macros. Made for one conversion and dropped after it.
     */
    static final class Page {
        final Path contentDirectory;
        final SourceFile source;
        /** The page first, then the files it includes: where a problem without a location is looked for. */
        final List<SourceFile> pageAndIncludes;
        final Problems problems;
        final IncludeGuard.Allowed includes;
        final DataViewContext dataViews;

        Page(Path contentDirectory, SourceFile source, List<SourceFile> includes, Problems problems,
             io.github.microsite.dataview.DataViews views) {
            this.contentDirectory = contentDirectory;
            this.source = source;
            List<SourceFile> all = new ArrayList<>(includes);
            all.add(0, source);
            this.pageAndIncludes = List.copyOf(all);
            this.problems = problems;
            this.includes = new IncludeGuard.Allowed(contentDirectory, source.path());
            this.dataViews = new DataViewContext(views, source, pageAndIncludes, problems);
        }
    }

    private final ThreadLocal<Page> current = new ThreadLocal<>();

    /** The page this thread is converting, if any (Asciidoctor also runs outside a page conversion, e.g. at start). */
    Optional<Page> get() {
        return Optional.ofNullable(current.get());
    }

    /** Runs {@code conversion} with {@code page} as this thread's page, and forgets the page afterwards. */
    <T> T converting(Page page, Supplier<T> conversion) {
        current.set(page);
        try {
            return conversion.get();
        } finally {
            current.remove();
        }
    }
}
