package io.github.microsite.model;

import java.util.List;
import java.util.Optional;

/** A line of a source file, found by what it says: for problems noticed after Asciidoctor dropped the position. */
public record SourceLine(SourceFile file, int line) {

    /** The first line mentioning the text, looking through the files in order (a page, then what it includes). */
    public static Optional<SourceLine> firstMention(List<SourceFile> files, String text) {
        for (SourceFile file : files) {
            int line = file.firstLineContaining(text);
            if (line > 0) {
                return Optional.of(new SourceLine(file, line));
            }
        }
        return Optional.empty();
    }
}
