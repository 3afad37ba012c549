package io.github.microsite.route;

import io.github.microsite.convert.ConvertedPage;

/**
 * A page and where it goes.
 *
 * @param outputPath path of the HTML file inside the site, with '/' ({@code chapters/preface/index.html})
 * @param type       the template type: {@code home} or {@code page} unless the page sets {@code :jbake-type:}
 * @param navTitle   the label in the chapter navigation
 */
public record Route(String outputPath, String type, String navTitle, ConvertedPage page) {

    /** The folder of the page inside the site, "" for the top; every relative URL starts from here. */
    public String folder() {
        int slash = outputPath.lastIndexOf('/');
        return slash < 0 ? "" : outputPath.substring(0, slash);
    }

    public boolean isHome() {
        return outputPath.equals(SiteMap.HOME_PATH);
    }
}
