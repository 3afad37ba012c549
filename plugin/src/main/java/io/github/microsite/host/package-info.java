/**
 * Host: the files a static host and search engines look for beside the pages, made from the baked file list —
 * {@code sitemap.xml} (every page once, by its absolute URL), {@code robots.txt} pointing at it, and
 * {@code .nojekyll} so GitHub Pages publishes the folder as it is. Takes the baked files and the configuration, hands
 * back the extra files; writes nothing.
 */
package io.github.microsite.host;
