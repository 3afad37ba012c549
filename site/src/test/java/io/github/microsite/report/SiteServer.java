package io.github.microsite.report;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * Serves the built site the way a static host does, under a project path like GitHub Pages
 * ({@code /aigc-report/}), so the tests also prove the site does not depend on being at the domain root.
 * Anything outside the base path, or missing, is a 404 with the site's {@code 404.html}, as GitHub Pages serves it.
 */
final class SiteServer implements AutoCloseable {

    /** The path the site was built for (site/pom.xml's microsite.basePath, or the Pages workflow's). */
    static final String BASE_PATH = System.getProperty("site.basePath", "/aigc-report/");
    private static final Map<String, String> TYPES = Map.of("html", "text/html; charset=utf-8",
            "css", "text/css; charset=utf-8", "js", "text/javascript; charset=utf-8", "json", "application/json",
            "svg", "image/svg+xml", "png", "image/png", "csv", "text/csv; charset=utf-8");

    private final HttpServer server;
    private final Path root;

    SiteServer(Path root) throws IOException {
        this.root = root.toAbsolutePath().normalize();
        this.server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", this::serve);
        server.start();
    }

    String url(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + BASE_PATH + path;
    }

    private void serve(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath();
        Path file = null;
        if (path.startsWith(BASE_PATH)) {
            file = root.resolve(path.substring(BASE_PATH.length())).normalize();
            if (Files.isDirectory(file)) {
                file = file.resolve("index.html");
            }
        }
        int status = 200;
        if (file == null || !file.startsWith(root) || !Files.isRegularFile(file)) {
            // As GitHub Pages and most hosts do: the site's own 404.html, with status 404, at any missing address.
            file = root.resolve("404.html");
            status = 404;
            if (!Files.isRegularFile(file)) {
                exchange.sendResponseHeaders(404, -1);
                exchange.close();
                return;
            }
        }
        String name = file.getFileName().toString();
        String type = TYPES.getOrDefault(name.substring(name.lastIndexOf('.') + 1), "application/octet-stream");
        byte[] body = Files.readAllBytes(file);
        exchange.getResponseHeaders().set("Content-Type", type);
        exchange.sendResponseHeaders(status, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
