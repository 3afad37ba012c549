package io.github.microsite.route;

import io.github.microsite.convert.ConvertedPage;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Letters the appendices of a book across its pages: Asciidoctor converts each page alone and calls every page's
 * first appendix "Appendix A"; in reading order they become A, B, C… as in the book. The convert stage marks each
 * appendix with the letter it got ({@code data-appendix}): on its heading, or on the section when the heading
 * became the page's title.
 */
final class AppendixLetters {

    static final String MARK = "data-appendix";

    private AppendixLetters() {
    }

    /** The routes in the same order, each appendix lettered by its place in the book. */
    static List<Route> renumber(List<Route> ordered) {
        List<Route> lettered = new ArrayList<>(ordered.size());
        int index = 0;
        for (Route route : ordered) {
            ConvertedPage page = route.page();
            if (!page.body().contains(MARK + "=")) {
                lettered.add(route);
                continue;
            }
            Document body = Jsoup.parseBodyFragment(page.body());
            body.outputSettings().prettyPrint(false);
            String title = page.title();
            String navTitle = route.navTitle();
            for (Element marked : body.select("[" + MARK + "]")) {
                String given = marked.attr(MARK);
                String letter = letter(index++);
                marked.removeAttr(MARK);
                if (marked.normalName().matches("h[1-6]")) {
                    relabel(marked, given, letter);
                } else {
                    title = relabel(title, given, letter);
                    navTitle = relabel(navTitle, given, letter);
                }
            }
            ConvertedPage renumbered = new ConvertedPage(page.source(), page.includes(), title, page.attributes(),
                    body.body().html(), page.sections());
            lettered.add(route.source() instanceof PageSource.Asciidoc
                    ? new Route(route.outputPath(), route.type(), navTitle, renumbered)
                    : new Route(route.outputPath(), route.type(), navTitle, route.source(), renumbered));
        }
        return lettered;
    }

    private static void relabel(Element heading, String given, String letter) {
        for (TextNode text : heading.textNodes()) {
            String relabelled = relabel(text.getWholeText(), given, letter);
            if (!relabelled.equals(text.getWholeText())) {
                text.text(relabelled);
                return;
            }
        }
    }

    /** "Appendix A: Tools" → "Appendix B: Tools": the letter before the caption's colon. */
    private static String relabel(String text, String given, String letter) {
        Matcher caption = Pattern.compile("(?<![A-Za-z])" + Pattern.quote(given) + "(?=[:：])").matcher(text);
        return caption.find() ? text.substring(0, caption.start()) + letter + text.substring(caption.end()) : text;
    }

    /** 0 → A, 25 → Z, 26 → AA: as far as a book can go. */
    static String letter(int index) {
        StringBuilder letters = new StringBuilder();
        for (int n = index; n >= 0; n = n / 26 - 1) {
            letters.insert(0, (char) ('A' + n % 26));
        }
        return letters.toString();
    }
}
