package io.github.microsite.diff;

import java.util.List;

/**
 * What changed from one build to the next.
 *
 * @param pagesAdded    pages only in the new build
 * @param pagesRemoved  pages only in the previous build
 * @param pagesChanged  pages in both whose main content differs
 * @param datasets      datasets with rows added, removed or changed, or that appeared or went away
 */
public record SiteDiff(List<Page> pagesAdded, List<Page> pagesRemoved, List<ChangedPage> pagesChanged,
                       List<DatasetChange> datasets) {

    /** A page by its address inside the site ({@code chapters/one/}) and its title. */
    public record Page(String address, String title) {
    }

    /** A changed page and the headings of its sections that were added, removed or changed. */
    public record ChangedPage(Page page, List<String> sectionsAdded, List<String> sectionsRemoved,
                              List<String> sectionsChanged) {
    }

    /**
     * @param name    the dataset's name ({@code data/<name>.json})
     * @param status  {@code added}, {@code removed} or {@code changed}
     * @param added   keys of rows only in the new build
     * @param removed keys of rows only in the previous build
     * @param changed keys of rows in both whose values differ
     */
    public record DatasetChange(String name, String status, List<String> added, List<String> removed,
                                List<String> changed) {
    }

    public boolean isEmpty() {
        return pagesAdded.isEmpty() && pagesRemoved.isEmpty() && pagesChanged.isEmpty() && datasets.isEmpty();
    }
}
