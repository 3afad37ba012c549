// Bytes a reader downloads before the first results, with the real engine (assets/js/search-engine.js) under Node:
// its XMLHttpRequest reads the built index from disk and counts each file once, gzipped (gzip -6, what hosts use).
// Usage: node search-fetch.mjs SITE_DIR ENGINE_JS LIMIT QUERY...
//   SITE_DIR holds search/manifest.json and the files it names; LIMIT is how many results the first screen shows
//   (8: the header's drop-down, 20: the results page). Prints one line per query: gzipped bytes, files, hits, total.
import fs from 'node:fs';
import path from 'node:path';
import vm from 'node:vm';
import zlib from 'node:zlib';

const [site, engine, limitText, ...queries] = process.argv.slice(2);
const limit = Number(limitText);

function engineIn(requested) {
  class XMLHttpRequest {
    open(method, url) { this.url = url; }
    send() {
      const file = path.join(site, decodeURI(this.url.replace(/^\/site\//, '').replace(/\?.*$/, '')));
      setImmediate(() => {
        this.readyState = 4;
        if (fs.existsSync(file)) {
          const body = fs.readFileSync(file);
          requested.set(this.url, zlib.gzipSync(body, { level: 6 }).length);
          this.status = 200;
          this.responseText = body.toString('utf8');
        } else {
          this.status = 404;
          this.responseText = '';
        }
        this.onreadystatechange();
      });
    }
  }
  const window = {};
  const context = { window, XMLHttpRequest, document: { querySelectorAll: () => [] }, setTimeout, clearTimeout };
  vm.createContext(context);
  vm.runInContext(fs.readFileSync(engine, 'utf8'), context);
  return window.MicrositeSearch;
}

for (const query of queries) {
  const requested = new Map();
  const search = engineIn(requested);
  const index = new search.Index('/site/search/manifest.json');
  const answer = await new Promise((resolve, reject) =>
    index.searchFresh(query, limit, (error, result) => (error ? reject(error) : resolve(result))));
  const bytes = [...requested.values()].reduce((a, b) => a + b, 0);
  const kinds = {};
  for (const url of requested.keys()) {
    const name = url.replace(/.*\//, '');
    const kind = name === 'manifest.json' ? 'manifest' : name.startsWith('c-') ? 'texts'
      : name.replace(/^s-[0-9a-f]+-([a-z]).*/, '$1');
    kinds[kind] = (kinds[kind] || 0) + 1;
  }
  console.log([query, bytes, requested.size, JSON.stringify(kinds), answer.hits.length,
    answer.total + (answer.partial ? '+' : ''), answer.hits.map((h) => h.doc).join(',')].join('\t'));
}
