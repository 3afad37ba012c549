package io.github.microsite.convert;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Comment;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import java.util.Map;

/**
 * Tidies Asciidoctor's HTML of one page for the theme, only when the page needs it:
 * <ul>
 *   <li>a chapter without document title ({@code ==} at the top) is titled by its first section, which the theme
 *       shows as the page's {@code h1}: its {@code h2} goes, its id stays on the section so links still land, and
 *       the headings inside it move up a level ({@code ===} becomes {@code h2}), so the outline has no gap
 *       between the page's {@code h1} and its sections;</li>
 *   <li>an author's contents block ({@code toc::[]}, {@code :toc:}) becomes a placeholder where the theme puts its
 *       own contents, so a page never has two;</li>
 *   <li>appendix headings are marked with their letter, which the route stage renumbers across the whole book
 *       (Asciidoctor letters each page's appendices from A).</li>
 * </ul>
 */
final class ChapterBody {

    /** Where the theme places its contents in the body, when the author chose the place. */
    static final String TOC_PLACEHOLDER = "microsite:toc";
    /** On an appendix heading: the letter Asciidoctor gave it within its page. */
    static final String APPENDIX_ATTRIBUTE = "data-appendix";

    private ChapterBody() {
    }

    /**
     * @param titleSectionId id of the first section when it titles the page, else null
     * @param appendixLetters letters Asciidoctor gave appendix sections, by section id (may be empty)
     */
    static String tidy(String body, String titleSectionId, Map<String, String> appendixLetters) {
        boolean hasToc = body.contains("id=\"toc\"");
        if (titleSectionId == null && !hasToc && appendixLetters.isEmpty()) {
            return body;
        }
        Document document = Jsoup.parseBodyFragment(body);
        document.outputSettings().prettyPrint(false);
        if (titleSectionId != null) {
            Element heading = document.getElementById(titleSectionId);
            if (heading != null && heading.normalName().equals("h2") && heading.parent() != null) {
                Element section = heading.parent();
                section.id(titleSectionId);
                if (appendixLetters.containsKey(titleSectionId)) {
                    // The heading is now the page title: the letter to renumber is in the title.
                    section.attr(APPENDIX_ATTRIBUTE, appendixLetters.get(titleSectionId));
                }
                heading.remove();
                for (Element inner : section.select("h3, h4, h5, h6")) {
                    inner.tagName("h" + (Integer.parseInt(inner.normalName().substring(1)) - 1));
                }
            }
        }
        if (hasToc) {
            boolean placed = false;
            for (Element toc : document.select("div#toc")) {
                if (!placed) {
                    toc.before(new Comment(TOC_PLACEHOLDER));
                    placed = true;
                }
                toc.remove();
            }
        }
        appendixLetters.forEach((id, letter) -> {
            Element heading = document.getElementById(id);
            if (heading != null && heading.normalName().equals("h2")) {
                heading.attr(APPENDIX_ATTRIBUTE, letter);
            }
        });
        return document.body().html();
    }
}
