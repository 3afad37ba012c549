package io.github.microsite;

import io.github.microsite.model.Problem;
import io.github.microsite.publish.SiteFile;

import java.util.List;

/**
 * A site baked in memory, not yet written anywhere: what {@code build} publishes to disk, what a preview serves and
 * what {@code check} inspects.
 *
 * @param files     every file of the site, pages, theme assets and copied content files
 * @param problems  everything reported, errors and warnings, sorted by file and line
 * @param pageCount pages in the site
 */
public record BakedSite(List<SiteFile> files, List<Problem> problems, int pageCount) {

    public BakedSite {
        files = List.copyOf(files);
        problems = List.copyOf(problems);
    }

    public boolean hasErrors() {
        return problems.stream().anyMatch(Problem::isError);
    }
}
