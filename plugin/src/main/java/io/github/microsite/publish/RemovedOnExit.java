package io.github.microsite.publish;

import io.github.microsite.model.OnJvmStop;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;

/**
 * A folder the build made for itself beside the output (a staging folder), removed if the JVM stops before the build
 * is done with it: Ctrl-C, an IDE's stop button, or Maven stopping a forked build's JVM. Without it such a stop left a
 * half-written copy of the site behind ({@code target/microsite.partial-…}, 60 MB for 1,000 pages), and the next
 * build made a new one. A JVM killed outright (SIGKILL) runs no code, so that one still stays.
 */
final class RemovedOnExit implements AutoCloseable {

    private final Path path;
    private final Runnable stopWriting;
    private final OnJvmStop onStop;
    /** Held while the path is deleted, or moved away by publish: never half of each. */
    private final Object lock = new Object();

    /** A move on the file system. */
    @FunctionalInterface
    interface Move {
        void run() throws IOException;
    }

    /** @param stopWriting run first: stops whatever writes into {@code path}, so nothing lands in it after it is gone */
    RemovedOnExit(Path path, Runnable stopWriting) {
        this.path = path;
        this.stopWriting = stopWriting;
        this.onStop = new OnJvmStop("microsite-remove-" + path.getFileName(), this::remove);
    }

    /** What the JVM runs as it stops. */
    void remove() {
        stopWriting.run();
        synchronized (lock) {
            // The build's own thread may still be writing a file as the JVM stops (publish writes the last files
            // itself): a folder it refilled is deleted again.
            for (int attempt = 0; attempt < 3; attempt++) {
                try {
                    SitePublisher.deleteTree(path);
                    return;
                } catch (IOException | UncheckedIOException e) {
                    // tried again; after the last attempt the JVM stops anyway, and nobody is left to tell
                }
            }
        }
    }

    /**
     * Runs the move that takes the path away (publish swapping the staging folder in for the output), so a JVM
     * stopping at that moment deletes either the whole staging folder before it or nothing after it, never part of a
     * published site.
     */
    void moveAway(Move move) throws IOException {
        synchronized (lock) {
            move.run();
        }
    }

    /** The build is done with the path (moved into place or deleted): a stop of the JVM no longer concerns it. */
    @Override
    public void close() {
        onStop.close(); // while the JVM stops, the hook still runs, and finds the path gone or removes it
    }
}
