package io.github.microsite.route;

import io.github.microsite.convert.ConvertedPage;
import io.github.microsite.model.SourceFile;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * A page and where it goes.
 *
 * @param outputPath path of the HTML file inside the site, with '/' ({@code chapters/preface/index.html})
 * @param type       the template type: {@code home} or {@code page} unless the page sets {@code :jbake-type:}
 * @param navTitle   the label in the chapter navigation
 * @param source     what the page is made from
 * @param page       its AsciiDoc body, or an empty page over the file it comes from (the dataset for a collection
 *                   page, the content folder for a generated home page), so every stage finds a body and a file
 *                   to name in a message
 */
public record Route(String outputPath, String type, String navTitle, PageSource source, ConvertedPage page) {

    /** A page of an AsciiDoc file. */
    public Route(String outputPath, String type, String navTitle, ConvertedPage page) {
        this(outputPath, type, navTitle, new PageSource.Asciidoc(page), page);
    }

    /** A page without an AsciiDoc file of its own: the body is empty, messages name {@code from}. */
    public static Route withoutBody(String outputPath, String type, String navTitle, PageSource source,
                                    Path contentDirectory, String from, String title) {
        SourceFile file = new SourceFile(from.isEmpty() ? contentDirectory : contentDirectory.resolve(from), from);
        return new Route(outputPath, type, navTitle, source,
                new ConvertedPage(file, List.of(), title, Map.of(), "", List.of()));
    }

    /** The folder of the page inside the site, "" for the top; every relative URL starts from here. */
    public String folder() {
        int slash = outputPath.lastIndexOf('/');
        return slash < 0 ? "" : outputPath.substring(0, slash);
    }

    /** The folder an xref from this page's AsciiDoc body is relative to. */
    public String addressFolder() {
        String address = source.address();
        int slash = address.lastIndexOf('/');
        return slash < 0 ? "" : address.substring(0, slash);
    }

    /** The address without its extension: {@code industries/finance}. */
    public String addressStem() {
        String address = source.address();
        int dot = address.lastIndexOf('.');
        return dot > address.lastIndexOf('/') ? address.substring(0, dot) : address;
    }

    public boolean isHome() {
        return outputPath.equals(SiteMap.HOME_PATH);
    }
}
