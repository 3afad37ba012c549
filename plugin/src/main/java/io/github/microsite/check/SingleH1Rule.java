package io.github.microsite.check;

import org.jsoup.select.Elements;

import java.util.ArrayList;
import java.util.List;

/** Exactly one {@code <h1>} per page: the page's title, where the outline starts. */
final class SingleH1Rule implements Rule {

    @Override
    public String name() {
        return "single-h1";
    }

    @Override
    public String guards() {
        return "every page has exactly one <h1>";
    }

    @Override
    public List<Finding> check(CheckedSite site) {
        List<Finding> findings = new ArrayList<>();
        for (String page : site.pages()) {
            Elements headings = site.document(page).select("h1");
            if (headings.isEmpty()) {
                findings.add(finding(page, "<h1>", "the page has no h1"));
            } else if (headings.size() > 1) {
                findings.add(finding(page, CheckedSite.describe(headings.get(1), "id"), "a second h1 ("
                        + headings.size() + " in all); sections in the body start at == (h2)"));
            }
        }
        return findings;
    }
}
