package io.github.microsite.model;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * Runs tasks on one daemon thread of its own, one at a time in the order given, so the thread doing the build's main
 * work need not wait for a slow disk or for work it can hand off (writing caches and staged pages, indexing pages);
 * closing waits for the last task. The thread starts with the first task.
 */
public final class BackgroundThread implements AutoCloseable {

    private final ExecutorService executor;

    public BackgroundThread(String name) {
        this.executor = Executors.newSingleThreadExecutor(task -> {
            Thread thread = new Thread(task, name);
            thread.setDaemon(true);
            return thread;
        });
    }

    public void execute(Runnable task) {
        executor.execute(task);
    }

    /** Takes no more tasks and waits for those given; safe to call twice. */
    @Override
    public void close() {
        executor.shutdown();
        try {
            executor.awaitTermination(1, TimeUnit.HOURS);
        } catch (InterruptedException e) {
            executor.shutdownNow();
            Thread.currentThread().interrupt();
        }
    }
}
