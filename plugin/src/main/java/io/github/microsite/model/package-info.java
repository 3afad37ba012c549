/**
 * The plain, immutable data the pipeline stages hand to each other, and the {@link io.github.microsite.model.Problem}
 * every stage reports instead of throwing. Nothing here knows about Maven, JBake or Asciidoctor.
 */
package io.github.microsite.model;
