/**
 * Files: chooses the files the site publishes as they are — the content files some page references, those matching
 * {@code staticFiles}, and the folders named in {@code staticDirectories} — so a book's scripts, build files and
 * sample code stay out of the site. Hands on {@link io.github.microsite.publish.SiteFile}s; reads no file content.
 */
package io.github.microsite.files;
