/**
 * Validate: reads each dataset of the {@link io.github.microsite.load.SourceCatalog}, checks it is JSON and matches
 * its JSON Schema ({@code schemas/<name>.schema.json}), and hands on the {@link io.github.microsite.model.Dataset}s that
 * passed. Problems name the file, the line and column, and the JSON pointer.
 */
package io.github.microsite.validate;
