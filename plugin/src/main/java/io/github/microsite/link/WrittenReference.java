package io.github.microsite.link;

import io.github.microsite.model.SourceFile;
import io.github.microsite.model.SourceLine;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the author wrote for a link Asciidoctor has already turned into HTML: {@code xref:guide/nothere.adoc[]}
 * became {@code href="guide/nothere.html"}, so a message quoting the href would name a file the author never wrote.
 * Finds the macro in the page (or what it includes) by the target's path without extension.
 *
 * @param line    where it is written
 * @param written the macro as written, e.g. {@code xref:guide/nothere.adoc}, or the stem when no macro is found
 */
record WrittenReference(SourceLine line, String written) {

    static Optional<WrittenReference> find(List<SourceFile> files, String stem) {
        if (stem.isEmpty()) {
            return Optional.empty();
        }
        Pattern macro = Pattern.compile("(?:xref:|link:|image::?|<<)[^\\[\\s<>,]*" + Pattern.quote(stem) + "[^\\[\\s<>,]*");
        for (SourceFile file : files) {
            List<String> lines;
            try {
                lines = Files.readAllLines(file.path(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                continue;
            }
            for (int i = 0; i < lines.size(); i++) {
                if (lines.get(i).contains(stem)) {
                    Matcher written = macro.matcher(lines.get(i));
                    return Optional.of(new WrittenReference(new SourceLine(file, i + 1),
                            written.find() ? written.group() : stem));
                }
            }
        }
        return Optional.empty();
    }
}
