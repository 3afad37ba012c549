/**
 * Diff: what readers will see change between two builds of a site — pages added, removed and changed (with the
 * headings of the changed sections), and dataset rows added, removed and changed — as a short Markdown summary for
 * a pull request. Takes two sets of site files (see {@code check.SiteFiles}); compares only what a page shows in
 * its {@code <main>}, so a navigation entry for a new page does not mark every other page as changed, and ignores
 * fingerprinted asset names. Writes nothing; the mojo writes the summary.
 */
package io.github.microsite.diff;
