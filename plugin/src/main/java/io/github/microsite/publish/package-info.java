/**
 * Publish: the only stage that writes. A folder the plugin wrote before (its manifest lists every file in it) is
 * updated in place: stale files deleted, changed files written, unchanged ones left alone, with a manifest listing old
 * and new files while it works. Any other folder is staged in a fresh folder beside the output, in sorted order, and
 * swapped in, so a failed build never leaves half a site behind.
 */
package io.github.microsite.publish;
