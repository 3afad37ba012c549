package io.github.microsite.convert;

import io.github.microsite.model.Section;
import io.github.microsite.model.SourceFile;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One AsciiDoc page after conversion.
 *
 * @param source     the page's file
 * @param includes   the files it includes, directly or not (for locating problems found later)
 * @param title      plain-text title: the document title, else the first section title
 * @param attributes the header attributes the later stages read (slug, nav-order, nav-title, description,
 *                   jbake-type, jbake-status); absent when not set
 * @param body       Asciidoctor's embedded HTML (no document title)
 * @param sections   the section tree
 */
public record ConvertedPage(SourceFile source, List<SourceFile> includes, String title,
                            Map<String, String> attributes, String body, List<Section> sections) {

    public ConvertedPage {
        includes = List.copyOf(includes);
        attributes = Map.copyOf(attributes);
        sections = List.copyOf(sections);
    }

    public Optional<String> attribute(String name) {
        return Optional.ofNullable(attributes.get(name));
    }
}
