package io.github.microsite.publish;

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
    private final Thread hook;

    /** @param stopWriting run first: stops whatever writes into {@code path}, so nothing lands in it after it is gone */
    RemovedOnExit(Path path, Runnable stopWriting) {
        this.path = path;
        this.stopWriting = stopWriting;
        this.hook = new Thread(this::remove, "microsite-remove-" + path.getFileName());
        Runtime.getRuntime().addShutdownHook(hook);
    }

    /** What the JVM runs as it stops. */
    void remove() {
        stopWriting.run();
        // The build's own thread may still be writing a file as the JVM stops (publish writes the last files itself):
        // a folder it refilled is deleted again.
        for (int attempt = 0; attempt < 3; attempt++) {
            try {
                SitePublisher.deleteTree(path);
                return;
            } catch (IOException | UncheckedIOException e) {
                // tried again; after the last attempt the JVM stops anyway, and nobody is left to tell
            }
        }
    }

    /** The build is done with the path (moved into place or deleted): a stop of the JVM no longer concerns it. */
    @Override
    public void close() {
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException stopping) {
            // the JVM is stopping: the hook runs, and finds the path gone or removes it
        }
    }
}
