package io.github.microsite.check;

import java.util.ArrayList;
import java.util.List;

/** Images, scripts, stylesheets, icons and CSS {@code url()}s of the site that point at a file it does not have. */
final class MissingResourcesRule implements Rule {

    @Override
    public String name() {
        return "missing-resources";
    }

    @Override
    public String guards() {
        return "images, scripts, styles and CSS url()s inside the site exist";
    }

    @Override
    public List<Finding> check(CheckedSite site) {
        List<Finding> findings = new ArrayList<>();
        for (Loads.Load load : Loads.all(site)) {
            CheckedSite.Target target = site.resolve(load.file(), load.url());
            if (target instanceof CheckedSite.Target.Outside outside) {
                findings.add(finding(load.file(), load.element(), "the URL " + outside.why()));
            } else if (target instanceof CheckedSite.Target.Internal internal && !internal.exists()) {
                findings.add(finding(load.file(), load.element(), "no such file in the site: " + internal.file()));
            }
        }
        return findings;
    }
}
