/**
 * Publish: the only stage that writes. Writes the composed pages, the theme's assets and the content's resource
 * files into a fresh folder beside the output folder, in sorted order, then swaps it in, so a failed or interrupted
 * build never leaves half a site behind.
 */
package io.github.microsite.publish;
