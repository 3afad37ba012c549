package io.github.microsite.uptodate;

import io.github.microsite.convert.PluginIdentity;
import io.github.microsite.model.ContentLayout;
import io.github.microsite.model.SiteConfig;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;

/**
 * One fingerprint of everything a build reads: every file of the content folder (pages, includes, datasets,
 * schemas, images — hidden and partial files too, since a page may include them), the theme folder, each static
 * directory, the whole configuration, the approval settings ({@code check} and its rules) and the plugin itself
 * (its jar carries the packaged theme and every stage's code). Files count by their bytes, and a symbolic link with
 * where it leads.
 *
 * <p>Reading every byte of a large content folder on each build costs more than the rest of a no-change build, so a
 * file's hash is taken from the last build's record when its size and modification time are the ones recorded then
 * and it was not modified within {@link #RACY_NANOS} before that build looked (git's "racily clean" rule: a write
 * in the same clock tick as the look could leave the time unchanged).</p>
 */
final class BuildInputs {

    /** A file modified this close before the last look is hashed again, whatever its time says. */
    static final long RACY_NANOS = TimeUnit.SECONDS.toNanos(2);

    /** A file as last seen: its size and modification time, and the hash of its bytes. */
    record Seen(long size, long modifiedNanos, String hash) {
        String line() {
            return size + " " + modifiedNanos + " " + hash;
        }

        static Seen parse(String line) {
            String[] parts = line.split(" ");
            return new Seen(Long.parseLong(parts[0]), Long.parseLong(parts[1]), parts[2]);
        }
    }

    /**
     * @param fingerprint of every input
     * @param files       each input file as seen now, by "tree/relative path", for the next build to trust
     * @param lookedAt    when the files were looked at (nanoseconds of the epoch)
     */
    record Scan(String fingerprint, Map<String, Seen> files, long lookedAt) {
    }

    private BuildInputs() {
    }

    /**
     * @param approval what else decides whether a baked site is published (the check rules), as text
     * @param known    the files as the last build saw them, and when it looked
     */
    static Scan scan(SiteConfig config, String approval, Map<String, Seen> known, long knownAt) {
        long lookedAt = nowNanos();
        MessageDigest digest = sha256();
        Map<String, Seen> files = new TreeMap<>();
        text(digest, "plugin " + PluginIdentity.fingerprint());
        // A record's text names every parameter with its value; attributes are sorted (SiteConfig keeps a TreeMap).
        text(digest, "config " + config);
        text(digest, "approval " + approval);
        tree(digest, "content", config.contentDirectory(), known, knownAt, files);
        if (config.themeDirectory().isPresent()) {
            tree(digest, "theme", config.themeDirectory().get(), known, knownAt, files);
        }
        for (ContentLayout.StaticDirectory published : config.layout().staticDirectories()) {
            tree(digest, "static " + published.sitePath(), published.directory(), known, knownAt, files);
        }
        return new Scan(HexFormat.of().formatHex(digest.digest()), files, lookedAt);
    }

    static long nowNanos() {
        java.time.Instant now = java.time.Instant.now();
        return TimeUnit.SECONDS.toNanos(now.getEpochSecond()) + now.getNano();
    }

    private static void tree(MessageDigest digest, String name, Path root, Map<String, Seen> known, long knownAt,
                             Map<String, Seen> files) {
        text(digest, "tree " + name + " " + root.toAbsolutePath().normalize());
        if (!Files.isDirectory(root)) {
            text(digest, "missing");
            return;
        }
        Map<String, BasicFileAttributes> found = new TreeMap<>();
        try {
            Files.walkFileTree(root, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
                    found.put(root.relativize(file).toString().replace('\\', '/'), attributes);
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + root, e);
        }
        found.forEach((relative, attributes) -> {
            Path path = root.resolve(relative);
            String key = name + "/" + relative;
            try {
                if (attributes.isSymbolicLink()) {
                    // Where it leads decides whether the build accepts it (a link out of the content is an error);
                    // its target's bytes are read every time, since its time is not the link's.
                    text(digest, "link " + relative + " -> " + Files.readSymbolicLink(path) + " = " + real(path));
                    byte[] bytes = Files.isRegularFile(path) ? Files.readAllBytes(path) : new byte[0];
                    text(digest, "file " + relative + " " + bytes.length + " " + hash(bytes));
                    return;
                }
                long modified = attributes.lastModifiedTime().to(TimeUnit.NANOSECONDS);
                Seen before = known.get(key);
                Seen seen = before != null && before.size() == attributes.size()
                        && before.modifiedNanos() == modified && modified < knownAt - RACY_NANOS
                        ? before
                        : new Seen(attributes.size(), modified, hash(Files.readAllBytes(path)));
                files.put(key, seen);
                text(digest, "file " + relative + " " + seen.size() + " " + seen.hash());
            } catch (IOException e) {
                // Unreadable now: the bake will say so; never call it unchanged.
                text(digest, "unreadable " + relative + " " + System.nanoTime());
            }
        });
    }

    private static String hash(byte[] bytes) {
        return HexFormat.of().formatHex(sha256().digest(bytes));
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
