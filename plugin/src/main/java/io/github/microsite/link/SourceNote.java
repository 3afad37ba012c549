package io.github.microsite.link;

import java.util.List;

/**
 * How a row of the {@code sources} dataset reads in a page's list of sources: the facts in order, each saying whether
 * the site added it (the row's {@code site_added} names it) rather than the cited work giving it, and the editor's
 * note. Kept in parts so a theme can mark the site's additions; {@link #text()} is the same as plain text.
 *
 * @param parts      publisher, separator, title, date, issued date: each with its punctuation from the labels
 * @param editorNote the row's {@code editor_note}, or empty
 * @param labels     the words for the plain text's markers
 */
public record SourceNote(List<Part> parts, String editorNote, Labels labels) {

    /** One piece of the description; {@code siteAdded} when the row lists its field in {@code site_added}. */
    public record Part(String text, boolean siteAdded) {
    }

    public SourceNote {
        parts = List.copyOf(parts);
    }

    /** The note as one line of text: each site-added fact followed by the marker, the editor's note last. */
    public String text() {
        StringBuilder text = new StringBuilder();
        parts.forEach(part -> text.append(part.text()).append(part.siteAdded() ? labels.siteAdded() : ""));
        if (!editorNote.isEmpty()) {
            text.append(labels.editorNoteSeparator()).append(labels.editorNote()).append(editorNote);
        }
        return text.toString();
    }
}
