package io.github.microsite.compose;

import io.github.microsite.model.CssReferences;
import io.github.microsite.model.SitePaths;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;

/**
 * Gives every theme asset a published name carrying a hash of its content ({@code css/site.css} →
 * {@code assets/css/site.1a2b3c4d5e.css}), so a browser or CDN cache can keep an asset forever and never serve a
 * stale theme after a new build; pages keep their stable names. A stylesheet's {@code url()} and {@code @import}
 * references to other assets are rewritten to their hashed names first, so its own hash covers them. Stylesheets are
 * published without their comments and spare whitespace ({@link CssMinifier}), scripts without their comments and
 * indentation ({@link JsMinifier}): the hash names what is served.
 */
final class AssetFingerprints {

    private static final int HASH_CHARS = 10;

    /** An asset as published: its path inside the site and its (possibly rewritten) bytes. */
    record Published(String path, byte[] content) {
    }

    private final String folder;
    private final Map<String, byte[]> assets;
    private final Map<String, Published> published = new TreeMap<>();
    private final Set<String> inProgress = new HashSet<>();

    private AssetFingerprints(String folder, Map<String, byte[]> assets) {
        this.folder = folder;
        this.assets = assets;
    }

    /**
     * @param folder the folder of the site the assets go to ({@code assets})
     * @param assets every asset by its path under the theme's {@code assets/}
     * @return every asset by the same path, with where it is published and what is written there
     */
    static Map<String, Published> fingerprint(String folder, Map<String, byte[]> assets) {
        AssetFingerprints fingerprints = new AssetFingerprints(folder, assets);
        assets.keySet().forEach(fingerprints::publish);
        return Map.copyOf(fingerprints.published);
    }

    private Published publish(String path) {
        Published done = published.get(path);
        if (done != null) {
            return done;
        }
        byte[] content = assets.get(path);
        // Two stylesheets importing each other: the second keeps its references as written rather than looping.
        if (path.endsWith(".css") && inProgress.add(path)) {
            String css = CssMinifier.minify(new String(content, StandardCharsets.UTF_8));
            content = rewriteReferences(path, css).getBytes(StandardCharsets.UTF_8);
            inProgress.remove(path);
        }
        if (path.endsWith(".js")) {
            content = JsMinifier.minify(new String(content, StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8);
        }
        Published result = new Published(folder + "/" + hashedName(path, content), content);
        published.put(path, result);
        return result;
    }

    private String rewriteReferences(String cssPath, String css) {
        String cssFolder = cssPath.contains("/") ? cssPath.substring(0, cssPath.lastIndexOf('/') + 1) : "";
        Matcher matcher = CssReferences.PATTERN.matcher(css);
        StringBuilder out = new StringBuilder();
        while (matcher.find()) {
            boolean isUrl = matcher.group(2) != null;
            String reference = isUrl ? matcher.group(2).strip() : matcher.group(4);
            String replacement = matcher.group();
            String target = resolve(cssFolder, reference);
            if (target != null && assets.containsKey(target) && !inProgress.contains(target)) {
                String suffix = reference.substring(withoutQueryOrFragment(reference).length());
                String hashed = relative(cssPath, publish(target).path()) + suffix;
                replacement = isUrl ? "url(" + matcher.group(1) + hashed + matcher.group(1) + ")"
                        : "@import " + matcher.group(3) + hashed + matcher.group(3);
            }
            matcher.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        matcher.appendTail(out);
        return out.toString();
    }

    /** The asset path a relative reference names, or null for data:, absolute and root-relative references. */
    private static String resolve(String base, String reference) {
        String path = withoutQueryOrFragment(reference);
        if (path.isEmpty() || path.startsWith("/") || path.startsWith("#") || SitePaths.hasScheme(path)) {
            return null;
        }
        return SitePaths.normalize(base + path);
    }

    private static String withoutQueryOrFragment(String reference) {
        int end = reference.length();
        for (char stop : new char[] {'?', '#'}) {
            int at = reference.indexOf(stop);
            if (at >= 0) {
                end = Math.min(end, at);
            }
        }
        return reference.substring(0, end);
    }

    /** From the published stylesheet to a published asset; both live in the same assets folder. */
    private String relative(String cssPath, String publishedTarget) {
        String target = publishedTarget.substring(folder.length() + 1);
        int depth = (int) cssPath.chars().filter(c -> c == '/').count();
        return "../".repeat(depth) + target;
    }

    private static String hashedName(String path, byte[] content) {
        int slash = path.lastIndexOf('/');
        int dot = path.lastIndexOf('.');
        String hash = sha256(content).substring(0, HASH_CHARS);
        return dot > slash + 1 ? path.substring(0, dot) + "." + hash + path.substring(dot) : path + "." + hash;
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }
}
