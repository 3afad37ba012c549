package io.github.microsite.model;

/**
 * Where a build's messages go: Maven's log when the build runs inside Maven's JVM, the pipe to Maven when it runs in a
 * JVM of its own ({@code io.github.microsite.fork}). The same lines either way.
 */
public interface BuildLog {

    boolean isDebugEnabled();

    void debug(String message);

    void info(String message);

    void warn(String message);

    void error(String message);
}
