package io.github.microsite.model;

import java.util.List;

/**
 * A heading of a page with the sections under it; title is plain text. {@code number} is the section number
 * Asciidoctor prints before the title when the page numbers its sections ({@code :sectnums:}): "1.2." — empty when
 * the section is not numbered.
 */
public record Section(String id, String title, int level, int line, List<Section> children, String number) {

    public Section {
        children = List.copyOf(children);
        number = number == null ? "" : number;
    }

    /** An unnumbered section. */
    public Section(String id, String title, int level, int line, List<Section> children) {
        this(id, title, level, line, children, "");
    }
}
