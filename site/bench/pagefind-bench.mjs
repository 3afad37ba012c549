// Runs the search queries against a Pagefind index in Node, through Pagefind's own pagefind.js (the API its UI
// uses), serving its files from disk and counting every file it fetches, gzipped, like SearchBench does for ours.
// Usage: node pagefind-bench.mjs SITE_DIR QUERIES_TSV   (SITE_DIR holds pagefind/ from `pagefind --site`)
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { pathToFileURL, fileURLToPath } from 'node:url';

const [site, queriesFile] = process.argv.slice(2);
const bundle = path.join(site, 'pagefind');
const requested = new Set();
globalThis.fetch = async (resource) => {
  const url = new URL(String(resource), pathToFileURL(bundle + '/'));
  const file = url.protocol === 'file:' ? fileURLToPath(url) : path.join(site, decodeURIComponent(url.pathname));
  const bytes = fs.readFileSync(file);
  requested.add(file);
  return new Response(bytes, { status: 200 });
};
const gzipped = (file) => zlib.gzipSync(fs.readFileSync(file)).length;
const queries = fs.readFileSync(queriesFile, 'utf8').split('\n')
  .filter((line) => line.trim() && !line.startsWith('#')).map((line) => line.split('\t'));

const results = [];
for (const [query, expected] of queries) {
  requested.clear();
  // a fresh copy of the module for every query: nothing cached, like a reader's first search
  const pagefind = await import(pathToFileURL(path.join(bundle, 'pagefind.js')).href + '?q=' + encodeURIComponent(query));
  await pagefind.options({ basePath: pathToFileURL(bundle + '/').href, baseUrl: '/' });
  await pagefind.init();
  const search = await pagefind.search(query);
  // Pagefind's default UI shows 5 results first, loading each one's fragment
  const shown = await Promise.all(search.results.slice(0, 5).map((r) => r.data()));
  const found = [];
  for (const data of shown) {
    const page = data.url.replace(/^\//, '');
    found.push(page);
    for (const sub of data.sub_results || []) { found.push(sub.url.replace(/^\//, '')); }
  }
  // Pagefind ranks pages; it counts as a hit when the expected page, or its section as a sub-result, is in them
  const expectedPage = expected.split('#')[0];
  const hit = found.some((u) => u === expected || u === expectedPage || u === expectedPage.replace(/index\.html$/, ''));
  const files = [...requested];
  const bytes = files.reduce((sum, f) => sum + gzipped(f), 0);
  results.push({ query, bytes, hit, files: files.length });
  console.log(`${query.padEnd(34)} ${String(bytes).padStart(9)} ${String(files.length).padStart(6)}  ${hit ? 'yes' : 'NO'}`);
}
const sorted = results.map((r) => r.bytes).sort((a, b) => a - b);
const median = sorted.length % 2 ? sorted[(sorted.length - 1) / 2] : (sorted[sorted.length / 2 - 1] + sorted[sorted.length / 2]) / 2;
const mean = sorted.reduce((a, b) => a + b, 0) / sorted.length;
console.log(`\nbytes per query (gzipped, pagefind.js + wasm + meta + index chunks + 5 fragments): median ${(median / 1024).toFixed(1)} KB,`
  + ` mean ${(mean / 1024).toFixed(1)} KB, max ${(sorted[sorted.length - 1] / 1024).toFixed(1)} KB;`
  + ` expected page in the top 5: ${results.filter((r) => r.hit).length} of ${results.length}`);
