package io.github.microsite.compose;

import java.util.Map;

/**
 * A page the build makes from data rather than from an AsciiDoc file (the data page…): rendered with the theme
 * template of its type, with {@code fields} added to what the template sees as {@code content}.
 */
public record GeneratedPage(String outputPath, String type, String title, String description,
                            Map<String, Object> fields) {

    public GeneratedPage {
        fields = Map.copyOf(fields);
    }

    /** The folder of the page in the site, "" at the top: what its relative links start from. */
    public String folder() {
        int slash = outputPath.lastIndexOf('/');
        return slash < 0 ? "" : outputPath.substring(0, slash);
    }
}
