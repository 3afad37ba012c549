package io.github.microsite.uptodate;

import io.github.microsite.convert.PluginIdentity;
import io.github.microsite.model.ContentLayout;
import io.github.microsite.model.SiteConfig;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

/**
 * One fingerprint of everything a build reads: every file of the content folder (pages, includes, datasets,
 * schemas, images — hidden and partial files too, since a page may include them), the theme folder, each static
 * directory, the whole configuration, the approval settings ({@code check} and its rules) and the plugin itself
 * (its jar carries the packaged theme and every stage's code). Files count by their bytes, not their times, so a
 * checkout that touches a file without changing it costs nothing, and a symbolic link counts with its target.
 */
final class BuildInputs {

    private BuildInputs() {
    }

    /** @param approval what else decides whether a baked site is published (the check rules), as text */
    static String fingerprint(SiteConfig config, String approval) {
        MessageDigest digest = sha256();
        text(digest, "plugin " + PluginIdentity.fingerprint());
        // A record's text names every parameter with its value; attributes are sorted (SiteConfig keeps a TreeMap).
        text(digest, "config " + config);
        text(digest, "approval " + approval);
        tree(digest, "content", config.contentDirectory());
        config.themeDirectory().ifPresent(theme -> tree(digest, "theme", theme));
        for (ContentLayout.StaticDirectory published : config.layout().staticDirectories()) {
            tree(digest, "static " + published.sitePath(), published.directory());
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    private static void tree(MessageDigest digest, String name, Path root) {
        text(digest, "tree " + name + " " + root.toAbsolutePath().normalize());
        if (!Files.isDirectory(root)) {
            text(digest, "missing");
            return;
        }
        List<Path> paths;
        try (Stream<Path> walk = Files.walk(root)) {
            paths = walk.filter(path -> !Files.isDirectory(path, java.nio.file.LinkOption.NOFOLLOW_LINKS)).sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + root, e);
        }
        for (Path path : paths) {
            String relative = root.relativize(path).toString().replace('\\', '/');
            try {
                if (Files.isSymbolicLink(path)) {
                    // Where it leads decides whether the build accepts it (a link out of the content is an error).
                    text(digest, "link " + relative + " -> " + Files.readSymbolicLink(path) + " = " + real(path));
                }
                byte[] bytes = Files.isRegularFile(path) ? Files.readAllBytes(path) : new byte[0];
                text(digest, "file " + relative + " " + bytes.length);
                digest.update(bytes);
            } catch (IOException e) {
                // Unreadable now: the bake will say so; never call it unchanged.
                text(digest, "unreadable " + relative + " " + System.nanoTime());
            }
        }
    }

    private static String real(Path path) {
        try {
            return path.toRealPath().toString();
        } catch (IOException e) {
            return "(dangling)";
        }
    }

    private static void text(MessageDigest digest, String text) {
        digest.update(text.getBytes(StandardCharsets.UTF_8));
        digest.update((byte) 0);
    }

    static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
