package io.github.microsite.check;

/**
 * One thing wrong in the site.
 *
 * @param rule    the rule that found it (its name switches it off)
 * @param page    path of the file inside the site, with '/'
 * @param element the element or entry at fault, as it appears in the file (shortened)
 * @param message what is wrong, and what to do when it is not obvious
 */
public record Finding(String rule, String page, String element, String message) {

    public String describe() {
        return page + ": " + element + ": " + message;
    }
}
