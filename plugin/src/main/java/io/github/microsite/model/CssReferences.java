package io.github.microsite.model;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The URLs a stylesheet loads, as publishing rewrites them to fingerprinted names and the site check follows them:
 * {@code url(x)}, {@code url('x')}, {@code url("x")}, {@code @import "x"} and {@code @import url(x)}.
 */
public final class CssReferences {

    /**
     * Groups: for {@code url()}, 1 its quote (maybe empty) and 2 the URL as written; for {@code @import "x"}, 3 the
     * quote and 4 the URL.
     */
    public static final Pattern PATTERN = Pattern.compile(
            "url\\(\\s*(['\"]?)([^'\")]*)\\1\\s*\\)|@import\\s+(['\"])([^'\"]+)\\3");

    private CssReferences() {
    }

    /** Every URL the CSS loads, in order, without surrounding white space. */
    public static List<String> in(String css) {
        List<String> references = new ArrayList<>();
        Matcher matcher = PATTERN.matcher(css);
        while (matcher.find()) {
            references.add((matcher.group(2) != null ? matcher.group(2) : matcher.group(4)).strip());
        }
        return references;
    }
}
