package io.github.microsite;

import io.github.microsite.model.Problem;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What a build did.
 *
 * @param problems  everything reported, errors and warnings, sorted by file and line
 * @param pageCount pages written
 * @param published whether the output folder now holds the new site
 * @param stageMillis wall-clock milliseconds of each stage that ran, in order (publish included)
 * @param pagesConverted pages Asciidoctor converted; the others came from the conversion cache
 * @param upToDate  nothing was baked or written: the last build had the same inputs and its output is untouched
 * @param refusal   why the output folder was refused (a mistyped parameter, not a content problem); then nothing ran
 */
public record BuildResult(List<Problem> problems, int pageCount, boolean published, Map<String, Long> stageMillis,
                          int pagesConverted, boolean upToDate, Optional<String> refusal) {

    public BuildResult {
        problems = List.copyOf(problems);
        stageMillis = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(stageMillis));
    }

    public BuildResult(List<Problem> problems, int pageCount, boolean published, Map<String, Long> stageMillis,
                       int pagesConverted, boolean upToDate) {
        this(problems, pageCount, published, stageMillis, pagesConverted, upToDate, Optional.empty());
    }

    /** A build that stopped before anything ran: the output folder is not one it may write; also an error problem. */
    static BuildResult refused(String why) {
        return new BuildResult(List.of(Problem.error("", 0, why)), 0, false, Map.of(), 0, false, Optional.of(why));
    }

    /** A build skipped because its output is already what it would write; the last build's problems again. */
    static BuildResult upToDate(List<Problem> problems, int pageCount, Map<String, Long> stageMillis) {
        return new BuildResult(problems, pageCount, true, stageMillis, 0, true);
    }

    /** A bake that was not published. */
    static BuildResult unpublished(BakedSite site) {
        return new BuildResult(site.problems(), 0, false, site.stageMillis(), site.pagesConverted(), false);
    }

    public List<Problem> errors() {
        return problems.stream().filter(Problem::isError).toList();
    }

    public List<Problem> warnings() {
        return problems.stream().filter(problem -> !problem.isError()).toList();
    }
}
