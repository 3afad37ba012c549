package io.github.microsite.check;

import org.jsoup.nodes.Element;

import java.util.ArrayList;
import java.util.List;

/** Images without an {@code alt} attribute ({@code alt=""} is right for a decorative image, and allowed). */
final class ImageAltRule implements Rule {

    @Override
    public String name() {
        return "image-alt";
    }

    @Override
    public String guards() {
        return "every image has an alt text";
    }

    @Override
    public List<Finding> check(CheckedSite site) {
        List<Finding> findings = new ArrayList<>();
        for (String page : site.pages()) {
            for (Element image : site.document(page).select("img:not([alt])")) {
                findings.add(finding(page, CheckedSite.describe(image, "src"),
                        "no alt attribute; describe the image (image::file[Description]) or use alt=\"\" if it is decoration"));
            }
        }
        return findings;
    }
}
