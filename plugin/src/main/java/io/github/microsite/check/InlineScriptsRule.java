package io.github.microsite.check;

import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Element;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Script in the page itself — a {@code <script>} without {@code src}, an {@code on*=""} handler, a
 * {@code javascript:} URL — which a Content-Security-Policy without {@code 'unsafe-inline'} blocks. Data blocks
 * ({@code type="application/json"}, {@code application/ld+json}) are not run and are fine.
 */
final class InlineScriptsRule implements Rule {

    private static final Set<String> DATA_TYPES = Set.of("application/json", "application/ld+json",
            "importmap", "text/template", "text/plain");

    @Override
    public String name() {
        return "inline-scripts";
    }

    @Override
    public String guards() {
        return "no inline script or event-handler attribute (the Content-Security-Policy blocks them)";
    }

    @Override
    public List<Finding> check(CheckedSite site) {
        List<Finding> findings = new ArrayList<>();
        for (String page : site.pages()) {
            for (Element element : site.document(page).getAllElements()) {
                if (element.tagName().equals("script") && !element.hasAttr("src")
                        && !DATA_TYPES.contains(element.attr("type").strip().toLowerCase(Locale.ROOT))) {
                    findings.add(finding(page, "<script>", "inline script; move it into a .js file of the theme and "
                            + "load it with <script src=… defer>"));
                }
                for (Attribute attribute : element.attributes()) {
                    String name = attribute.getKey().toLowerCase(Locale.ROOT);
                    if (name.startsWith("on") && name.length() > 2) {
                        findings.add(finding(page, CheckedSite.describe(element, attribute.getKey()),
                                "event-handler attribute; attach the handler from a script file instead"));
                    } else if ((name.equals("href") || name.equals("src") || name.equals("action"))
                            && attribute.getValue().strip().toLowerCase(Locale.ROOT).startsWith("javascript:")) {
                        findings.add(finding(page, CheckedSite.describe(element, attribute.getKey()),
                                "javascript: URL; use a button and a script file instead"));
                    }
                }
            }
        }
        return findings;
    }
}
