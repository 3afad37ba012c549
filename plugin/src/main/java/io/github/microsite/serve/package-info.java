/**
 * Preview: keeps the last good {@link io.github.microsite.BakedSite} in memory, serves it over HTTP under the base
 * path, watches the sources, rebakes warm on a change and tells open browsers to reload (or shows the problems).
 * Writes nothing to disk; {@code build} output never contains the preview's script.
 */
package io.github.microsite.serve;
