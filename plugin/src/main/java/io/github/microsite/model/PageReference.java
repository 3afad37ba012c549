package io.github.microsite.model;

/**
 * A dataset value that names a page, marked {@code "x-page": true} in the schema: {@code chapters/ch2.adoc#finance}
 * (content-relative, {@code #id} optional). Kept with where it was written, because whether the page and the id
 * exist is only known once the pages are converted and routed.
 *
 * @param target the value as written
 */
public record PageReference(String dataset, String file, int line, int column, String pointer, String target) {
}
