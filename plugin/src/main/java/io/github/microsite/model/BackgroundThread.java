package io.github.microsite.model;

import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;

/**
 * Runs tasks on one daemon thread of its own, one at a time in the order given, so the thread doing the build's main
 * work need not wait for a slow disk or for work it can hand off (writing caches and staged pages, indexing pages).
 * The first task that fails stops the ones after it; {@link #finish()} waits for the last task and says what failed.
 * The thread starts with the first task.
 */
public final class BackgroundThread implements AutoCloseable {

    /** A task that may fail. */
    @FunctionalInterface
    public interface Task {
        void run() throws Exception;
    }

    private final ExecutorService executor;
    /** Written and read on the thread; read elsewhere only once {@link #close()} has waited for it. */
    private Throwable failure;
    private volatile boolean cancelled;

    public BackgroundThread(String name) {
        this.executor = Executors.newSingleThreadExecutor(task -> {
            Thread thread = new Thread(task, name);
            thread.setDaemon(true);
            return thread;
        });
    }

    /** Runs the task after those given before, unless one of them failed or the tasks were cancelled. */
    public void execute(Task task) {
        if (cancelled) {
            return; // the build's own thread goes on for a moment while the JVM stops
        }
        try {
            executor.execute(() -> {
                if (failure != null) {
                    return;
                }
                try {
                    task.run();
                } catch (Exception | Error e) {
                    failure = e;
                }
            });
        } catch (RejectedExecutionException e) {
            if (!cancelled) {
                throw e; // given after close(): a mistake of the caller
            }
        }
    }

    /** Waits for the tasks given; then the first failure, if a task failed (the tasks after it did not run). */
    public Optional<Throwable> finish() {
        close();
        return Optional.ofNullable(failure);
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

    /**
     * Drops the tasks not started and interrupts the one running, waiting a moment for it: the JVM is stopping, and
     * what the tasks would write is about to be deleted.
     */
    public void cancel() {
        cancelled = true;
        executor.shutdownNow();
        try {
            executor.awaitTermination(2, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Rethrows an unchecked failure as it is; a checked one, which {@code finish} callers did not expect, wrapped. */
    public static RuntimeException unchecked(Throwable failure) {
        if (failure instanceof Error error) {
            throw error;
        }
        if (failure instanceof RuntimeException runtime) {
            return runtime;
        }
        return new IllegalStateException(failure);
    }
}
