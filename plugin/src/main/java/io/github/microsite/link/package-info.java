/**
 * Link: once every page has a URL, rewrites each body's links and image sources into URLs relative to the page
 * (so the site works at a domain root, under any base path, or from disk), resolves cross-references between pages,
 * numbers {@code cite:} markers against the {@code sources} dataset and wraps tables so they scroll on their own.
 * Hands on {@link io.github.microsite.link.LinkedPage}s; anything that does not resolve is a located problem.
 */
package io.github.microsite.link;
