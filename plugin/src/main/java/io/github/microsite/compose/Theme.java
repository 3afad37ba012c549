package io.github.microsite.compose;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.TreeMap;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/**
 * The theme packaged in the plugin, overridden file by file by an optional theme folder of the project
 * ({@code templates/}, {@code assets/}, {@code jbake.properties}).
 */
public final class Theme {

    static final String PACKAGED_ROOT = "/io/github/microsite/theme/jbake";
    static final String PACKAGED_TEMPLATES = PACKAGED_ROOT + "/templates";
    static final String PACKAGED_ASSETS = "/io/github/microsite/theme/assets";

    private final Optional<Path> overrides;

    public Theme(Optional<Path> overrides) {
        this.overrides = overrides;
    }

    Optional<Path> templateOverrides() {
        return overrides.map(folder -> folder.resolve("templates")).filter(Files::isDirectory);
    }

    /** Whether the theme has this template, in the project's theme folder or packaged in the plugin. */
    boolean hasTemplate(String file) {
        if (templateOverrides().map(folder -> Files.isRegularFile(folder.resolve(file))).orElse(false)) {
            return true;
        }
        return Theme.class.getResource(PACKAGED_TEMPLATES + "/" + file) != null;
    }

    /** The theme's JBake configuration: the packaged properties, with the project's on top. */
    Properties properties() {
        Properties properties = new Properties();
        try (InputStream packaged = Theme.class.getResourceAsStream(PACKAGED_ROOT + "/jbake.properties")) {
            if (packaged != null) {
                load(properties, packaged);
            }
            Optional<Path> own = overrides.map(folder -> folder.resolve("jbake.properties")).filter(Files::isRegularFile);
            if (own.isPresent()) {
                try (InputStream in = Files.newInputStream(own.get())) {
                    load(properties, in);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the theme's jbake.properties", e);
        }
        return properties;
    }

    /** Every asset by its path under {@code assets/}, the project's files replacing packaged ones of the same name. */
    public Map<String, byte[]> assets() {
        Map<String, byte[]> assets = new TreeMap<>();
        readPackagedAssets(assets);
        Optional<Path> own = overrides.map(folder -> folder.resolve("assets")).filter(Files::isDirectory);
        own.ifPresent(folder -> readFolder(folder, assets));
        return assets;
    }

    private static void readPackagedAssets(Map<String, byte[]> assets) {
        URL url = Theme.class.getResource(PACKAGED_ASSETS);
        if (url == null) {
            return;
        }
        try {
            if ("jar".equals(url.getProtocol())) {
                readJarFolder(url, assets);
            } else {
                readFolder(Path.of(url.toURI()), assets);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the theme assets packaged in the plugin", e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void readJarFolder(URL folder, Map<String, byte[]> into) throws IOException {
        JarURLConnection connection = (JarURLConnection) folder.openConnection();
        // Our own handle on the jar: a cached one may be shared with, and closed by, another build in this JVM.
        connection.setUseCaches(false);
        String prefix = PACKAGED_ASSETS.substring(1) + "/";
        try (JarFile jar = connection.getJarFile()) {
            for (JarEntry entry : java.util.Collections.list(jar.entries())) {
                String relative = entry.getName().startsWith(prefix) ? entry.getName().substring(prefix.length()) : "";
                if (!entry.isDirectory() && !relative.isEmpty() && !relative.startsWith(".")) {
                    try (InputStream in = jar.getInputStream(entry)) {
                        into.put(relative, in.readAllBytes());
                    }
                }
            }
        }
    }

    /**
     * Files of the theme folder that are symbolic links leading outside it: never read (a theme is published with the
     * site), reported by the composer.
     */
    List<String> linksLeadingOut() {
        if (overrides.isEmpty() || !Files.isDirectory(overrides.get())) {
            return List.of();
        }
        Path folder = overrides.get();
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(Files::isRegularFile).filter(file -> leadsOut(folder, file))
                    .map(file -> folder.relativize(file).toString().replace('\\', '/')).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the theme folder " + folder, e);
        }
    }

    private static boolean leadsOut(Path folder, Path file) {
        try {
            return !file.toRealPath().startsWith(folder.toRealPath());
        } catch (IOException e) {
            return true;
        }
    }

    private static void readFolder(Path folder, Map<String, byte[]> into) {
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                String relative = folder.relativize(file).toString().replace('\\', '/');
                if (!relative.startsWith(".") && !leadsOut(folder, file)) {
                    into.put(relative, Files.readAllBytes(file));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read theme assets in " + folder, e);
        }
    }

    private static void load(Properties properties, InputStream in) throws IOException {
        try (Reader reader = new java.io.InputStreamReader(in, StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
    }
}
