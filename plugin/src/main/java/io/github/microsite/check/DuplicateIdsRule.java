package io.github.microsite.check;

import org.jsoup.nodes.Element;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Two elements of one page with the same id: links and labels reach only the first. */
final class DuplicateIdsRule implements Rule {

    @Override
    public String name() {
        return "duplicate-ids";
    }

    @Override
    public String guards() {
        return "ids are unique on each page";
    }

    @Override
    public List<Finding> check(CheckedSite site) {
        List<Finding> findings = new ArrayList<>();
        for (String page : site.pages()) {
            Map<String, List<Element>> byId = new LinkedHashMap<>();
            for (Element element : site.document(page).select("[id]")) {
                byId.computeIfAbsent(element.id(), id -> new ArrayList<>()).add(element);
            }
            byId.forEach((id, elements) -> {
                if (elements.size() > 1) {
                    findings.add(finding(page, CheckedSite.describe(elements.get(1), "id"), "id '" + id + "' is used "
                            + elements.size() + " times on the page; links to it reach only the first"));
                }
            });
        }
        return findings;
    }
}
