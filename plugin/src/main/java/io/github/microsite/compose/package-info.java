/**
 * Compose: lays each {@link io.github.microsite.link.LinkedPage} into the theme's Freemarker templates through JBake's
 * template-engine and document-model API, and lists the theme's assets. This package is the only one that knows
 * JBake or Freemarker; it hands on plain {@link io.github.microsite.publish.SiteFile}s.
 *
 * <p>JBake is embedded for its rendering layer only: its crawler cannot read {@code .asc} files, partials or pages
 * with non-ASCII names, and its OrientDB store costs ~1.8 s per cold build for data the pipeline already holds.</p>
 */
package io.github.microsite.compose;
