package io.github.microsite.compose;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Set;

/**
 * Strips a script's comments, indentation, blank lines and the spaces no token needs, nothing else: every line break
 * between two tokens stays (so automatic semicolon insertion reads the script as before), a space stays where two
 * tokens would otherwise join, and strings, template literals and regular expressions are copied as they are. The theme's scripts explain
 * themselves in comments for whoever overrides them; readers need not download those (a third of each gzipped).
 *
 * <p>Regular expressions are told from division by the token before the slash, as JavaScript's grammar does for
 * the cases that occur in practice. Whatever the scanner cannot read to the end (an unclosed string, comment,
 * template or expression) is published unchanged: a script is never cut short. Same input, same output.</p>
 */
final class JsMinifier {

    /** Words after which a slash starts a regular expression, not a division. */
    private static final Set<String> BEFORE_REGEX = Set.of("return", "typeof", "instanceof", "in", "of", "new",
            "delete", "void", "throw", "case", "do", "else", "yield", "await");

    private final String source;
    private final StringBuilder out;
    private int i;
    /** The last token written, which decides whether a slash after it divides or starts a regular expression. */
    private String lastWord = "";
    private char lastPunctuator = 0;
    private boolean lastWasWord;
    private boolean pendingSpace;
    private boolean pendingNewline;

    private JsMinifier(String source) {
        this.source = source;
        this.out = new StringBuilder(source.length());
    }

    /** The script without comments and spare whitespace, or the script unchanged when it cannot be read to the end. */
    static String minify(String script) {
        JsMinifier minifier = new JsMinifier(script);
        try {
            minifier.run();
            return minifier.out.toString();
        } catch (Unreadable e) {
            return script;
        }
    }

    private void run() {
        // Brace depths at which a template literal's ${ … } expression ends and the template resumes.
        Deque<Integer> templateExpressions = new ArrayDeque<>();
        int depth = 0;
        int n = source.length();
        while (i < n) {
            char c = source.charAt(i);
            if (c == '\n' || c == '\r') {
                pendingNewline = out.length() > 0;
                i++;
            } else if (Character.isWhitespace(c)) {
                pendingSpace = out.length() > 0;
                i++;
            } else if (c == '/' && next() == '/') {
                int end = source.indexOf('\n', i);
                i = end < 0 ? n : end;
            } else if (c == '/' && next() == '*') {
                int end = source.indexOf("*/", i + 2);
                if (end < 0) {
                    throw new Unreadable();
                }
                boolean multiline = source.substring(i, end).indexOf('\n') >= 0;
                if (source.startsWith("/*!", i)) {
                    flushWhitespace();
                    out.append(source, i, end + 2);
                } else if (multiline) {
                    pendingNewline = out.length() > 0;
                } else {
                    pendingSpace = out.length() > 0;
                }
                i = end + 2;
            } else if (c == '"' || c == '\'') {
                // A string, regular expression or template ends an operand, as a word does: a slash after it divides.
                operand(stringEnd(i));
            } else if (c == '/' && regexAllowed()) {
                operand(regexEnd(i));
            } else if (isWordChar(c)) {
                int end = i;
                while (end < n && isWordChar(source.charAt(end))) {
                    end++;
                }
                operand(end);
            } else if (c == '`') {
                flushWhitespace();
                out.append('`');
                i++;
                continueTemplate(templateExpressions, depth);
            } else if (c == '}' && !templateExpressions.isEmpty() && templateExpressions.peek() == depth) {
                templateExpressions.pop();
                flushWhitespace();
                out.append('}');
                i++;
                continueTemplate(templateExpressions, depth);
            } else {
                if (c == '{') {
                    depth++;
                } else if (c == '}') {
                    depth--;
                }
                flushWhitespace();
                out.append(c);
                lastPunctuator = c;
                lastWasWord = false;
                i++;
            }
        }
        if (!templateExpressions.isEmpty()) {
            throw new Unreadable();
        }
    }

