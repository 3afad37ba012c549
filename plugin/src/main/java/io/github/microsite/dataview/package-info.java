/**
 * Dataview: turns a {@link io.github.microsite.model.Dataset} into what a reader meets - a table (with caption,
 * labelled headers, values formatted for the page's language, the source and the downloads under it), a chart (an
 * inline SVG drawn at build time, with its data in a table behind a {@code <details>}), and the downloadable
 * {@code data/<name>.csv}. Pure functions from datasets and a spec to HTML or bytes; the {@code dataset::} and
 * {@code chart::} macros in {@code convert/}, and collection pages, call {@link io.github.microsite.dataview.DataViews}.
 * A mistake in a spec (unknown column, filter field…) is a {@link io.github.microsite.dataview.DataViewException}
 * whose message the caller reports at the place the spec was written.
 */
package io.github.microsite.dataview;
