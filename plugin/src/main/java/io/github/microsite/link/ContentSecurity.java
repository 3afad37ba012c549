package io.github.microsite.link;

import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Makes a page body fit the site's Content-Security-Policy ({@code script-src 'self'; style-src 'self'}) and says what
 * in it the policy will block.
 *
 * <p>Asciidoctor writes column and table widths as {@code style="width: 25%;"}; the policy blocks inline styles, so
 * they become classes ({@code width-25}) that {@code assets/css/widths.css} defines. What an author put in a
 * passthrough (a {@code <script>}, an {@code on*=} handler, a {@code javascript:} URL, inline styles) stays as written
 * — passthrough is legitimate AsciiDoc — but it cannot run, so each is a warning at its line.</p>
 */
final class ContentSecurity {

    private static final Pattern WIDTH = Pattern.compile("^\\s*width:\\s*([0-9]+(?:\\.[0-9]+)?)%;?\\s*$");
    private static final Set<String> URL_ATTRIBUTES = Set.of("href", "src", "action", "formaction", "xlink:href",
            "data", "poster", "background");

    /** Something the policy blocks: the text to find its source line by, and what to tell the author. */
    record Blocked(String needle, String message) {
    }

    private ContentSecurity() {
    }

    /** Turns Asciidoctor's width styles into classes, then lists what the policy would still block. */
    static List<Blocked> apply(Document body) {
        for (Element element : body.select("col[style], table[style]")) {
            Matcher width = WIDTH.matcher(element.attr("style"));
            if (width.matches()) {
                long percent = Math.max(1, Math.min(100, Math.round(Double.parseDouble(width.group(1)))));
                element.removeAttr("style").addClass("width-" + percent);
            }
        }
        List<Blocked> blocked = new ArrayList<>();
        for (Element script : body.select("script")) {
            blocked.add(new Blocked("<script", "a <script> in the page will not run: the site's Content-Security-Policy"
                    + " allows only the theme's script files; load it from a theme template as <script src=… defer>"
                    + " instead of a passthrough"));
        }
        for (Element style : body.select("style")) {
            blocked.add(new Blocked("<style", "a <style> element in the page is ignored: the site's"
                    + " Content-Security-Policy allows only the theme's stylesheets; put the rules in the theme's CSS"));
        }
        for (Element element : body.getAllElements()) {
            for (Attribute attribute : element.attributes()) {
                String name = attribute.getKey().toLowerCase(Locale.ROOT);
                if (name.startsWith("on")) {
                    blocked.add(new Blocked(attribute.getKey() + "=", "the " + attribute.getKey() + "= handler on <"
                            + element.tagName() + "> will not run: the site's Content-Security-Policy blocks inline"
                            + " event handlers; attach behaviour from a theme script file"));
                } else if (URL_ATTRIBUTES.contains(name) && isJavascriptUrl(attribute.getValue())) {
                    blocked.add(new Blocked("javascript:", "the javascript: URL in " + attribute.getKey() + "= on <"
                            + element.tagName() + "> will not run: the site's Content-Security-Policy blocks it; link"
                            + " to a page or file instead"));
                } else if (name.equals("style")) {
                    blocked.add(new Blocked("style=", "the style=\"" + attribute.getValue() + "\" on <"
                            + element.tagName() + "> is ignored: the site's Content-Security-Policy blocks inline"
                            + " styles; give the element a role (class) and style it in the theme's CSS"));
                }
            }
        }
        return blocked;
    }

    /** Browsers ignore leading spaces and control characters and the case of the scheme. */
    private static boolean isJavascriptUrl(String value) {
        StringBuilder plain = new StringBuilder();
        for (char c : value.toCharArray()) {
            if (c > ' ' ) {
                plain.append(c);
            }
        }
        return plain.toString().toLowerCase(Locale.ROOT).startsWith("javascript:");
    }
}
