package io.github.microsite;

import io.github.microsite.link.LinkedPage;
import io.github.microsite.route.Route;

import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

/**
 * Resolves the links of the site's pages on a thread of its own, a few pages ahead of the caller, and hands them over
 * in the site map's order; only a bounded number of linked pages wait at any time. What it links with must not be
 * shared with the caller's thread (the pipeline gives the link stage a problem list of its own).
 */
final class PageLinker implements AutoCloseable {

    private static final int AHEAD = 16;

    private final BlockingQueue<LinkedPage> ready = new ArrayBlockingQueue<>(AHEAD);
    private final ExecutorService thread = Executors.newSingleThreadExecutor(work -> {
        Thread linker = new Thread(work, "microsite-link");
        linker.setDaemon(true);
        return linker;
    });
    private final Future<Long> linking;
    private int remaining;

    /** @param link resolves one page; called on the linker's thread only, in the order of {@code routes} */
    PageLinker(List<Route> routes, Function<Route, LinkedPage> link) {
        this.remaining = routes.size();
        this.linking = thread.submit(() -> {
            long start = System.nanoTime();
            long waited = 0;
            for (Route route : routes) {
                LinkedPage page = link.apply(route);
                long before = System.nanoTime();
                ready.put(page);
                waited += System.nanoTime() - before;
            }
            // The stage's own time, without the time spent waiting for the composer to take a page.
            return (System.nanoTime() - start - waited) / 1_000_000;
        });
    }

    /** The next linked page in site order, or null after the last one. */
    LinkedPage next() {
        if (remaining == 0) {
            return null;
        }
        try {
            while (true) {
                LinkedPage page = ready.poll(50, TimeUnit.MILLISECONDS);
                if (page != null) {
                    remaining--;
                    return page;
                }
                if (linking.isDone() && ready.isEmpty()) {
                    linking.get(); // rethrows what stopped the linker
                    throw new IllegalStateException("the link stage stopped after handing over too few pages");
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while linking pages", e);
        } catch (ExecutionException e) {
            throw rethrown(e.getCause());
        }
    }

    /** Milliseconds the linker worked (not counting the time it waited for the caller). */
    long millis() {
        try {
            return linking.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while linking pages", e);
        } catch (ExecutionException e) {
            throw rethrown(e.getCause());
        }
    }

    /** What stopped the linker, as it was thrown there (an out-of-memory error stays one). */
    private static RuntimeException rethrown(Throwable cause) {
        if (cause instanceof Error error) {
            throw error;
        }
        return cause instanceof RuntimeException runtime ? runtime : new IllegalStateException(cause);
    }

    @Override
    public void close() {
        thread.shutdownNow();
    }
}
