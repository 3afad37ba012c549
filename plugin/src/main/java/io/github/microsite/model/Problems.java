package io.github.microsite.model;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The problems of one build, collected from every stage so an author sees all of them at once
 * rather than fixing one per build.
 */
public final class Problems {

    private final List<Problem> reported = new ArrayList<>();

    public void add(Problem problem) {
        reported.add(problem);
    }

    public void error(String file, int line, String message) {
        add(Problem.error(file, line, message));
    }

    public void warning(String file, int line, String message) {
        add(Problem.warning(file, line, message));
    }

    public void warningOrError(boolean error, String file, int line, String message) {
        add(error ? Problem.error(file, line, message) : Problem.warning(file, line, message));
    }

    public boolean hasErrors() {
        return reported.stream().anyMatch(Problem::isError);
    }

    public boolean isEmpty() {
        return reported.isEmpty();
    }

    /** Sorted by file and line, so the report reads like the source and is the same on every run. */
    public List<Problem> all() {
        return reported.stream()
                .distinct()
                .sorted(Comparator.comparing(Problem::file).thenComparingInt(Problem::line)
                        .thenComparingInt(Problem::column).thenComparing(Problem::message))
                .toList();
    }
}
