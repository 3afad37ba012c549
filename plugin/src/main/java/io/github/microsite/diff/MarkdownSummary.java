package io.github.microsite.diff;

import java.util.List;

/** The diff as a short Markdown summary, for a pull request's job summary or a comment. */
public final class MarkdownSummary {

    private MarkdownSummary() {
    }

    /** @param previous how to name the build compared with, e.g. the base branch */
    public static String of(SiteDiff diff, String previous) {
        StringBuilder md = new StringBuilder("## What readers will see change\n\n");
        if (diff.isEmpty()) {
            return md.append("Compared with ").append(previous).append(": no page or dataset changed.\n").toString();
        }
        md.append("Compared with ").append(previous).append(": ")
                .append(count(diff.pagesAdded().size(), "page added", "pages added")).append(", ")
                .append(count(diff.pagesRemoved().size(), "page removed", "pages removed")).append(", ")
                .append(count(diff.pagesChanged().size(), "page changed", "pages changed")).append(", ")
                .append(count(diff.datasets().size(), "dataset changed", "datasets changed")).append(".\n");
        if (!diff.pagesAdded().isEmpty()) {
            md.append("\n### Pages added\n\n");
            diff.pagesAdded().forEach(page -> md.append("- ").append(page(page)).append('\n'));
        }
        if (!diff.pagesRemoved().isEmpty()) {
            md.append("\n### Pages removed\n\n");
            diff.pagesRemoved().forEach(page -> md.append("- ").append(page(page)).append('\n'));
        }
        if (!diff.pagesChanged().isEmpty()) {
            md.append("\n### Pages changed\n\n");
            for (SiteDiff.ChangedPage changed : diff.pagesChanged()) {
                md.append("- ").append(page(changed.page())).append('\n');
                sections(md, "changed", changed.sectionsChanged());
                sections(md, "added", changed.sectionsAdded());
                sections(md, "removed", changed.sectionsRemoved());
            }
        }
        if (!diff.datasets().isEmpty()) {
            md.append("\n### Datasets\n\n");
            for (SiteDiff.DatasetChange dataset : diff.datasets()) {
                md.append("- `data/").append(dataset.name()).append(".json`");
                if (!dataset.status().equals("changed")) {
                    md.append(" (dataset ").append(dataset.status()).append(')');
                }
                md.append(": ").append(count(dataset.added().size(), "row added", "rows added")).append(", ")
                        .append(count(dataset.removed().size(), "removed", "removed")).append(", ")
                        .append(count(dataset.changed().size(), "changed", "changed")).append('\n');
                rows(md, "added", dataset.added());
                rows(md, "removed", dataset.removed());
                rows(md, "changed", dataset.changed());
            }
        }
        return md.toString();
    }

    private static String page(SiteDiff.Page page) {
        return escape(page.title()) + " — `" + (page.address().isEmpty() ? "/" : page.address()) + "`";
    }

    private static void sections(StringBuilder md, String what, List<String> headings) {
        if (!headings.isEmpty()) {
            md.append("  - sections ").append(what).append(": ").append(String.join(", ",
                    headings.stream().map(heading -> heading.isEmpty() ? "(before the first heading)" : escape(heading))
                            .toList())).append('\n');
        }
    }

    private static void rows(StringBuilder md, String what, List<String> keys) {
        if (!keys.isEmpty()) {
            md.append("  - ").append(what).append(": ").append(String.join(", ",
                    keys.stream().map(key -> "`" + key + "`").toList())).append('\n');
        }
    }

    private static String count(int n, String one, String many) {
        return n + " " + (n == 1 ? one : many);
    }

    /** Headings and titles are the authors' text: keep Markdown from reading them as markup. */
    private static String escape(String text) {
        return text.replaceAll("([\\\\`*_\\[\\]<>|#])", "\\\\$1");
    }
}
