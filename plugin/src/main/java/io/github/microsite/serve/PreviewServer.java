package io.github.microsite.serve;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.github.microsite.model.Problem;
import io.github.microsite.publish.SiteFile;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Serves the current {@link ServedSite} from memory at {@code http://host:port<basePath>}, with two extra URLs under
 * {@code <basePath>__microsite/}: the reload script (added to every HTML page it serves, never to built files) and
 * the event stream the script listens to. The script is an external file, so the pages' Content-Security-Policy
 * ({@code script-src 'self'}) holds in preview exactly as in the built site.
 */
public final class PreviewServer implements AutoCloseable {

    static final String SPECIAL = "__microsite/";
    static final String SCRIPT = SPECIAL + "live.js";
    static final String EVENTS = SPECIAL + "events";
    static final String STATUS = SPECIAL + "status.json";

    private static final Map<String, String> TYPES = Map.ofEntries(
            Map.entry("html", "text/html; charset=utf-8"), Map.entry("css", "text/css; charset=utf-8"),
            Map.entry("js", "text/javascript; charset=utf-8"), Map.entry("json", "application/json; charset=utf-8"),
            Map.entry("xml", "application/xml; charset=utf-8"), Map.entry("txt", "text/plain; charset=utf-8"),
            Map.entry("csv", "text/csv; charset=utf-8"), Map.entry("svg", "image/svg+xml"),
            Map.entry("png", "image/png"), Map.entry("jpg", "image/jpeg"), Map.entry("jpeg", "image/jpeg"),
            Map.entry("gif", "image/gif"), Map.entry("webp", "image/webp"), Map.entry("ico", "image/x-icon"),
            Map.entry("woff2", "font/woff2"), Map.entry("pdf", "application/pdf"));

    private final String basePath;
    private final AtomicReference<ServedSite> current = new AtomicReference<>(ServedSite.EMPTY);
    private final ReloadEvents events = new ReloadEvents();
    private final HttpServer server;
    private final ExecutorService workers;
    private final byte[] script;

    /**
     * @param basePath starts and ends with '/'
     * @param port     0 for any free port
     */
    public PreviewServer(String host, int port, String basePath) throws IOException {
        this.basePath = basePath;
        this.script = readScript();
        this.server = HttpServer.create(new InetSocketAddress(host, port), 0);
        // Event streams hold a thread each for as long as a tab is open; pages must still be served meanwhile.
        this.workers = Executors.newCachedThreadPool(runnable -> {
            Thread thread = new Thread(runnable, "microsite-preview");
            thread.setDaemon(true);
            return thread;
        });
        server.setExecutor(workers);
        server.createContext("/", this::handle);
        server.start();
    }

    /** The address of the site's home, e.g. {@code http://127.0.0.1:8080/aigc-report/}. */
    public URI url() {
        InetSocketAddress address = server.getAddress();
        String host = address.getAddress().isAnyLocalAddress() ? "127.0.0.1" : address.getAddress().getHostAddress();
        if (host.contains(":")) {
            host = "[" + host + "]";
        }
        return URI.create("http://" + host + ":" + address.getPort() + basePath);
    }

    /** Shows a newly baked state and tells open pages: reload, or here are the problems. */
    void show(ServedSite site) {
        ServedSite previous = current.getAndSet(site);
        if (site.failing()) {
            events.send("problems", ProblemsJson.of(site.problems()));
        } else if (previous.version() > 0) {
            events.send("reload", Long.toString(site.version()));
        }
    }

    ServedSite current() {
        return current.get();
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String path = exchange.getRequestURI().getPath();
            if (!"GET".equals(exchange.getRequestMethod()) && !"HEAD".equals(exchange.getRequestMethod())) {
                send(exchange, 405, "text/plain; charset=utf-8", "only GET and HEAD".getBytes(StandardCharsets.UTF_8));
                return;
            }
            if (!path.startsWith(basePath)) {
                if (path.equals("/") || path.equals(basePath.substring(0, basePath.length() - 1))) {
                    exchange.getResponseHeaders().add("Location", basePath);
                    send(exchange, 302, "text/plain; charset=utf-8", new byte[0]);
                } else {
                    notFound(exchange);
                }
                return;
            }
            String relative = path.substring(basePath.length());
            switch (relative) {
                case SCRIPT -> send(exchange, 200, TYPES.get("js"), script);
                case STATUS -> send(exchange, 200, TYPES.get("json"),
                        ProblemsJson.status(current.get()).getBytes(StandardCharsets.UTF_8));
                case EVENTS -> stream(exchange);
                default -> serveFile(exchange, relative);
            }
        }
    }

    private void serveFile(HttpExchange exchange, String relative) throws IOException {
        if (relative.contains("..") || relative.contains("\\")) {
            notFound(exchange);
            return;
        }
        ServedSite site = current.get();
        String path = relative.isEmpty() || relative.endsWith("/") ? relative + "index.html" : relative;
        Optional<SiteFile> file = site.file(path);
        if (file.isEmpty() && site.file(path + "/index.html").isPresent()) {
            exchange.getResponseHeaders().add("Location", basePath + path + "/");
            send(exchange, 301, "text/plain; charset=utf-8", new byte[0]);
            return;
        }
        if (file.isEmpty()) {
            notFound(exchange);
            return;
        }
        send(exchange, 200, type(path), decorate(path, bytes(file.get())));
    }

    private void notFound(HttpExchange exchange) throws IOException {
        ServedSite site = current.get();
        if (site.files().isEmpty() && site.failing()) {
            // Nothing has built yet: a page that shows the problems and reloads itself once they are fixed.
            String html = "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>Not built yet</title></head>"
                    + "<body><h1>The site has not built yet</h1><p>See the problems below or in the terminal.</p>"
                    + "</body></html>";
            send(exchange, 503, TYPES.get("html"), decorate("index.html", html.getBytes(StandardCharsets.UTF_8)));
            return;
        }
        Optional<SiteFile> page = site.file("404.html");
        byte[] body = page.isPresent() ? decorate("404.html", bytes(page.get()))
                : "Not found".getBytes(StandardCharsets.UTF_8);
        send(exchange, 404, page.isPresent() ? TYPES.get("html") : "text/plain; charset=utf-8", body);
    }

    /** Adds the reload script to an HTML page; every other file is served exactly as built. */
    private byte[] decorate(String path, byte[] body) {
        if (!path.endsWith(".html")) {
            return body;
        }
        String html = new String(body, StandardCharsets.UTF_8);
        String tag = "<script src=\"" + basePath + SCRIPT + "\" defer></script>";
        int head = html.indexOf("</head>");
        html = head < 0 ? tag + html : html.substring(0, head) + tag + "\n" + html.substring(head);
        return html.getBytes(StandardCharsets.UTF_8);
    }

    private void stream(HttpExchange exchange) throws IOException {
        exchange.getResponseHeaders().add("Content-Type", "text/event-stream; charset=utf-8");
        exchange.getResponseHeaders().add("Cache-Control", "no-store");
        exchange.sendResponseHeaders(200, 0);
        OutputStream body = exchange.getResponseBody();
        ServedSite site = current.get();
        boolean open = ReloadEvents.write(body, "hello", Long.toString(site.version()))
                && (!site.failing() || ReloadEvents.write(body, "problems", ProblemsJson.of(site.problems())));
        if (!open) {
            return;
        }
        try {
            events.listen(body);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void send(HttpExchange exchange, int status, String type, byte[] body) throws IOException {
        exchange.getResponseHeaders().add("Content-Type", type);
        exchange.getResponseHeaders().add("Cache-Control", "no-store");
        boolean head = "HEAD".equals(exchange.getRequestMethod());
        exchange.sendResponseHeaders(status, head || body.length == 0 ? -1 : body.length);
        if (!head && body.length > 0) {
            exchange.getResponseBody().write(body);
        }
    }

    private static byte[] bytes(SiteFile file) {
        if (file.content().isPresent()) {
            return file.content().get();
        }
        try {
            return Files.readAllBytes(file.copyOf().orElseThrow());
        } catch (IOException e) {
            return new byte[0];
        }
    }

    private static String type(String path) {
        int dot = path.lastIndexOf('.');
        String extension = dot < 0 ? "" : path.substring(dot + 1).toLowerCase(Locale.ROOT);
        return TYPES.getOrDefault(extension, "application/octet-stream");
    }

    private static byte[] readScript() {
        try (InputStream in = PreviewServer.class.getResourceAsStream("live.js")) {
            if (in == null) {
                throw new IllegalStateException("live.js missing from the plugin jar");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        server.stop(0);
        events.closeAll();
        workers.shutdownNow();
        try {
            workers.awaitTermination(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    int listenerCount() {
        return events.listenerCount();
    }
}
