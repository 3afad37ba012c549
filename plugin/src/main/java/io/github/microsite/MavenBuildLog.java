package io.github.microsite;

import io.github.microsite.model.BuildLog;
import org.apache.maven.plugin.logging.Log;

/** A build's messages into Maven's log. */
record MavenBuildLog(Log log) implements BuildLog {

    @Override
    public boolean isDebugEnabled() {
        return log.isDebugEnabled();
    }

    @Override
    public void debug(String message) {
        log.debug(message);
    }

    @Override
    public void info(String message) {
        log.info(message);
    }

    @Override
    public void warn(String message) {
        log.warn(message);
    }

    @Override
    public void error(String message) {
        log.error(message);
    }
}
