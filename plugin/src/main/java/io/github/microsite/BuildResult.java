package io.github.microsite;

import io.github.microsite.model.Problem;

import java.util.List;

/**
 * What a build did.
 *
 * @param problems  everything reported, errors and warnings, sorted by file and line
 * @param pageCount pages written
 * @param published whether the output folder now holds the new site
 */
public record BuildResult(List<Problem> problems, int pageCount, boolean published) {

    public BuildResult {
        problems = List.copyOf(problems);
    }

    public List<Problem> errors() {
        return problems.stream().filter(Problem::isError).toList();
    }

    public List<Problem> warnings() {
        return problems.stream().filter(problem -> !problem.isError()).toList();
    }
}
