package io.github.microsite.convert;

import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ChapterBodyTest {

    private static final String AUTO_TOC = "<div id=\"toc\" class=\"toc\"><div id=\"toctitle\">Table of Contents</div>"
            + "<ul class=\"sectlevel1\"><li><a href=\"#a\">A</a></li></ul></div>";

    @Test
    void anAuthorsContentsBlockBecomesOnePlaceholderWhereItStood() {
        String body = "<div class=\"paragraph\"><p>Intro</p></div>" + AUTO_TOC
                + "<div class=\"sect1\"><h2 id=\"a\">A</h2></div>";

        assertEquals("<div class=\"paragraph\"><p>Intro</p></div><!--" + ChapterBody.TOC_PLACEHOLDER + "-->"
                + "<div class=\"sect1\"><h2 id=\"a\">A</h2></div>", ChapterBody.tidy(body, null, Map.of()));
    }

    @Test
    void theSectionThatTitlesThePageLosesItsHeadingButKeepsItsId() {
        String body = "<div class=\"sect1\"><h2 id=\"paths\">Paths</h2><div class=\"sectionbody\">Text</div></div>";

        assertEquals("<div class=\"sect1\" id=\"paths\"><div class=\"sectionbody\">Text</div></div>",
                ChapterBody.tidy(body, "paths", Map.of()));
    }

    @Test
    void appendixHeadingsAreMarkedWithTheirLetter() {
        String body = "<div class=\"sect1\"><h2 id=\"tools\">Appendix A: Tools</h2></div>";

        assertEquals("<div class=\"sect1\"><h2 id=\"tools\" data-appendix=\"A\">Appendix A: Tools</h2></div>",
                ChapterBody.tidy(body, null, Map.of("tools", "A")));
    }

    @Test
    void aBodyWithNothingToTidyIsLeftAsItIs() {
        String body = "<div class=\"paragraph\"><p>Just text &amp; more</p></div>";

        assertEquals(body, ChapterBody.tidy(body, null, Map.of()));
    }
}
