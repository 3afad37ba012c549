package io.github.microsite.check;

import java.util.ArrayList;
import java.util.List;

/**
 * A page without a meta description: search results and link previews then quote whatever text comes first. Pages
 * marked {@code noindex} (the 404 page) never appear there, so they need none.
 */
final class DescriptionRule implements Rule {

    @Override
    public String name() {
        return "description";
    }

    @Override
    public String guards() {
        return "every indexed page has a meta description";
    }

    @Override
    public List<Finding> check(CheckedSite site) {
        List<Finding> findings = new ArrayList<>();
        for (String page : site.pages()) {
            if (!site.isNoIndex(page) && site.document(page).select("meta[name=description]").attr("content").isBlank()) {
                findings.add(finding(page, "<meta name=\"description\">",
                        "missing or empty; add :description: to the page's header"));
            }
        }
        return findings;
    }
}
