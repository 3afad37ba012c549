/**
 * Route: decides where each converted page is published — its ASCII, pretty URL ({@code chapters/<slug>/index.html}),
 * its template type and its place in the reading order — and hands on a {@link io.github.microsite.route.SiteMap}.
 * This is where URLs are checked: non-ASCII names, two pages on one URL, drafts.
 */
package io.github.microsite.route;
