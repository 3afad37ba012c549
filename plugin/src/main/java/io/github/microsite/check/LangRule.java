package io.github.microsite.check;

import org.jsoup.nodes.Element;

import java.util.ArrayList;
import java.util.List;

/** A page that does not say its language: screen readers guess the voice, browsers the fonts and hyphens. */
final class LangRule implements Rule {

    @Override
    public String name() {
        return "lang";
    }

    @Override
    public String guards() {
        return "every page declares its language (<html lang>)";
    }

    @Override
    public List<Finding> check(CheckedSite site) {
        List<Finding> findings = new ArrayList<>();
        for (String page : site.pages()) {
            Element html = site.document(page).selectFirst("html");
            if (html == null || html.attr("lang").isBlank()) {
                findings.add(finding(page, "<html>", "no lang attribute; set the language (microsite.language)"));
            }
        }
        return findings;
    }
}
