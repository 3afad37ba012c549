/**
 * Site search, built at bake time: takes the composed pages (the baked site's HTML files), reads each page's
 * {@code <main>} into sections ({@link io.github.microsite.index.SectionReader}), tokenises them
 * ({@link io.github.microsite.index.Tokenizer}, repeated exactly by {@code assets/js/search-engine.js}), counts them in
 * compact arrays ({@link io.github.microsite.index.TermTable}), lays the scored postings out in files of bounded size
 * ({@link io.github.microsite.index.ShardWriter}) and hands back the index files under {@code search/}
 * ({@link io.github.microsite.index.SearchIndexer}); also the results page's route
 * ({@link io.github.microsite.index.SearchPage}). The index and the browser client share only the file format,
 * described in FORMAT.md beside this package's sources.
 */
package io.github.microsite.index;
