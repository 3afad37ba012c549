package io.github.microsite.convert;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;

/**
 * Names the plugin build that converted a page, so a conversion cached by one plugin build is never reused by
 * another: its version, and the size and time of the jar it runs from (a SNAPSHOT rebuilt under the same version is
 * a different plugin).
 */
public final class PluginIdentity {

    private static final String FINGERPRINT = compute();

    private PluginIdentity() {
    }

    public static String fingerprint() {
        return FINGERPRINT;
    }

    private static String compute() {
        Package own = PluginIdentity.class.getPackage();
        String version = own == null || own.getImplementationVersion() == null ? "dev" : own.getImplementationVersion();
        CodeSource code = PluginIdentity.class.getProtectionDomain().getCodeSource();
        if (code == null) {
            return version;
        }
        try {
            Path location = Path.of(code.getLocation().toURI());
            if (Files.isRegularFile(location)) {
                return version + ":" + Files.size(location) + ":" + Files.getLastModifiedTime(location).toMillis();
            }
            // Classes in a folder (the plugin's own tests): the compiled converter's time stands for the build.
            Path self = location.resolve(PluginIdentity.class.getName().replace('.', '/') + ".class");
            return version + ":" + (Files.exists(self) ? Files.getLastModifiedTime(self).toMillis() : 0);
        } catch (IOException | URISyntaxException | IllegalArgumentException e) {
            return version;
        }
    }
}
