package io.github.microsite.check;

import org.jsoup.nodes.Element;

import java.util.ArrayList;
import java.util.List;

/** A heading more than one level below the one before it (h2 then h4): the outline has a hole. */
final class HeadingOrderRule implements Rule {

    @Override
    public String name() {
        return "heading-order";
    }

    @Override
    public String guards() {
        return "headings do not skip levels";
    }

    @Override
    public List<Finding> check(CheckedSite site) {
        List<Finding> findings = new ArrayList<>();
        for (String page : site.pages()) {
            int previous = 0;
            for (Element heading : site.document(page).select("h1, h2, h3, h4, h5, h6")) {
                int level = heading.tagName().charAt(1) - '0';
                if (level > previous + 1) {
                    findings.add(finding(page, CheckedSite.describe(heading, "id"), "h" + level + " follows "
                            + (previous == 0 ? "no heading" : "h" + previous) + ", skipping h" + (previous + 1)));
                }
                previous = level;
            }
        }
        return findings;
    }
}
