package io.github.microsite.check;

import org.jsoup.nodes.Element;

import java.util.ArrayList;
import java.util.List;

/** Links a reader follows ({@code a}, {@code area}) to a file or {@code #id} the site does not have. */
final class BrokenLinksRule implements Rule {

    @Override
    public String name() {
        return "broken-links";
    }

    @Override
    public String guards() {
        return "internal links and #fragment anchors lead somewhere";
    }

    @Override
    public List<Finding> check(CheckedSite site) {
        List<Finding> findings = new ArrayList<>();
        for (String page : site.pages()) {
            for (Element link : site.document(page).select("a[href], area[href]")) {
                String element = CheckedSite.describe(link, "href");
                CheckedSite.Target target = site.resolve(page, link.attr("href"));
                if (target instanceof CheckedSite.Target.Outside outside) {
                    findings.add(finding(page, element, "the link " + outside.why()));
                } else if (target instanceof CheckedSite.Target.Internal internal) {
                    if (!internal.exists()) {
                        findings.add(finding(page, element, "no such file in the site: " + internal.file()));
                    } else if (!internal.fragment().isEmpty() && internal.file().endsWith(".html")
                            && !site.ids(internal.file()).contains(internal.fragment())) {
                        findings.add(finding(page, element, internal.file() + " has no element with id '"
                                + internal.fragment() + "'"));
                    }
                }
            }
        }
        return findings;
    }
}
