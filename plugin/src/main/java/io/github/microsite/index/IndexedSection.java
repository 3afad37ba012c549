package io.github.microsite.index;

import java.util.List;

/**
 * One searchable part of a page: its lead (the text before the first heading) or a section starting at a heading with
 * an id. Results link to {@code page#anchor}.
 *
 * @param page      the page's path in the site ({@code chapters/ch1/index.html})
 * @param anchor    the heading's id; "" for the page's lead
 * @param pageTitle the page's title (its h1)
 * @param heading   the section's heading text; "" for the lead
 * @param parents   the headings above this one, outermost first
 * @param body      the section's own text, blocks separated by a space
 */
public record IndexedSection(String page, String anchor, String pageTitle, String heading, List<String> parents,
                             String body) {

    public IndexedSection {
        parents = List.copyOf(parents);
    }

    public boolean isLead() {
        return anchor.isEmpty();
    }
}
