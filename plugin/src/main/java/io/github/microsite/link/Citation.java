package io.github.microsite.link;

import java.util.List;

/**
 * A source cited on a page, numbered in order of first citation.
 *
 * @param id       the HTML id of the note ({@code cite-3})
 * @param note     what names the source: publisher, title, date, which of them the site added, the editor's note
 * @param backrefs the HTML ids of the markers citing it
 */
public record Citation(int number, String id, String sourceId, SourceNote note, List<String> backrefs) {

    public Citation {
        backrefs = List.copyOf(backrefs);
    }

    /** Plain text naming the source, the site's additions marked. */
    public String text() {
        return note.text();
    }
}
