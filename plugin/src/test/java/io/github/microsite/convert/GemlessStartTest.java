package io.github.microsite.convert;

import org.asciidoctor.Asciidoctor;
import org.asciidoctor.Attributes;
import org.asciidoctor.Options;
import org.asciidoctor.SafeMode;
import org.asciidoctor.jruby.internal.JRubyAsciidoctor;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** JRuby without RubyGems converts as JRuby with them does, highlighting included, and leaves no setting behind. */
class GemlessStartTest {

    /** Rouge loads every lexer, and one of them YAML, the library that reached RubyGems: any highlighted block will do. */
    private static final String SOURCE = """
            = Code

            [source,python]
            ----
            def paths(ridge):
                return [p for p in ridge if p.open]  # a comment
            ----

            [source,yaml]
            ----
            ridge: {open: true, height: 1200}
            ----

            [source,java]
            ----
            record Path(String name, int metres) { }
            ----
            """;

    private static Asciidoctor gemless;
    private static Asciidoctor withGems;

    @BeforeAll
    static void start() {
        gemless = GemlessStart.create();
        withGems = Asciidoctor.Factory.create();
    }

    @AfterAll
    static void close() {
        gemless.close();
        withGems.close();
    }

    @Test
    void startsWithoutRubyGemsAndLeavesTheSwitchAsItFoundIt() {
        // withGems started after gemless, in this class loader: it found RubyGems on again.
        assertEquals("nil", ruby(gemless, "defined?(Gem).inspect"), "RubyGems is not loaded");
        assertEquals("\"constant\"", ruby(withGems, "defined?(Gem).inspect"), "AsciidoctorJ's own start loads it");
        assertNull(System.getProperty(GemlessStart.RUBYGEMS), "no system property was set");
        assertTrue(org.jruby.util.cli.Options.CLI_RUBYGEMS_ENABLE.load(), "the next JRuby starts with RubyGems");
    }

    @Test
    void highlightedSourceIsTheSameHtmlWithAndWithoutRubyGems() {
        Options options = Options.builder().safe(SafeMode.SAFE).standalone(false)
                .attributes(Attributes.builder().sourceHighlighter("rouge").attribute("rouge-css", "class").build())
                .build();
        String html = gemless.convert(SOURCE, options);

        assertTrue(html.contains("<pre class=\"rouge highlight\">") && html.contains("<span class=\"k\">def</span>"),
                "Rouge highlighted the code: " + html);
        assertEquals(withGems.convert(SOURCE, options), html);
    }

    @Test
    void theLoadPathHoldsEveryGemAsciidoctorJBundles() {
        List<String> folders = GemlessStart.bundledGemLibraries();

        assertTrue(folders.stream().anyMatch(folder -> folder.matches("uri:classloader:/gems/asciidoctor-[\\d.]+/lib")));
        assertTrue(folders.stream().anyMatch(folder -> folder.matches("uri:classloader:/gems/rouge-[\\d.]+/lib")));
        assertEquals(folders.stream().sorted().toList(), folders, "in a stable order");
    }

    private static String ruby(Asciidoctor asciidoctor, String expression) {
        return ((JRubyAsciidoctor) asciidoctor).getRubyRuntime().evalScriptlet(expression).toString();
    }
}
