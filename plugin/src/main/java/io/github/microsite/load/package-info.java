/**
 * Load: walks the content folder and sorts its files into a {@link io.github.microsite.load.SourceCatalog} —
 * pages (AsciiDoc), datasets (JSON under {@code data/}), schemas (under {@code schemas/}) and resources
 * (everything else, copied as they are). Reads no file content; decides nothing about URLs.
 */
package io.github.microsite.load;