    /** Copies the operand from {@code i} to {@code end}: a word, number, string or regular expression. */
    private void operand(int end) {
        flushWhitespace();
        out.append(source, i, end);
        lastWasWord = true;
        lastWord = source.substring(i, end);
        i = end;
    }

    /**
     * Writes the line break or space the skipped whitespace and comments left before the token at {@code i}: every
     * line break, and a space only where dropping it would join two tokens into one or change how one reads.
     */
    private void flushWhitespace() {
        char next = i < source.length() ? source.charAt(i) : 0;
        if (out.length() > 0 && pendingNewline) {
            out.append('\n');
        } else if (out.length() > 0 && pendingSpace && spaceNeeded(out.charAt(out.length() - 1), next)) {
            out.append(' ');
        }
        pendingNewline = false;
        pendingSpace = false;
    }

    /**
     * Whether a space between these two characters carries meaning: between two words ({@code var a}, {@code 1 .x}),
     * in {@code a - -b} and {@code a + +b}, beside any slash (division, regular expression or comment), and where
     * {@code <!--} or {@code -->} would form (old HTML-like comments). Elsewhere ({@code if (}, {@code a = b}) not.
     */
    private static boolean spaceNeeded(char previous, char next) {
        if (isWordChar(previous) && (isWordChar(next) || next == '.')) {
            return true;
        }
        if ((previous == '+' || previous == '-') && (next == '+' || next == '-')) {
            return true;
        }
        return previous == '/' || next == '/' || previous == '<' && next == '!' || previous == '-' && next == '>';
    }

    private boolean regexAllowed() {
        if (out.length() == 0) {
            return true;
        }
        if (lastWasWord) {
            return BEFORE_REGEX.contains(lastWord);
        }
        return lastPunctuator != ')' && lastPunctuator != ']' && lastPunctuator != '}';
    }

    private char next() {
        return i + 1 < source.length() ? source.charAt(i + 1) : 0;
    }

    private int stringEnd(int start) {
        char quote = source.charAt(start);
        int j = start + 1;
        while (j < source.length()) {
            char c = source.charAt(j);
            if (c == '\\') {
                j += 2;
            } else if (c == quote) {
                return j + 1;
            } else if (c == '\n') {
                throw new Unreadable();
            } else {
                j++;
            }
        }
        throw new Unreadable();
    }

    private int regexEnd(int start) {
        boolean inClass = false;
        int j = start + 1;
        while (j < source.length()) {
            char c = source.charAt(j);
            if (c == '\\') {
                j += 2;
                continue;
            }
            if (c == '\n') {
                throw new Unreadable();
            }
            if (c == '[') {
                inClass = true;
            } else if (c == ']') {
                inClass = false;
            } else if (c == '/' && !inClass) {
                j++;
                while (j < source.length() && isWordChar(source.charAt(j))) {
                    j++;     // flags
                }
                return j;
            }
            j++;
        }
        throw new Unreadable();
    }

    /** Inside a template literal: copies it up to its closing backtick, or up to a ${ where code resumes. */
    private void continueTemplate(Deque<Integer> templateExpressions, int depth) {
        while (i < source.length()) {
            char c = source.charAt(i);
            if (c == '\\') {
                out.append(source, i, Math.min(i + 2, source.length()));
                i += 2;
            } else if (c == '`') {
                out.append('`');
                i++;
                lastWasWord = true;
                lastWord = "`";
                return;
            } else if (c == '$' && next() == '{') {
                out.append("${");
                i += 2;
                templateExpressions.push(depth);
                lastWasWord = false;
                lastPunctuator = '{';
                return;
            } else {
                out.append(c);
                i++;
            }
        }
        throw new Unreadable();
    }

    private static boolean isWordChar(char c) {
        return Character.isLetterOrDigit(c) || c == '_' || c == '$' || c > 127;
    }

    /** The scanner met something it cannot read to the end; the script is published as written. */
    private static final class Unreadable extends RuntimeException {
        Unreadable() {
            super(null, null, false, false);
        }
    }
}
