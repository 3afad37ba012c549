package io.github.microsite;

import io.github.microsite.model.Problem;
import io.github.microsite.publish.SiteFile;

import java.util.List;
import java.util.Map;

/**
 * A site baked in memory, not yet written anywhere: what {@code build} publishes to disk, what a preview serves and
 * what {@code check} inspects.
 *
 * @param files     every file of the site, pages, theme assets and copied content files
 * @param problems  everything reported, errors and warnings, sorted by file and line
 * @param pageCount pages in the site
 * @param stageMillis wall-clock milliseconds of each stage, in pipeline order (for benchmarks and the preview's log)
 * @param pagesConverted pages Asciidoctor converted in this bake (the others were unchanged since the last one)
 */
public record BakedSite(List<SiteFile> files, List<Problem> problems, int pageCount, Map<String, Long> stageMillis,
                        int pagesConverted) {

    public BakedSite {
        files = List.copyOf(files);
        problems = List.copyOf(problems);
        stageMillis = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(stageMillis));
    }

    public boolean hasErrors() {
        return problems.stream().anyMatch(Problem::isError);
    }
}
