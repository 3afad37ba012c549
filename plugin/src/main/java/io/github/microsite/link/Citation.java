package io.github.microsite.link;

import java.util.List;

/**
 * A source cited on a page, numbered in order of first citation.
 *
 * @param id       the HTML id of the note ({@code cite-3})
 * @param text     plain text naming the source: publisher, title, date
 * @param backrefs the HTML ids of the markers citing it
 */
public record Citation(int number, String id, String sourceId, String text, List<String> backrefs) {

    public Citation {
        backrefs = List.copyOf(backrefs);
    }
}
