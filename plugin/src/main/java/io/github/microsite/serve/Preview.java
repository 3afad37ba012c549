package io.github.microsite.serve;

import io.github.microsite.BakedSite;
import io.github.microsite.Pipeline;
import io.github.microsite.model.SiteConfig;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

/**
 * A running preview: bakes the site, serves it, and rebakes on every burst of source changes with the same warm
 * pipeline (one Asciidoctor for the life of the preview). A failed rebake keeps the last good site on screen.
 */
public final class Preview implements AutoCloseable {

    /** One editor save is usually done within this; a burst of writes then gives one rebuild. */
    static final long QUIET_MILLIS = 80;

    private final SiteConfig config;
    private final Pipeline pipeline;
    private final PreviewServer server;
    private final Consumer<BakeReport> reporter;
    private final SourceWatcher watcher;
    private volatile boolean closed;

    /** What one bake did, for the terminal. */
    public record BakeReport(BakedSite site, Set<Path> changed, long millis) {
    }

    /**
     * Bakes once, then serves and watches.
     *
     * @param reporter told about every bake (the first one too), on the watcher's thread
     */
    public Preview(SiteConfig config, Pipeline pipeline, String host, int port, Consumer<BakeReport> reporter)
            throws IOException {
        this.config = config;
        this.pipeline = pipeline;
        this.reporter = reporter;
        this.server = new PreviewServer(host, port, config.basePath());
        rebake(Set.of());
        this.watcher = new SourceWatcher(watchedFolders(config), QUIET_MILLIS, this::rebake);
    }

    public URI url() {
        return server.url();
    }

    private synchronized void rebake(Set<Path> changed) {
        if (closed) {
            return;
        }
        long start = System.nanoTime();
        BakedSite baked = pipeline.bake(config);
        server.show(server.current().after(baked));
        reporter.accept(new BakeReport(baked, changed, (System.nanoTime() - start) / 1_000_000));
    }

    private static List<Path> watchedFolders(SiteConfig config) {
        List<Path> folders = new ArrayList<>();
        folders.add(config.contentDirectory());
        config.themeDirectory().ifPresent(folders::add);
        return folders;
    }

    /** For tests: the number of pages listening for reloads. */
    int listenerCount() {
        return server.listenerCount();
    }

    @Override
    public void close() {
        closed = true;
        watcher.close();
        server.close();
    }
}
