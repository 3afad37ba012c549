package io.github.microsite.model;

import java.util.List;

/** A heading of a page with the sections under it; title is plain text. */
public record Section(String id, String title, int level, int line, List<Section> children) {

    public Section {
        children = List.copyOf(children);
    }
}
