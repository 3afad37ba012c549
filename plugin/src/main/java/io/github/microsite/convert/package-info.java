/**
 * Convert: turns each AsciiDoc page into a {@link io.github.microsite.convert.ConvertedPage} — its title, header
 * attributes, section tree and body HTML — with AsciidoctorJ. Asciidoctor's own messages become problems located at
 * {@code path:line}. Links are left as Asciidoctor wrote them; the link stage resolves them once every page is known.
 */
package io.github.microsite.convert;
