package io.github.microsite.link;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

import java.util.regex.Pattern;

/**
 * Authors wrap long Chinese paragraphs across source lines; Asciidoctor keeps the line breaks and browsers show each
 * one as a space — a visible gap in the middle of a Chinese sentence. Chinese has no spaces between words, so a line
 * break between two CJK characters (or CJK punctuation) is removed. Next to Latin text the break stays a space.
 */
final class CjkLineBreaks {

    private static final String CJK = "\\p{IsHan}\\p{InCJK_Symbols_and_Punctuation}\\p{InHalfwidth_and_Fullwidth_Forms}"
            + "\\p{InGeneral_Punctuation}&&[^\\u2000-\\u200B\\u2028\\u2029]";
    private static final Pattern BREAK_BETWEEN_CJK =
            Pattern.compile("(?<=[" + CJK + "])[ \\t]*\\R[ \\t]*(?=[" + CJK + "])");

    private CjkLineBreaks() {
    }

    static void join(Document body) {
        NodeTraversor.traverse(new NodeVisitor() {
            @Override
            public void head(org.jsoup.nodes.Node node, int depth) {
                // Most text has no line break at all: the pattern's look-behind at every character cost a fifth of
                // the link thread's time in a profile of a 1,000-page build.
                if (node instanceof TextNode text && hasLineBreak(text.getWholeText()) && !insidePreformatted(text)) {
                    String joined = BREAK_BETWEEN_CJK.matcher(text.getWholeText()).replaceAll("");
                    if (!joined.equals(text.getWholeText())) {
                        text.text(joined);
                    }
                }
            }
        }, body.body());
    }

    /** Whether the text has a character {@code \R} matches: without one the pattern finds nothing. */
    static boolean hasLineBreak(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r' || c == '\u000B' || c == '\f' || c == '\u0085' || c == '\u2028'
                    || c == '\u2029') {
                return true;
            }
        }
        return false;
    }

    private static boolean insidePreformatted(TextNode text) {
        for (Element parent = (Element) text.parent(); parent != null; parent = parent.parent()) {
            if (parent.tagName().equals("pre") || parent.tagName().equals("code")) {
                return true;
            }
        }
        return false;
    }
}
