package io.github.microsite.check;

import java.util.ArrayList;
import java.util.List;

/** A page without a {@code <title>}: tabs, bookmarks and search results show its address instead. */
final class TitleRule implements Rule {

    @Override
    public String name() {
        return "title";
    }

    @Override
    public String guards() {
        return "every page has a <title>";
    }

    @Override
    public List<Finding> check(CheckedSite site) {
        List<Finding> findings = new ArrayList<>();
        for (String page : site.pages()) {
            if (site.document(page).title().isBlank()) {
                findings.add(finding(page, "<title>", "missing or empty; give the page a document title (= Title)"));
            }
        }
        return findings;
    }
}
