/*
 * Site search engine and results: the header field on every page and the results page search/index.html.
 * search.js (on every page, tiny) loads this file when the reader first uses the field, or on the results page.
 * Reads the index that the plugin's index stage wrote under search/ (FORMAT.md in the plugin's index package) and
 * repeats its tokeniser exactly. ES5 with XMLHttpRequest, no modules, no WebAssembly: it runs in every browser and in
 * HtmlUnit.
 */
(function () {
  'use strict';

  /* ---- Tokeniser: the same algorithm as io.github.microsite.index.Tokenizer ---- */

  function foldWidth(text) { /* the part of NFKC that matters most, where String#normalize is missing */
    return text.replace(/[\uFF01-\uFF5E]/g, function (c) {
      return String.fromCharCode(c.charCodeAt(0) - 0xFEE0);
    }).replace(/\u3000/g, ' ');
  }

  function normalize(text) {
    return (typeof text.normalize === 'function' ? text.normalize('NFKC') : foldWidth(text)).toLowerCase();
  }

  function codePoints(text) {
    var out = [], i, c, d;
    for (i = 0; i < text.length; i++) {
      c = text.charCodeAt(i);
      if (c >= 0xD800 && c <= 0xDBFF && i + 1 < text.length) {
        d = text.charCodeAt(i + 1);
        if (d >= 0xDC00 && d <= 0xDFFF) {
          out.push({ c: (c - 0xD800) * 0x400 + (d - 0xDC00) + 0x10000, s: text.substr(i, 2) });
          i++;
          continue;
        }
      }
      out.push({ c: c, s: text.charAt(i) });
    }
    return out;
  }

  function isCjk(c) {
    return c >= 0x3400 && c <= 0x4DBF || c >= 0x4E00 && c <= 0x9FFF || c >= 0xF900 && c <= 0xFAFF ||
      c >= 0x20000 && c <= 0x3FFFF || c >= 0x3041 && c <= 0x3096 || c >= 0x30A1 && c <= 0x30FA ||
      c >= 0xAC00 && c <= 0xD7A3;
  }

  function isWordChar(c) {
    return c >= 97 && c <= 122 || c >= 48 && c <= 57 || c >= 65 && c <= 90 ||
      c >= 0xC0 && c <= 0x24F && c !== 0xD7 && c !== 0xF7 || c >= 0x370 && c <= 0x3FF || c >= 0x400 && c <= 0x4FF;
  }

  function join(chars, from, to) {
    var s = '', i;
    for (i = from; i < to; i++) { s += chars[i].s; }
    return s;
  }

  /* CJK runs and words of a normalised text: [{cjk, text, chars, plus}] */
  function pieces(normalized) {
    var chars = codePoints(normalized), out = [], i = 0, start, end, n = chars.length;
    while (i < n) {
      start = i;
      if (isCjk(chars[i].c)) {
        while (i < n && isCjk(chars[i].c)) { i++; }
        end = i;
        while (i < n && chars[i].c === 43) { i++; }
        out.push({ cjk: true, chars: chars.slice(start, end), text: join(chars, start, end), plus: join(chars, end, i) });
      } else if (isWordChar(chars[i].c)) {
        while (i < n && (isWordChar(chars[i].c) ||
            (chars[i].c === 46 || chars[i].c === 45) && i + 1 < n && isWordChar(chars[i + 1].c))) { i++; }
        while (i < n && chars[i].c === 43) { i++; }
        out.push({ cjk: false, text: join(chars, start, i), plus: '' });
      } else {
        i++;
      }
    }
    return out;
  }

  function indexTokens(text) {
    var out = [], all = pieces(normalize(text)), p, i, k, parts;
    for (k = 0; k < all.length; k++) {
      p = all[k];
      if (p.cjk) {
        for (i = 0; i < p.chars.length; i++) {
          out.push(p.chars[i].s);
          if (i + 1 < p.chars.length) { out.push(p.chars[i].s + p.chars[i + 1].s); }
        }
        if (p.plus) { out.push(p.chars[p.chars.length - 1].s + p.plus); }
      } else {
        out.push(p.text);
        if (p.text.length > 1 && /[.+\-]/.test(p.text)) {
          parts = p.text.split(/[.+\-]+/);
          for (i = 0; i < parts.length; i++) { if (parts[i]) { out.push(parts[i]); } }
        }
      }
    }
    return out;
  }

  /* The query as terms to AND, each with the token it looks up; words may be completed by prefix when last. */
  function parseQuery(query) {
    var all = pieces(normalize(query)), terms = [], seen = {}, fragments = [], p, i, k;
    function add(token, word) {
      if (!seen.hasOwnProperty(token)) { seen[token] = true; terms.push({ token: token, word: word }); }
    }
    for (k = 0; k < all.length; k++) {
      p = all[k];
      if (p.cjk) {
        if (p.chars.length === 1) { add(p.text, false); }
        for (i = 0; i + 1 < p.chars.length; i++) { add(p.chars[i].s + p.chars[i + 1].s, false); }
        if (p.plus) { add(p.chars[p.chars.length - 1].s + p.plus, false); }
        fragments.push(p.text + p.plus);
      } else {
        add(p.text, true);
        fragments.push(p.text);
      }
    }
    /* the reader may still be typing the last word: let it stand for the words it begins */
    var last = terms.length ? terms[terms.length - 1] : null;
    if (last && last.word && /[^\s]$/.test(query)) { last.prefix = true; }
    return { terms: terms, fragments: fragments };
  }

  function queryTerms(query) {
    var terms = parseQuery(query).terms, out = [], i;
    for (i = 0; i < terms.length; i++) { out.push(terms[i].token); }
    return out;
  }

  /* FNV-1a over UTF-16 code units, as Java's String#charAt sees them */
  function bucketOf(token, buckets) {
    var h = 0x811C9DC5, i;
    for (i = 0; i < token.length; i++) {
      h ^= token.charCodeAt(i);
      h = (h & 0xFFFF) * 16777619 + ((((h >>> 16) * 16777619) & 0xFFFF) << 16) | 0;
    }
    return (h >>> 0) % buckets;
  }

  /* ---- Index access ---- */

  function Index(manifestUrl) {
    this.root = manifestUrl.replace(/search\/manifest\.json$/, '');
    this.manifestUrl = manifestUrl;
    this.manifest = null;
    this.files = {};      /* url -> parsed JSON */
    this.waiting = {};    /* url -> callbacks */
  }

  Index.prototype.get = function (path, done) {
    var self = this, url = this.root + path, xhr;
    if (this.files.hasOwnProperty(url)) { done(null, this.files[url]); return; }
    if (this.waiting[url]) { this.waiting[url].push(done); return; }
    this.waiting[url] = [done];
    xhr = new XMLHttpRequest();
    xhr.open('GET', url, true);
    xhr.onreadystatechange = function () {
      if (xhr.readyState !== 4) { return; }
      var value = null, error = null, callbacks = self.waiting[url], i;
      delete self.waiting[url];
      if (xhr.status === 200 || xhr.status === 0 && xhr.responseText) {
        try { value = JSON.parse(xhr.responseText); self.files[url] = value; } catch (e) { error = e; }
      } else {
        error = new Error('HTTP ' + xhr.status + ' for ' + url);
      }
      for (i = 0; i < callbacks.length; i++) { callbacks[i](error, value); }
    };
    try { xhr.send(); } catch (e) { delete this.waiting[url]; done(e, null); }
  };

  Index.prototype.load = function (done) {
    var self = this;
    if (this.manifest) { done(null); return; }
    this.get('search/manifest.json' + (this.fresh ? '?' + this.fresh : ''), function (error, manifest) {
      if (!error) { self.manifest = manifest; }
      /* a manifest of another format: cached from a deployment before this engine's (searchFresh fetches it again) */
      done(error || (manifest.v !== 4 ? new Error('search index format ' + manifest.v) : null));
    });
  };

  /*
   * A manifest cached from before a new deployment names files that are gone (hosts cache it for minutes; the other
   * files never change under their name). Once, fetch it again past the cache and retry.
   */
  Index.prototype.searchFresh = function (query, limit, done) {
    var self = this;
    this.search(query, limit, function (error, answer) {
      if (!error || self.fresh || !self.manifest) { done(error, answer); return; }
      self.fresh = String(new Date().getTime());
      self.manifest = null;
      self.search(query, limit, done);
    });
  };

  /* The shards a term needs: a CJK token's bucket; for a word, the shard of its longest prefix key, and when it is
     still being typed also the shards whose key it begins, if there are few: a short prefix on a large site ("3" on
     10,000 pages begins hundreds) would cost more than the next keystroke, which narrows it. */
  Index.prototype.shardsFor = function (term) {
    var m = this.manifest, words = m.words, keys = [], best = -1, i;
    if (!term.word) { return ['h' + bucketOf(term.token, m.buckets)]; }
    for (i = 0; i < words.length; i++) {
      if (term.token.indexOf(words[i]) === 0) {
        if (best < 0 || words[i].length > words[best].length) { best = i; }
      } else if (term.prefix && words[i].indexOf(term.token) === 0) {
        keys.push('w' + i);
      }
    }
    if (keys.length > 4) { keys = []; }
    if (best >= 0) { keys.unshift('w' + best); }
    return keys;
  };

  Index.prototype.path = function (key) { return 'search/s-' + this.manifest.set + '-' + key + '.json'; };

  function decode(list, into) { /* [doc delta, score, ...] -> {doc: score} */
    var doc = 0, i;
    for (i = 0; i + 1 < list.length; i += 2) { doc += list[i]; into[doc] = list[i + 1]; }
    return into;
  }

  /*
   * One token's postings as far as they are loaded, its scores times factor (0.7 for a word completed from a prefix).
   * A token split by the build (an object, not an array) starts with its best sections; the rest are in blocks of
   * section ranges d, files x, x+1, …, none scoring more than m (FORMAT.md).
   */
  function Postings(entry, factor) {
    var split = !(entry instanceof Array);
    this.f = factor;
    this.known = decode(split ? entry.p : entry, {});
    this.n = split ? entry.n : entry.length / 2;
    this.m = split ? entry.m : 0;
    this.x = split ? entry.x : 0;
    this.d = split ? entry.d : [];
    this.loaded = [];
    this.left = this.d.length;
  }

  /* the block whose range holds doc, or -1 */
  Postings.prototype.block = function (doc) {
    var d = this.d, lo = 0, hi = d.length - 1, mid;
    if (!d.length || doc < d[0]) { return -1; }
    while (lo < hi) {
      mid = (lo + hi + 1) >> 1;
      if (d[mid] <= doc) { lo = mid; } else { hi = mid - 1; }
    }
    return lo;
  };

  /* the most doc may still score here: 0 when it is known not to be here */
  Postings.prototype.unknown = function (doc) {
    var b = this.block(doc);
    return b >= 0 && !this.loaded[b] ? this.m * this.f : 0;
  };

  Postings.prototype.take = function (b, list) {
    if (!this.loaded[b]) { this.loaded[b] = true; this.left--; decode(list, this.known); }
  };

  Index.prototype.search = function (query, limit, done) {
    var self = this, parsed = parseQuery(query);
    if (!parsed.terms.length) { done(null, { hits: [], total: 0, fragments: [] }); return; }
    this.load(function (error) {
      if (error) { done(error); return; }
      var needed = {}, paths = [], i, j, keys;
      for (i = 0; i < parsed.terms.length; i++) {
        keys = self.shardsFor(parsed.terms[i]);
        parsed.terms[i].shards = keys;
        for (j = 0; j < keys.length; j++) {
          if (!needed.hasOwnProperty(keys[j])) { needed[keys[j]] = true; paths.push(self.path(keys[j])); }
        }
      }
      self.getAll(paths, function (error) {
        if (error) { done(error); return; }
        self.rank(parsed, self.postings(parsed), limit, done);
      });
    });
  };

  Index.prototype.getAll = function (paths, done) {
    var left = paths.length, failed = null, i;
    if (!left) { done(null); return; }
    function one(error) {
      failed = failed || error;
      if (--left === 0) { done(failed); }
    }
    for (i = 0; i < paths.length; i++) { this.get(paths[i], one); }
  };

  /* For each term, the postings of every token it matches in its shards. */
  Index.prototype.postings = function (parsed) {
    var terms = [], i, k, term, lists, shard, token;
    for (i = 0; i < parsed.terms.length; i++) {
      term = parsed.terms[i];
      lists = [];
      for (k = 0; k < term.shards.length; k++) {
        shard = this.files[this.root + this.path(term.shards[k])];
        for (token in shard) {
          if (!shard.hasOwnProperty(token)) { continue; }
          if (token === term.token) {
            lists.push(new Postings(shard[token], 1));
          } else if (term.prefix && token.indexOf(term.token) === 0) {
            lists.push(new Postings(shard[token], 0.7));
          }
        }
      }
      terms.push(lists);
    }
    return terms;
  };

  /*
   * What the loaded postings prove (a threshold algorithm over the heads). A section holding every term scores the sum
   * of its terms' scores; it is settled when no unloaded block could raise it, and ready when settled and no section
   * that is unsettled or not yet seen could score more. Returns the ready sections best first, the blocks that would
   * settle the sections that could still reach the need-th place, and whether all is known (nothing unseen can match).
   */
  function settle(terms, need) {
    var seen = {}, docs = [], exact = [], open = [], unseen = 0, wanted = [], asked = {}, top, floor, t, j, l, d, doc;
    var score, up, best, bound, settled, bounded, ready = [];
    for (t = 0; t < terms.length; t++) {
      bound = -Infinity;
      for (j = 0; j < terms[t].length; j++) {
        l = terms[t][j];
        for (d in l.known) { if (l.known.hasOwnProperty(d) && !seen.hasOwnProperty(d)) { seen[d] = true; docs.push(+d); } }
        if (l.left) { bound = Math.max(bound, l.m * l.f); }
      }
      unseen += bound;
    }
    for (d = 0; d < docs.length; d++) {
      doc = docs[d];
      score = 0; up = 0; settled = true;
      for (t = 0; t < terms.length && up >= 0; t++) {
        best = -1; bound = 0;
        for (j = 0; j < terms[t].length; j++) {
          l = terms[t][j];
          if (l.known.hasOwnProperty(doc)) { best = Math.max(best, l.known[doc] * l.f); } else { bound = Math.max(bound, l.unknown(doc)); }
        }
        if (best < 0 && !bound) { up = -1; } /* not in this term: not a hit */
        settled = settled && bound <= best;
        score += best;
        up += Math.max(best, bound);
      }
      if (up < 0) { continue; }
      if (settled) { exact.push({ doc: doc, score: score }); } else { open.push({ doc: doc, up: up }); }
    }
    exact.sort(function (a, b) { return b.score - a.score || a.doc - b.doc; });
    floor = exact.length >= need ? exact[need - 1].score : -Infinity;
    function ask(t, j, b) {
      var key = t + ' ' + j + ' ' + b;
      if (b >= 0 && !terms[t][j].loaded[b] && !asked.hasOwnProperty(key)) { asked[key] = true; wanted.push({ list: terms[t][j], b: b }); }
    }
    top = unseen;
    for (d = 0; d < open.length; d++) {
      top = Math.max(top, open[d].up);
      if (open[d].up <= floor) { continue; }
      for (t = 0; t < terms.length; t++) {
        for (j = 0; j < terms[t].length; j++) {
          if (!terms[t][j].known.hasOwnProperty(open[d].doc)) { ask(t, j, terms[t][j].block(open[d].doc)); }
        }
      }
    }
    if (unseen > floor) { /* a section no head holds could still rank: read all the blocks */
      for (t = 0; t < terms.length; t++) {
        for (j = 0; j < terms[t].length; j++) {
          for (bounded = 0; bounded < terms[t][j].d.length; bounded++) { ask(t, j, bounded); }
        }
      }
    }
    for (d = 0; d < exact.length && exact[d].score >= top; d++) { ready.push(exact[d]); }
    return { ready: ready, wanted: wanted, exact: exact.length, sure: unseen === -Infinity && !open.length };
  }

  Index.prototype.blocks = function (wanted, done) {
    var self = this, left = wanted.length, failed = null, i;
    function one(item) {
      return function (error, list) {
        if (!error) { item.list.take(item.b, list); }
        failed = failed || error;
        if (--left === 0) { done(failed); }
      };
    }
    for (i = 0; i < wanted.length; i++) { this.get(this.path('x' + (wanted[i].list.x + wanted[i].b)), one(wanted[i])); }
  };

  Index.prototype.rank = function (parsed, terms, limit, done) {
    var self = this, hits = [], taken = {}, takenCount = 0, confirmNeeded = false, i;
    for (i = 0; i < parsed.fragments.length; i++) {
      if (codePoints(parsed.fragments[i]).length > 2 && isCjk(parsed.fragments[i].charCodeAt(0))) { confirmNeeded = true; }
    }
    function finish(state) {
      var left = state.exact - takenCount, total = hits.length + left, partial = !state.sure;
      if (partial && terms.length === 1 && terms[0].length === 1 && !confirmNeeded) { total = terms[0][0].n; partial = false; }
      done(null, { hits: hits, total: total, partial: partial, fragments: parsed.fragments });
    }
    function step() {
      var state = settle(terms, takenCount + limit - hits.length), slice = [], left, k;
      if (state.ready.length < takenCount + limit - hits.length && state.wanted.length) {
        self.blocks(state.wanted, function (error) { if (error) { done(error); } else { step(); } });
        return;
      }
      for (k = 0; k < state.ready.length && slice.length < limit - hits.length; k++) {
        if (!taken.hasOwnProperty(state.ready[k].doc)) { taken[state.ready[k].doc] = true; takenCount++; slice.push(state.ready[k]); }
      }
      if (hits.length >= limit || !slice.length) { finish(state); return; }
      left = slice.length;
      var failed = null;
      for (k = 0; k < slice.length; k++) {
        (function (hit) {
          /* texts come in groups of manifest.group sections: hits in one group share its file, fetched once (get) */
          var manifest = self.manifest, at = hit.doc % manifest.group;
          self.get('search/c-' + manifest.set + '-' + (hit.doc - at) / manifest.group + '.json', function (error, group) {
            hit.chunk = group && group[at];
            failed = failed || error || (hit.chunk ? null : new Error('no text for section ' + hit.doc));
            if (--left === 0) {
              if (failed) { done(failed); return; }
              for (var m = 0; m < slice.length; m++) {
                if (!confirmNeeded || confirms(slice[m].chunk, parsed.fragments)) { hits.push(slice[m]); }
              }
              step();
            }
          });
        }(slice[k]));
      }
    }
    step();
  };

  /* What the build indexed for a section: heading, the headings above it, the body; the page title on its lead. */
  function indexedText(chunk) {
    return normalize([chunk.a ? '' : chunk.t, chunk.h, (chunk.p || []).join(' '), chunk.x].join(' '));
  }

  /* Removes the false positives of bigrams: 人工 工智 智能 in three places is not 人工智能. */
  function confirms(chunk, fragments) {
    var text = indexedText(chunk), i;
    for (i = 0; i < fragments.length; i++) {
      if (isCjk(fragments[i].charCodeAt(0)) && text.indexOf(fragments[i]) < 0) { return false; }
    }
    return true;
  }

  /* ---- Snippets: escaped text with <mark>, built as DOM nodes so content never becomes markup ---- */

  /* The body normalised code point by code point, with a map back to the original positions. */
  function foldedWithMap(text) {
    var chars = codePoints(text), folded = '', map = [], i, j, f, offset = 0;
    for (i = 0; i < chars.length; i++) {
      f = normalize(chars[i].s);
      for (j = 0; j < f.length; j++) { map.push(offset); }
      folded += f;
      offset += chars[i].s.length;
    }
    map.push(offset);
    return { text: folded, map: map };
  }

  function appendMarked(parent, text, fragments) {
    var folded = foldedWithMap(text), ranges = [], i, at, from, to, pos = 0, mark;
    for (i = 0; i < fragments.length; i++) {
      if (!fragments[i]) { continue; }
      at = folded.text.indexOf(fragments[i]);
      while (at >= 0) {
        ranges.push([folded.map[at], folded.map[at + fragments[i].length]]);
        at = folded.text.indexOf(fragments[i], at + fragments[i].length);
      }
    }
    ranges.sort(function (a, b) { return a[0] - b[0] || b[1] - a[1]; });
    for (i = 0; i < ranges.length; i++) {
      from = ranges[i][0];
      to = ranges[i][1];
      if (from < pos) { continue; }
      if (from > pos) { parent.appendChild(document.createTextNode(text.substring(pos, from))); }
      mark = document.createElement('mark');
      mark.appendChild(document.createTextNode(text.substring(from, to)));
      parent.appendChild(mark);
      pos = to;
    }
    if (pos < text.length) { parent.appendChild(document.createTextNode(text.substring(pos))); }
  }

  function snippetText(body, fragments) {
    var folded = foldedWithMap(body), first = -1, i, at, start, end;
    for (i = 0; i < fragments.length; i++) {
      at = fragments[i] ? folded.text.indexOf(fragments[i]) : -1;
      if (at >= 0 && (first < 0 || at < first)) { first = at; }
    }
    first = first < 0 ? 0 : folded.map[first];
    start = Math.max(0, first - 30);
    end = Math.min(body.length, start + 120);
    return (start > 0 ? '…' : '') + body.substring(start, end) + (end < body.length ? '…' : '');
  }

  /* ---- User interface ---- */

  function text(form, key, n, q) {
    return (form.getAttribute('data-label-' + key) || '').replace('{n}', String(n)).replace('{q}', q);
  }

  function renderHits(list, hits, fragments, root) {
    var i, hit, item, link, title, page, snippet;
    while (list.firstChild) { list.removeChild(list.firstChild); }
    for (i = 0; i < hits.length; i++) {
      hit = hits[i].chunk;
      item = document.createElement('li');
      item.className = 'search-hit';
      link = document.createElement('a');
      link.href = root + hit.u + (hit.a ? '#' + hit.a : '');
      title = document.createElement('span');
      title.className = 'search-hit-title';
      appendMarked(title, hit.h || hit.t, fragments);
      link.appendChild(title);
      if (hit.h && hit.h !== hit.t) {
        page = document.createElement('span');
        page.className = 'search-hit-page';
        page.appendChild(document.createTextNode(hit.t));
        link.appendChild(page);
      }
      item.appendChild(link);
      if (hit.x) {
        snippet = document.createElement('p');
        snippet.className = 'search-hit-snippet';
        appendMarked(snippet, snippetText(hit.x, fragments), fragments);
        item.appendChild(snippet);
      }
      list.appendChild(item);
    }
  }

  function queryFromLocation() {
    var match = /[?&]q=([^&#]*)/.exec(window.location.search);
    if (!match) { return ''; }
    try { return decodeURIComponent(match[1].replace(/\+/g, ' ')); } catch (e) { return match[1]; }
  }

  function setup(form) {
    var input = form.querySelector('[data-search-input]'),
      status = form.querySelector('[data-search-status]'),
      dropdown = form.querySelector('[data-search-dropdown]'),
      results = document.querySelector('[data-search-results]'),
      empty = document.querySelector('[data-search-empty]'),
      more = document.querySelector('[data-search-more]'),
      pageLimit = 20,
      index = new Index(form.getAttribute('data-search-index')),
      timer = null, sequence = 0;
    if (!input || !status) { return; }

    function show(query, answer) {
      var onPage = !!results, list = onPage ? results : dropdown;
      if (!list) { return; }
      renderHits(list, answer.hits, answer.fragments, index.root);
      if (onPage) {
        if (empty) { empty.hidden = !!query && answer.total > 0 || !query; }
        if (more) { more.hidden = !(answer.partial || answer.total > answer.hits.length); }
      } else {
        dropdown.hidden = answer.hits.length === 0;
      }
      /* partial: the common terms' postings are not all read, so the count is a floor: "20+" */
      status.textContent = !query ? '' : answer.total ? text(form, 'count', answer.total + (answer.partial ? '+' : ''), query)
        : text(form, 'none', 0, query);
    }

    function run(query) {
      var mine = ++sequence, limit = results ? pageLimit : 8;
      if (!query.replace(/\s+/g, '')) { show('', { hits: [], total: 0, fragments: [] }); return; }
      if (!index.manifest) { status.textContent = text(form, 'loading', 0, query); }
      index.searchFresh(query, limit, function (error, answer) {
        if (mine !== sequence) { return; } /* a later keystroke already asked again */
        if (error) { status.textContent = text(form, 'failed', 0, query); return; }
        show(query, answer);
      });
    }

    function clear() {
      input.value = '';
      run('');
      input.focus();
    }

    /* the drop-down closes when the reader clicks elsewhere, and comes back when they return to the field */
    document.addEventListener('click', function (event) {
      if (dropdown && !form.contains(event.target)) { dropdown.hidden = true; }
    });
    input.addEventListener('focus', function () {
      if (dropdown && dropdown.firstChild && input.value) { dropdown.hidden = false; }
    });

    if (more) {
      more.addEventListener('click', function () {
        pageLimit += 20;
        run(input.value);
      });
    }

    input.addEventListener('input', function () {
      pageLimit = 20;
      if (timer) { clearTimeout(timer); }
      timer = setTimeout(function () {
        timer = null;
        if (results && window.history && history.replaceState) {
          history.replaceState(null, '', '?q=' + encodeURIComponent(input.value));
        }
        run(input.value);
      }, 120);
    });

    form.addEventListener('keydown', function (event) {
      var links, current = -1, i;
      /* keyCode first: these virtual key codes mean the same key everywhere, where some engines name key wrongly */
      var key = { 27: 'Escape', 38: 'ArrowUp', 40: 'ArrowDown' }[event.keyCode] || event.key;
      if (key === 'Escape' || key === 'Esc') {
        event.preventDefault();
        clear();
        return;
      }
      if (key !== 'ArrowDown' && key !== 'ArrowUp' || !dropdown || dropdown.hidden) { return; }
      links = dropdown.querySelectorAll('a');
      for (i = 0; i < links.length; i++) { if (links[i] === document.activeElement) { current = i; } }
      event.preventDefault();
      if (key === 'ArrowDown' && current + 1 < links.length) { links[current + 1].focus(); }
      if (key === 'ArrowUp') { if (current > 0) { links[current - 1].focus(); } else { input.focus(); } }
    });

    if (results) {
      input.value = queryFromLocation();
      run(input.value);
    } else if (input.value) {
      run(input.value); /* typed while this file was on its way */
    }
  }

  /* Index is here for the benchmark (site/bench/scale/search-fetch.mjs), which drives this engine under Node */
  window.MicrositeSearch = { normalize: normalize, indexTokens: indexTokens, queryTerms: queryTerms, bucketOf: bucketOf,
    Index: Index };

  var forms = document.querySelectorAll('form[data-search-index]'), f;
  for (f = 0; f < forms.length; f++) {
    if (!forms[f].hasAttribute('data-search-ready')) {
      forms[f].setAttribute('data-search-ready', '');
      setup(forms[f]);
    }
  }
}());
