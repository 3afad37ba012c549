package io.github.microsite.compose;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CssMinifierTest {

    @Test
    void commentsIndentationAndLastSemicolonsGo() {
        String css = "/* the theme */\n:root {\n  --gap: 1rem; /* a note */\n}\n\n.a,\n.b > .c {\n  color: red;\n"
                + "  margin: 0 auto;\n}\n";

        assertEquals(":root{--gap:1rem}.a,.b > .c{color:red;margin:0 auto}", CssMinifier.minify(css));
    }

    @Test
    void spacesThatCarryMeaningStay() {
        assertEquals(".a :hover{width:calc(100% - 2 * var(--gutter))}",
                CssMinifier.minify(".a :hover {\n  width: calc(100% - 2 * var(--gutter));\n}"));
        assertEquals("@media screen and (min-width:40em){p{margin:0}}",
                CssMinifier.minify("@media screen and (min-width: 40em) {\n  p { margin: 0; }\n}"));
        assertEquals("*{transition-duration:0.01ms !important}",
                CssMinifier.minify("* { transition-duration: 0.01ms !important; }"));
        assertEquals("a b{}", CssMinifier.minify("a/* between */b {}"), "a comment separates two words");
    }

    @Test
    void stringsAreCopiedAsTheyAre() {
        assertEquals("a::after{content:\" (\" attr(href) \")\"}b::before{content:'/* not a comment */  ;  '}",
                CssMinifier.minify("a::after { content: \" (\" attr(href) \")\"; }\n"
                        + "b::before { content: '/* not a comment */  ;  '; }"));
        assertEquals("p{content:\"a\\\"  b\"}", CssMinifier.minify("p { content: \"a\\\"  b\"; }"));
    }

    @Test
    void licenceCommentsStay() {
        assertEquals("/*! MIT */ p{margin:0}", CssMinifier.minify("/*! MIT */\np { margin: 0; }"));
    }

    @Test
    void thePackagedThemeLosesAQuarterOrMoreAndMinifyingTwiceChangesNothing() {
        for (String name : new String[] {"css/site.css", "css/home.css", "css/collection.css", "css/code.css", "css/blocks.css", "css/drawer.css"}) {
            byte[] bytes = new Theme(Optional.empty()).assets().get(name);
            String css = new String(bytes, StandardCharsets.UTF_8);
            String once = CssMinifier.minify(css);
            assertEquals(once, CssMinifier.minify(once), name + ": minifying is idempotent");
            assertTrue(once.length() < css.length() * 3 / 4, name + ": " + css.length() + " -> " + once.length());
            // Every brace and every string survives: nothing the browser reads is lost.
            assertEquals(count(css.replaceAll("(?s)/\\*.*?\\*/", ""), '{'), count(once, '{'), name);
            assertEquals(count(css.replaceAll("(?s)/\\*.*?\\*/", ""), '"'), count(once, '"'), name);
        }
    }

    private static long count(String text, char c) {
        return text.chars().filter(x -> x == c).count();
    }
}
