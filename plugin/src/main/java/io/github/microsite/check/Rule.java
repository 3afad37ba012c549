package io.github.microsite.check;

import java.util.List;

/** One check over the whole site. Implementations are small and stateless: one fault each. */
public interface Rule {

    /** The name that switches it off in configuration, e.g. {@code image-alt}. */
    String name();

    /** What it guards, in a few words, for the list of rules. */
    String guards();

    List<Finding> check(CheckedSite site);

    default Finding finding(String page, String element, String message) {
        return new Finding(name(), page, element, message);
    }
}
