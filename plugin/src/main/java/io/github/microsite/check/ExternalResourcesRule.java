package io.github.microsite.check;

import java.util.ArrayList;
import java.util.List;

/**
 * Anything a page or stylesheet loads from another host: the site must make no request outside itself (readers
 * behind a firewall, privacy, a host that is slow or gone). Links a reader follows to other sites are fine.
 */
final class ExternalResourcesRule implements Rule {

    @Override
    public String name() {
        return "external-resources";
    }

    @Override
    public String guards() {
        return "nothing is loaded from another host (src, srcset, stylesheet/icon/preload href, CSS url() and @import)";
    }

    @Override
    public List<Finding> check(CheckedSite site) {
        List<Finding> findings = new ArrayList<>();
        for (Loads.Load load : Loads.all(site)) {
            if (site.resolve(load.file(), load.url()) instanceof CheckedSite.Target.External external) {
                findings.add(finding(load.file(), load.element(), "loads " + external.url()
                        + " from another host; copy the file into the site (theme assets or the content folder)"));
            }
        }
        return findings;
    }
}
