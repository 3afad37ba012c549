package io.github.microsite.model;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Tasks handed off run in order on one thread; the first failure stops the rest and is told at the end. */
class BackgroundThreadTest {

    @Test
    void tasksRunInTheOrderGivenOnOneThreadOfTheGivenName() {
        List<String> ran = new ArrayList<>();
        BackgroundThread thread = new BackgroundThread("test-thread");
        for (int i = 0; i < 100; i++) {
            int task = i;
            thread.execute(() -> ran.add(task + " " + Thread.currentThread().getName()));
        }

        assertEquals(Optional.empty(), thread.finish());

        assertEquals(100, ran.size());
        for (int i = 0; i < 100; i++) {
            assertEquals(i + " test-thread", ran.get(i));
        }
    }

    @Test
    void theFirstFailureStopsTheTasksAfterItAndIsToldAtTheEnd() {
        List<Integer> ran = new ArrayList<>();
        IOException first = new IOException("disk full");
        BackgroundThread thread = new BackgroundThread("test-thread");
        thread.execute(() -> ran.add(1));
        thread.execute(() -> {
            throw first;
        });
        thread.execute(() -> {
            throw new IllegalStateException("second");
        });
        thread.execute(() -> ran.add(4));

        Optional<Throwable> failure = thread.finish();

        assertSame(first, failure.orElseThrow());
        assertEquals(List.of(1), ran);
    }

    @Test
    void cancellingInterruptsTheRunningTaskDropsTheQueuedOnesAndRefusesNewOnesQuietly() throws Exception {
        List<String> ran = java.util.Collections.synchronizedList(new ArrayList<>());
        java.util.concurrent.CountDownLatch running = new java.util.concurrent.CountDownLatch(1);
        BackgroundThread thread = new BackgroundThread("test-thread");
        thread.execute(() -> {
            running.countDown();
            try {
                Thread.sleep(60_000);
            } catch (InterruptedException e) {
                ran.add("interrupted");
            }
        });
        thread.execute(() -> ran.add("queued"));
        running.await();

        thread.cancel();
        thread.execute(() -> ran.add("after"));
        thread.finish();

        assertEquals(List.of("interrupted"), ran);
    }

    @Test
    void anUncheckedFailureIsRethrownAsItIsAndACheckedOneWrapped() {
        IllegalStateException runtime = new IllegalStateException("x");
        assertSame(runtime, BackgroundThread.unchecked(runtime));
        OutOfMemoryError error = new OutOfMemoryError("y");
        assertSame(error, assertThrows(OutOfMemoryError.class, () -> BackgroundThread.unchecked(error)));
        IOException checked = new IOException("z");
        assertTrue(BackgroundThread.unchecked(checked).getCause() == checked);
    }
}
