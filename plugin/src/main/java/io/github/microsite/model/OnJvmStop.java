package io.github.microsite.model;

/**
 * Something to do if the JVM stops (Ctrl-C, an IDE's stop button, a SIGTERM) while a piece of work is under way:
 * registered as a shutdown hook when made, taken back by {@link #close()} when the work is done.
 */
public final class OnJvmStop implements AutoCloseable {

    private final Thread hook;

    /** @param name the hook thread's name, as thread dumps show it */
    public OnJvmStop(String name, Runnable action) {
        this.hook = new Thread(action, name);
        Runtime.getRuntime().addShutdownHook(hook);
    }

    /** The work is done: a stop of the JVM no longer concerns it. Safe while the JVM stops, and twice. */
    @Override
    public void close() {
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException stopping) {
            // the JVM is stopping: the hook runs, or has run
        }
    }
}
