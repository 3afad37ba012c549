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
      done(error);
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

  /* The shard holding a word: the longest shard prefix of it; with prefix, also the deeper shards it begins. */
  Index.prototype.shardsFor = function (term) {
    var shards = this.manifest.shards, keys = [], k, len;
    if (!term.word) { return ['h' + bucketOf(term.token, this.manifest.buckets)]; }
    for (len = term.token.length; len >= 0; len--) {
      if (shards.hasOwnProperty('w' + term.token.substr(0, len))) { keys.push('w' + term.token.substr(0, len)); break; }
    }
    if (term.prefix) {
      for (k in shards) {
        if (shards.hasOwnProperty(k) && k.length > term.token.length + 1 && k.indexOf('w' + term.token) === 0) { keys.push(k); }
      }
    }
    return keys;
  };

  function decode(list) { /* [doc delta, score, ...] -> {doc: score} */
    var out = {}, doc = 0, i;
    for (i = 0; i + 1 < list.length; i += 2) { doc += list[i]; out[doc] = list[i + 1]; }
    return out;
  }

  /*
   * Finds the sections holding every term, best first (the scores are BM25 with the heading boost, computed by the
   * build), then confirms the best ones against their text until `limit` hits are confirmed. done(error, result)
   * with result = {hits: [{doc, score, chunk}], total}.
   */
  Index.prototype.search = function (query, limit, done) {
    var self = this, parsed = parseQuery(query);
    if (!parsed.terms.length) { done(null, { hits: [], total: 0, fragments: [] }); return; }
    this.load(function (error) {
      if (error) { done(error); return; }
      var needed = {}, list = [], i, j, keys;
      for (i = 0; i < parsed.terms.length; i++) {
        keys = self.shardsFor(parsed.terms[i]);
        parsed.terms[i].shards = keys;
        for (j = 0; j < keys.length; j++) {
          if (!needed.hasOwnProperty(keys[j])) { needed[keys[j]] = true; list.push(keys[j]); }
        }
      }
      self.getAll(list, function (error) {
        if (error) { done(error); return; }
        self.rank(parsed, limit, done);
      });
    });
  };

  Index.prototype.getAll = function (keys, done) {
    var self = this, left = keys.length, failed = null, i;
    if (!left) { done(null); return; }
    function one() {
      return function (error) {
        failed = failed || error;
        if (--left === 0) { done(failed); }
      };
    }
    for (i = 0; i < keys.length; i++) {
      if (!this.manifest.shards.hasOwnProperty(keys[i])) { one()(null); continue; }
      this.get('search/' + this.manifest.shards[keys[i]], one());
    }
  };

  Index.prototype.postings = function (term) {
    var out = {}, i, k, shard, token, factor, list, doc, score;
    for (i = 0; i < term.shards.length; i++) {
      if (!this.manifest.shards.hasOwnProperty(term.shards[i])) { continue; }
      shard = this.files[this.root + 'search/' + this.manifest.shards[term.shards[i]]];
      for (token in shard) {
        if (!shard.hasOwnProperty(token)) { continue; }
        if (token === term.token) { factor = 1; } else if (term.prefix && token.indexOf(term.token) === 0) { factor = 0.7; } else { continue; }
        list = decode(shard[token]);
        for (doc in list) {
          if (list.hasOwnProperty(doc)) {
            score = list[doc] * factor;
            if (!out.hasOwnProperty(doc) || out[doc] < score) { out[doc] = score; }
          }
        }
      }
    }
    return out;
  };

  Index.prototype.rank = function (parsed, limit, done) {
    var self = this, scores = null, i, doc, postings, next, candidates = [], confirmNeeded = false;
    for (i = 0; i < parsed.terms.length; i++) {
      postings = this.postings(parsed.terms[i]);
      next = {};
      for (doc in postings) {
        if (postings.hasOwnProperty(doc) && (scores === null || scores.hasOwnProperty(doc))) {
          next[doc] = (scores === null ? 0 : scores[doc]) + postings[doc];
        }
      }
      scores = next;
    }
    for (doc in scores) { if (scores.hasOwnProperty(doc)) { candidates.push({ doc: +doc, score: scores[doc] }); } }
    candidates.sort(function (a, b) { return b.score - a.score || a.doc - b.doc; });
    for (i = 0; i < parsed.fragments.length; i++) {
      if (codePoints(parsed.fragments[i]).length > 2 && isCjk(parsed.fragments[i].charCodeAt(0))) { confirmNeeded = true; }
    }
    var hits = [], position = 0;
    function batch() {
      if (hits.length >= limit || position >= candidates.length) {
        done(null, { hits: hits, total: hits.length + candidates.length - position, fragments: parsed.fragments });
        return;
      }
      var slice = candidates.slice(position, position + limit - hits.length), left = slice.length, failed = null, k;
      position += slice.length;
      for (k = 0; k < slice.length; k++) {
        (function (hit) {
          self.get('search/c-' + self.manifest.chunks + '-' + hit.doc + '.json', function (error, chunk) {
            failed = failed || error;
            hit.chunk = chunk;
            if (--left === 0) {
              if (failed) { done(failed); return; }
              for (var m = 0; m < slice.length; m++) {
                if (!confirmNeeded || confirms(slice[m].chunk, parsed.fragments)) { hits.push(slice[m]); }
              }
              batch();
            }
          });
        }(slice[k]));
      }
    }
    batch();
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
        if (more) { more.hidden = !(answer.total > answer.hits.length); }
      } else {
        dropdown.hidden = answer.hits.length === 0;
      }
      status.textContent = !query ? '' : answer.total ? text(form, 'count', answer.total, query) : text(form, 'none', 0, query);
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

  window.MicrositeSearch = { normalize: normalize, indexTokens: indexTokens, queryTerms: queryTerms, bucketOf: bucketOf };

  var forms = document.querySelectorAll('form[data-search-index]'), f;
  for (f = 0; f < forms.length; f++) {
    if (!forms[f].hasAttribute('data-search-ready')) {
      forms[f].setAttribute('data-search-ready', '');
      setup(forms[f]);
    }
  }
}());
