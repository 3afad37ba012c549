package io.github.microsite.compose;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class JsMinifierTest {

    @Test
    void commentsIndentationAndBlankLinesGoLineBreaksStay() {
        String js = "/*\n * The theme.\n */\n(function () {\n  \"use strict\";\n\n  // why\n  var a = 1;   /* inline */ var b\n"
                + "  = a\n  (b)\n})();\n";

        assertEquals("(function(){\n\"use strict\";\nvar a=1;var b\n=a\n(b)\n})();", JsMinifier.minify(js));
    }

    @Test
    void spacesStayWhereTokensWouldJoin() {
        assertEquals("var a=b- -c+ +d;x=typeof y;n=1 .toString();if(a< !--b){}c=d-- >e;",
                JsMinifier.minify("var a = b - -c + +d; x = typeof y; n = 1 .toString(); if (a < !--b) { } c = d-- > e;"));
    }

    @Test
    void stringsRegularExpressionsAndTemplatesAreCopiedAsTheyAre() {
        assertEquals("var u=\"http://x.test/*y*/\";var q='  // \\' kept';",
                JsMinifier.minify("var u = \"http://x.test/*y*/\";   var q = '  // \\' kept';"));
        assertEquals("s.replace(/[\"'\\/]\\/\\//g,\"\")",
                JsMinifier.minify("s.replace(/[\"'\\/]\\/\\//g, \"\") // gone"));
        assertEquals("x=a / b / c;\nreturn /[/]x\\//.test(y);",
                JsMinifier.minify("x = a / b / c; // two divisions\n  return /[/]x\\//.test(y);"));
        assertEquals("var t=`a  // b ${{k:\"`\"}.k}  /* c */ ${`${n}`}`;",
                JsMinifier.minify("var t = `a  // b ${ {k: \"`\"}.k }  /* c */ ${ `${n}` }`; // end"));
    }

    @Test
    void aScriptItCannotReadToTheEndIsPublishedUnchanged() {
        String unclosed = "var a = 'no end;\n// comment\n";
        assertEquals(unclosed, JsMinifier.minify(unclosed));
        String openComment = "var a = 1; /* never closed\n";
        assertEquals(openComment, JsMinifier.minify(openComment));
    }

    @Test
    void thePackagedScriptsLoseAFifthOrMoreAndMinifyingTwiceChangesNothing() {
        for (String name : new String[] {"js/theme.js", "js/table.js", "js/search.js", "js/search-engine.js"}) {
            String js = new String(new Theme(Optional.empty()).assets().get(name), StandardCharsets.UTF_8);
            String once = JsMinifier.minify(js);
            assertTrue(once.length() < js.length() * 4 / 5, name + ": " + js.length() + " -> " + once.length());
            assertEquals(once, JsMinifier.minify(once), name + ": minifying is idempotent");
        }
    }
}
