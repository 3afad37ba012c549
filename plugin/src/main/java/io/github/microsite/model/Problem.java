package io.github.microsite.model;

import java.util.Objects;

/**
 * One thing wrong with the input, located as precisely as the stage that found it can:
 * a file relative to the content folder, a line (and column) when known, a JSON pointer for datasets.
 *
 * @param line   1-based, or 0 when unknown
 * @param column 1-based, or 0 when unknown
 * @param pointer a JSON pointer inside a dataset, or "" when not a dataset problem
 */
public record Problem(Severity severity, String file, int line, int column, String pointer, String message) {

    public Problem {
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(message, "message");
        file = file == null ? "" : file;
        pointer = pointer == null ? "" : pointer;
    }

    public static Problem error(String file, int line, String message) {
        return new Problem(Severity.ERROR, file, line, 0, "", message);
    }

    public static Problem warning(String file, int line, String message) {
        return new Problem(Severity.WARNING, file, line, 0, "", message);
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    /** The form compilers use, so editors and CI annotate the line: {@code data/x.json:12:5: /rows/3/id: message}. */
    public String describe() {
        StringBuilder where = new StringBuilder(file.isEmpty() ? "(site)" : file);
        if (line > 0) {
            where.append(':').append(line);
            if (column > 0) {
                where.append(':').append(column);
            }
        }
        where.append(": ");
        if (!pointer.isEmpty()) {
            where.append(pointer).append(": ");
        }
        return where.append(message).toString();
    }

    @Override
    public String toString() {
        return severity + " " + describe();
    }
}
