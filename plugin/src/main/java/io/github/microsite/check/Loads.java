package io.github.microsite.check;

import io.github.microsite.model.CssReferences;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Every URL a browser fetches by itself when it shows a page or applies a stylesheet (not links a reader follows):
 * {@code src}, {@code srcset}, {@code poster}, {@code object data}, stylesheet/icon/preload {@code link href}, and
 * {@code url()}/{@code @import} in {@code <style>}, {@code style=""} and stylesheets.
 */
final class Loads {

    /** {@code link rel} values that make the browser fetch the {@code href}. */
    private static final Set<String> LOADING_RELS = Set.of("stylesheet", "icon", "apple-touch-icon", "mask-icon",
            "preload", "modulepreload", "prefetch", "preconnect", "dns-prefetch", "manifest");

    /**
     * @param file    the file the URL is written in
     * @param element the element carrying it, as a reader finds it ({@code <img src="…">}, or the stylesheet)
     */
    record Load(String file, String element, String url) {
    }

    private Loads() {
    }

    static List<Load> ofPage(String page, Document document) {
        List<Load> loads = new ArrayList<>();
        for (Element element : document.select("[src]")) {
            loads.add(new Load(page, CheckedSite.describe(element, "src"), element.attr("src")));
        }
        for (Element element : document.select("[srcset]")) {
            CheckedSite.srcset(element.attr("srcset")).forEach(url ->
                    loads.add(new Load(page, CheckedSite.describe(element, "srcset"), url)));
        }
        for (Element element : document.select("video[poster], object[data]")) {
            String attribute = element.hasAttr("poster") ? "poster" : "data";
            loads.add(new Load(page, CheckedSite.describe(element, attribute), element.attr(attribute)));
        }
        for (Element element : document.select("link[href]")) {
            if (isLoading(element)) {
                loads.add(new Load(page, CheckedSite.describe(element, "rel", "href"), element.attr("href")));
            }
        }
        for (Element element : document.select("style")) {
            CssReferences.in(element.data()).forEach(url ->
                    loads.add(new Load(page, "<style>", url)));
        }
        for (Element element : document.select("[style]")) {
            CssReferences.in(element.attr("style")).forEach(url ->
                    loads.add(new Load(page, CheckedSite.describe(element, "style"), url)));
        }
        return loads;
    }

    static List<Load> ofStylesheet(String path, String css) {
        return CssReferences.in(css).stream().map(url -> new Load(path, "url(" + url + ")", url)).toList();
    }

    /** Every load of every page and stylesheet of the site, in file order. */
    static List<Load> all(CheckedSite site) {
        List<Load> loads = new ArrayList<>();
        site.pages().forEach(page -> loads.addAll(ofPage(page, site.document(page))));
        site.stylesheets().forEach(css -> loads.addAll(ofStylesheet(css, site.text(css))));
        return loads;
    }

    private static boolean isLoading(Element link) {
        for (String rel : link.attr("rel").toLowerCase(Locale.ROOT).split("\\s+")) {
            if (LOADING_RELS.contains(rel)) {
                return true;
            }
        }
        return false;
    }
}
