package io.github.microsite.compose;

/**
 * Strips a stylesheet's comments and the whitespace no rule needs, nothing else: no rule is merged, reordered or
 * rewritten, so what the browser applies is what the author wrote. Readers download the theme's CSS on every first
 * visit; its comments (which explain the theme to whoever overrides it) and indentation were a third of it gzipped.
 *
 * <p>Safe by construction: strings ({@code content: " → "}) are copied as they are; a run of whitespace becomes one
 * space, dropped only beside {@code { } ; ,} (and after {@code :} or {@code (}, before {@code )}), where CSS never
 * gives it meaning. Spaces that do carry meaning stay: descendant combinators ({@code .a :hover}), {@code and (},
 * {@code calc(1px + 2px)}. Comments starting with {@code /*!} (licences) are kept. Same input, same output.</p>
 */
final class CssMinifier {

    private CssMinifier() {
    }

    static String minify(String css) {
        StringBuilder out = new StringBuilder(css.length());
        boolean pendingSpace = false;
        int i = 0;
        int n = css.length();
        while (i < n) {
            char c = css.charAt(i);
            if (c == '/' && i + 1 < n && css.charAt(i + 1) == '*') {
                int end = css.indexOf("*/", i + 2);
                int stop = end < 0 ? n : end + 2;
                if (i + 2 < n && css.charAt(i + 2) == '!') {
                    flushSpace(out, pendingSpace, c);
                    pendingSpace = false;
                    out.append(css, i, stop);
                } else {
                    // A comment separates tokens as whitespace does ("a/**/b" is two tokens).
                    pendingSpace = pendingSpace || out.length() > 0;
                }
                i = stop;
            } else if (Character.isWhitespace(c)) {
                pendingSpace = out.length() > 0;
                i++;
            } else if (c == '"' || c == '\'') {
                flushSpace(out, pendingSpace, c);
                pendingSpace = false;
                int end = stringEnd(css, i);
                out.append(css, i, end);
                i = end;
            } else {
                flushSpace(out, pendingSpace, c);
                pendingSpace = false;
                if (c == '}' && out.length() > 0 && out.charAt(out.length() - 1) == ';') {
                    out.setLength(out.length() - 1);    // the last declaration of a block needs no semicolon
                }
                out.append(c);
                i++;
            }
        }
        return out.toString();
    }

    /** Writes the space a whitespace run left, unless the characters on either side make it meaningless. */
    private static void flushSpace(StringBuilder out, boolean pending, char next) {
        if (!pending || out.length() == 0) {
            return;
        }
        char previous = out.charAt(out.length() - 1);
        if ("{};,:(".indexOf(previous) >= 0 || "{};,)".indexOf(next) >= 0) {
            return;
        }
        out.append(' ');
    }

    /** The index after the string that starts at {@code start}: its closing quote, an unescaped newline or the end. */
    private static int stringEnd(String css, int start) {
        char quote = css.charAt(start);
        int i = start + 1;
        while (i < css.length()) {
            char c = css.charAt(i);
            if (c == '\\') {
                i += 2;
            } else if (c == quote) {
                return i + 1;
            } else if (c == '\n') {
                return i;   // an unclosed string ends at the line, as the CSS parser ends it
            } else {
                i++;
            }
        }
        return css.length();
    }
}
