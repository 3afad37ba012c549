package io.github.microsite.model;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.regex.Pattern;

/**
 * Paths inside a site or a content folder as its files write them ({@code /}-separated, relative to a root), shared
 * by the stages that resolve what a page, a stylesheet or a reading order names.
 */
public final class SitePaths {

    private static final Pattern SCHEME = Pattern.compile("^[a-zA-Z][a-zA-Z0-9+.-]*:.*");

    private SitePaths() {
    }

    /**
     * The path with its {@code .} and {@code ..} segments and empty segments resolved ({@code a/./b/../c} →
     * {@code a/c}), or null when a {@code ..} climbs above the root.
     */
    public static String normalize(String path) {
        Deque<String> segments = new ArrayDeque<>();
        for (String segment : path.split("/")) {
            if (segment.equals("..")) {
                if (segments.pollLast() == null) {
                    return null;
                }
            } else if (!segment.isEmpty() && !segment.equals(".")) {
                segments.addLast(segment);
            }
        }
        return String.join("/", segments);
    }

    /** A URL's percent-escapes decoded; {@code +} stays a plus (not a space in a path), a bad escape as written. */
    public static String decode(String text) {
        try {
            return URLDecoder.decode(text.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return text;
        }
    }

    /** Whether the URL starts with a scheme ({@code https:}, {@code mailto:}, {@code data:} …). */
    public static boolean hasScheme(String url) {
        return SCHEME.matcher(url).matches();
    }
}
