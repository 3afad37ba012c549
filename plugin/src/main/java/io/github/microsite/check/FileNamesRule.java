package io.github.microsite.check;

import java.util.ArrayList;
import java.util.List;

/**
 * File or folder names a static host may drop or hide: a leading '_' (Jekyll on GitHub Pages ignores them unless
 * .nojekyll is there, some CDNs and tools treat them as private) or '.' (hidden files). Only {@code .nojekyll} itself.
 */
final class FileNamesRule implements Rule {

    static final String NO_JEKYLL = ".nojekyll";

    @Override
    public String name() {
        return "file-names";
    }

    @Override
    public String guards() {
        return "no file or folder name starts with '_' or '.' (static hosts may drop them)";
    }

    @Override
    public List<Finding> check(CheckedSite site) {
        List<Finding> findings = new ArrayList<>();
        for (String path : site.files().paths()) {
            if (path.equals(NO_JEKYLL)) {
                continue;
            }
            for (String segment : path.split("/")) {
                if (segment.startsWith("_") || segment.startsWith(".")) {
                    findings.add(finding(path, segment, "a name starting with '" + segment.charAt(0)
                            + "' may be dropped by a static host; rename it"));
                    break;
                }
            }
        }
        return findings;
    }
}
