/**
 * Check: rules over a finished site — the baked files in memory during {@code build}, or a folder on disk for
 * {@code microsite:check} — that find what a reader or a host would trip over: broken links and anchors, missing or
 * off-site resources, inline scripts the Content-Security-Policy blocks, pages without language, title, description
 * or a single h1, headings that skip levels, images without alt, duplicate ids, a sitemap that disagrees with the
 * pages, and file names a static host may drop. Each rule is one small class ({@link Rule}); {@link SiteChecker} runs
 * them, minus the ones switched off with a reason, and hands back {@link Finding}s as
 * {@code page path: element: what is wrong}. Reads nothing but the site; writes nothing.
 */
package io.github.microsite.check;
