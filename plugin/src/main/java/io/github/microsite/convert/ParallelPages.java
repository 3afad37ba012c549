package io.github.microsite.convert;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * Does one piece of work per page on a few threads and hands the results back in the pages' order, so what follows
 * sees the same list whatever the number of threads. The threads live for one call: a build converts once.
 */
final class ParallelPages {

    private ParallelPages() {
    }

    /** @param threads 1 or less: on the calling thread, one page after the other */
    static <T, R> List<R> map(List<T> items, int threads, Function<T, R> work) {
        int workers = Math.min(threads, items.size());
        if (workers <= 1) {
            List<R> results = new ArrayList<>(items.size());
            for (T item : items) {
                results.add(work.apply(item));
            }
            return results;
        }
        AtomicInteger numbers = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(workers, task -> {
            Thread thread = new Thread(task, "microsite-convert-" + numbers.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
        try {
            List<Future<R>> pending = new ArrayList<>(items.size());
            for (T item : items) {
                pending.add(pool.submit(() -> work.apply(item)));
            }
            List<R> results = new ArrayList<>(items.size());
            for (Future<R> result : pending) {
                results.add(result.get());
            }
            return results;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while converting pages", e);
        } catch (ExecutionException e) {
            // The first failing page in page order, as a one-thread run would have failed.
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }
}
