package io.github.microsite.compose;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * The packaged style sheet is well formed: one unclosed brace makes browsers read every later rule as nested and
 * drop it, silently (a merge once left the .figure-grid media query open and unstyled everything after it).
 */
class ThemeCssTest {

    @Test
    void everyBlockOfThePackagedStyleSheetsIsClosed() {
        for (String name : new String[] {"css/site.css", "css/home.css", "css/collection.css", "css/code.css", "css/blocks.css", "css/drawer.css"}) {
            byte[] css = new Theme(Optional.empty()).assets().get(name);
            assertNotNull(css, "the theme has " + name);
            checkBlocks(name, css);
        }
    }

    private static void checkBlocks(String name, byte[] css) {
        String text = new String(css, StandardCharsets.UTF_8).replaceAll("(?s)/\\*.*?\\*/", "");
        int depth = 0;
        int line = 1;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n') {
                line++;
                // A rule starting at the left margin is meant to be at the top level.
                if (depth > 0 && i + 1 < text.length() && (Character.isLetter(text.charAt(i + 1))
                        || text.charAt(i + 1) == '.' || text.charAt(i + 1) == ':' || text.charAt(i + 1) == '@')) {
                    fail(name + ": line " + (line) + " starts a top-level rule inside an unclosed block");
                }
            } else if (c == '{') {
                depth++;
            } else if (c == '}') {
                depth--;
            }
        }
        assertEquals(0, depth, name + ": unbalanced braces");
    }
}
