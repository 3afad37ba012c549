package io.github.microsite.convert;

import io.github.microsite.dataview.DataViews;
import io.github.microsite.model.Problems;
import io.github.microsite.model.SourceFile;
import io.github.microsite.model.SourceLine;

import java.util.List;
import java.util.Optional;

/**
 * What the {@code dataset::} and {@code chart::} macros need from the build and the page they are in: the build's
 * datasets, where the page stands (for the download links), where to report, and how many charts and macros of the
 * page came before (for stable chart ids and error lines). One per page conversion ({@link PageInProgress.Page}), so
 * pages converted at the same time on different threads never share a count.
 */
final class DataViewContext {

    private final DataViews views;
    private final SourceFile page;
    private final List<SourceFile> pageAndIncludes;
    private final Problems problems;
    private int charts;
    private final java.util.Map<String, Integer> seen = new java.util.HashMap<>();

    /** @param pageAndIncludes the page first, then the files it includes */
    DataViewContext(DataViews views, SourceFile page, List<SourceFile> pageAndIncludes, Problems problems) {
        this.views = views;
        this.page = page;
        this.pageAndIncludes = pageAndIncludes;
        this.problems = problems;
    }

    DataViews views() {
        return views;
    }

    /** The site's data/ folder seen from the page's source folder; the link stage rebases it to the page's URL. */
    String dataUrl() {
        String folder = page.relativeFolder();
        return "../".repeat(folder.isEmpty() ? 0 : folder.split("/").length) + "data/";
    }

    /** An id for the next chart of the page: stable from build to build. */
    String nextChartId(String dataset) {
        charts++;
        return "chart-" + dataset.replaceAll("[^A-Za-z0-9_-]", "-") + "-" + charts;
    }

    /**
     * Counts a macro as processed, so an error in the third {@code dataset::x[} of a page is reported at the third
     * line that has one (Asciidoctor gives block macros no source position). Macros are processed in document order.
     */
    void processing(String macroStart) {
        seen.merge(macroStart, 1, Integer::sum);
    }

    /** An error at the line where the macro is written (the page, or a file it includes). */
    void error(String macroStart, String message) {
        Optional<SourceLine> at = nthMention(macroStart, seen.getOrDefault(macroStart, 1));
        problems.error(at.map(line -> line.file().relativePath()).orElse(page.relativePath()),
                at.map(SourceLine::line).orElse(0), message);
    }

    private Optional<SourceLine> nthMention(String text, int n) {
        int count = 0;
        for (SourceFile file : pageAndIncludes) {
            List<String> lines;
            try {
                lines = java.nio.file.Files.readAllLines(file.path(), java.nio.charset.StandardCharsets.UTF_8);
            } catch (java.io.IOException e) {
                continue;
            }
            for (int i = 0; i < lines.size(); i++) {
                if (lines.get(i).contains(text) && ++count == n) {
                    return Optional.of(new SourceLine(file, i + 1));
                }
            }
        }
        return SourceLine.firstMention(pageAndIncludes, text);
    }
}
