package io.github.microsite.index;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads a composed page's {@code <main>} into sections: the lead, then one section per h2–h6 heading that has an id.
 * Navigation, scripts, citation markers and source lists are not content, and an element marked
 * {@code data-search-ignore} is skipped with everything inside it.
 */
final class SectionReader {

    /** Left out of the index with their descendants. */
    static final String IGNORED = "nav, script, style, template, noscript, [hidden], [data-search-ignore], sup.cite, .citations";

    /** A page that asks robots not to index it (the search page, a 404 page) is not searched either. */
    private static final String NOINDEX = "meta[name=robots][content~=(?i)noindex]";

    /** Elements whose text does not run on into the next element's: their ends separate words. */
    private static final Set<String> BLOCKS = Set.of("address", "article", "aside", "blockquote", "dd", "details",
            "div", "dl", "dt", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header",
            "hr", "li", "main", "ol", "p", "pre", "section", "summary", "table", "tbody", "td", "tfoot", "th", "thead",
            "tr", "ul", "br", "caption");
    private static final Pattern WHITE_SPACE = Pattern.compile("[\\s\\u00A0]+");

    /** @return the page's sections, or empty when the page has no {@code <main>} or opts out */
    Optional<List<IndexedSection>> read(String path, String html) {
        return sections(path, Jsoup.parse(headAndMain(html).orElse(html)));
    }

    /** The sections of a parsed page; {@link #read} parses only what this looks at. */
    Optional<List<IndexedSection>> sections(String path, Document document) {
        Element main = document.selectFirst("main");
        if (main == null || document.selectFirst(NOINDEX) != null) {
            return Optional.empty();
        }
        main.select(IGNORED).remove();
        Element h1 = main.selectFirst("h1");
        String pageTitle = h1 != null ? clean(h1.text()) : clean(document.title());
        if (h1 != null) {
            h1.remove();
        }
        Collector collector = new Collector(path, pageTitle);
        collector.walk(main);
        return Optional.of(collector.finish());
    }

    /**
     * The page with only its head and its {@code <main>}: what this reader looks at. A composed page's header and
     * navigation are about half its bytes, and parsing them was most of the index stage's time (a JFR profile of a
     * 1,000-page build). Empty, so the whole page is parsed, unless the page is plain about where those parts are: one
     * {@code </head>}, then one {@code <main>} and one {@code </main>}, and no {@code <meta>} (a robots tag) in what is
     * left out. One pass over the page's {@code <}s: three case-insensitive regular expressions over the whole page
     * took a fifth of the index thread's time.
     */
    static Optional<String> headAndMain(String html) {
        int headEnd = -1;
        int mainStart = -1;
        int mainEnd = -1;
        int heads = 0;
        int mains = 0;
        int mainEnds = 0;
        List<Integer> metas = new ArrayList<>();
        for (int at = html.indexOf('<'); at >= 0; at = html.indexOf('<', at + 1)) {
            if (tagAt(html, at, "/head")) {
                heads++;
                headEnd = at;
            } else if (tagAt(html, at, "main")) {
                mains++;
                mainStart = at;
            } else if (tagAt(html, at, "/main")) {
                mainEnds++;
                mainEnd = at;
            } else if (tagAt(html, at, "meta")) {
                metas.add(at);
            }
        }
        if (heads != 1 || mains != 1 || mainEnds != 1 || mainStart < headEnd || mainEnd < mainStart) {
            return Optional.empty();
        }
        int afterMain = html.indexOf('>', mainEnd) + 1;
        for (int meta : metas) {
            if ((meta > headEnd && meta < mainStart) || meta >= afterMain) {
                return Optional.empty();
            }
        }
        return Optional.of(html.substring(0, headEnd) + html.substring(mainStart, afterMain));
    }

    /** Whether tag {@code name} starts at {@code at}: {@code <name} then space, {@code /} or {@code >}, in any case. */
    private static boolean tagAt(String html, int at, String name) {
        int after = at + 1 + name.length();
        if (after >= html.length() || !html.regionMatches(true, at + 1, name, 0, name.length())) {
            return false;
        }
        char next = html.charAt(after);
        return next == '>' || next == '/' || Character.isWhitespace(next);
    }

    /** Walks the main element in document order, cutting a new section at every heading with an id. */
    private static final class Collector {
        private final String path;
        private final String pageTitle;
        private final List<IndexedSection> sections = new ArrayList<>();
        /** Open headings by level (index 2..6) for the parents of the next section. */
        private final String[] open = new String[7];
        private String anchor = "";
        private String heading = "";
        private List<String> parents = List.of();
        private final List<String> blocks = new ArrayList<>();
        private final StringBuilder block = new StringBuilder();

        Collector(String path, String pageTitle) {
            this.path = path;
            this.pageTitle = pageTitle;
        }

        void walk(Element element) {
            for (Node child : element.childNodes()) {
                if (child instanceof TextNode text) {
                    block.append(text.getWholeText());
                } else if (child instanceof Element e) {
                    int level = headingLevel(e);
                    if (level > 0 && !e.id().isEmpty()) {
                        startSection(level, e);
                        continue;
                    }
                    boolean isBlock = BLOCKS.contains(e.normalName());
                    if (isBlock) {
                        endBlock();
                    }
                    walk(e);
                    if (isBlock) {
                        endBlock();
                    }
                }
            }
        }

        private void startSection(int level, Element headingElement) {
            endSection();
            String text = clean(headingElement.text());
            List<String> above = new ArrayList<>();
            for (int l = 2; l < level; l++) {
                if (open[l] != null) {
                    above.add(open[l]);
                }
            }
            open[level] = text;
            for (int l = level + 1; l < open.length; l++) {
                open[l] = null;
            }
            anchor = headingElement.id();
            heading = text;
            parents = above;
        }

        private void endBlock() {
            String text = clean(block.toString());
            if (!text.isEmpty()) {
                blocks.add(text);
            }
            block.setLength(0);
        }

        private void endSection() {
            endBlock();
            String body = String.join(" ", blocks);
            // A page's lead is kept even when empty: it is where a search for the page title lands.
            if (anchor.isEmpty() || !body.isEmpty() || !heading.isEmpty()) {
                sections.add(new IndexedSection(path, anchor, pageTitle, heading, parents, body));
            }
            blocks.clear();
        }

        List<IndexedSection> finish() {
            endSection();
            return List.copyOf(sections);
        }
    }

    private static int headingLevel(Element element) {
        String name = element.normalName();
        return name.length() == 2 && name.charAt(0) == 'h' && name.charAt(1) >= '2' && name.charAt(1) <= '6'
                ? name.charAt(1) - '0' : 0;
    }

    /** Collapses white space; the link stage already joined the line breaks inside Chinese sentences. */
    static String clean(String text) {
        return WHITE_SPACE.matcher(text).replaceAll(" ").strip();
    }
}
