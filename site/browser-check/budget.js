#!/usr/bin/env node
/*
 * Page weight budget, two rules for every built page (gzip level 9; images, data downloads and the search index,
 * which loads only when the reader searches, are not counted):
 *  - weight: the page's HTML plus the CSS and JS it loads at most 30 KB;
 *  - top:    the HTML up to the end of the top of the page (the first paragraph after the <h1>, in the page's body
 *            where it has one: the lead or the first paragraph) plus the page's CSS at most 14 KB, so the first
 *            round trip of a new connection (about 14 KB) carries what the first screen needs. The CSS is a
 *            separate, render-blocking request that starts as soon as the <head> arrives; counting it with the
 *            HTML is the strict reading (one HTTP/2 connection shares the window). Scripts are deferred: not counted.
 * A page may have a recorded allowance in budget-allowances.json (its own ceiling and why); it then fails above
 * that ceiling instead, so a page known to be over cannot grow unnoticed.
 * Prints every page, largest first; exits 1 if any page fails.
 * Usage: node budget.js [--site DIR] [--limit KB] [--top KB]
 */
"use strict";

const fs = require("fs");
const path = require("path");
const zlib = require("zlib");

const args = process.argv.slice(2);
const option = (name, fallback) => (args.indexOf(name) >= 0 ? args[args.indexOf(name) + 1] : fallback);
const SITE = path.resolve(option("--site", path.join(__dirname, "..", "target", "microsite")));
const LIMIT = Number(option("--limit", "30")) * 1024;
const TOP_LIMIT = Number(option("--top", "14")) * 1024;
const ALLOWANCES = JSON.parse(fs.readFileSync(path.join(__dirname, "budget-allowances.json"), "utf8")).pages;

const gzBytes = (bytes) => zlib.gzipSync(bytes, { level: 9 }).length;
const gz = (file) => gzBytes(fs.readFileSync(file));

function pages(dir, prefix = "") {
  return fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name)).flatMap((entry) =>
    entry.isDirectory() ? pages(path.join(dir, entry.name), prefix + entry.name + "/")
      : entry.name.endsWith(".html") ? [prefix + entry.name] : []);
}

/* Where the top of the page ends: the first paragraph after the h1 (inside the body text where there is one). */
function topEnd(html) {
  const h1 = html.indexOf("</h1>", Math.max(0, html.indexOf("<main")));
  if (h1 < 0) return html.length;
  const body = html.indexOf('class="content-body"', h1);
  const from = Math.max(h1, body >= 0 && html.indexOf("</p>", body) >= 0 ? body : h1);
  const paragraph = html.indexOf("</p>", from);
  return paragraph >= 0 ? paragraph + "</p>".length : h1 + "</h1>".length;
}

if (!fs.existsSync(path.join(SITE, "index.html"))) {
  console.error("no built site in " + SITE + "; build it first: ./mvnw -B package -DskipTests");
  process.exit(2);
}

const rows = pages(SITE).map((page) => {
  const file = path.join(SITE, page);
  const html = fs.readFileSync(file, "utf8");
  const assets = [...html.matchAll(/<(?:link[^>]+rel="stylesheet"[^>]+href|script[^>]+src)="([^"]+)"/g)]
    .map((m) => m[1]).filter((href) => !/^[a-z]+:/.test(href));
  const resolved = assets.map((href) => href.startsWith("/")
    ? path.join(SITE, href.replace(/^\/[^/]+\//, "").replace(/^\//, "")) : path.join(path.dirname(file), href));
  const css = resolved.filter((f) => f.endsWith(".css")).reduce((sum, f) => sum + gz(f), 0);
  const js = resolved.filter((f) => f.endsWith(".js")).reduce((sum, f) => sum + gz(f), 0);
  const total = gz(file) + css + js;
  const top = gzBytes(Buffer.from(html.slice(0, topEnd(html)), "utf8")) + css;
  const allowance = ALLOWANCES[page];
  const limit = allowance ? allowance.kb * 1024 : LIMIT;
  const problems = [];
  if (total > limit) problems.push("weight over " + limit / 1024 + " KB");
  if (top > TOP_LIMIT) problems.push("top of the page over " + TOP_LIMIT / 1024 + " KB");
  return { page, html: gz(file), css, js, total, top, allowance, problems };
}).sort((a, b) => b.total - a.total || a.page.localeCompare(b.page));

const kb = (n) => (n / 1024).toFixed(1).padStart(5);
console.log("gzipped KB   total   html    css     js   top+css   page");
for (const r of rows) {
  const mark = r.problems.length ? "FAIL " : r.allowance ? "OVER " : "     ";
  console.log(mark + "     " + kb(r.total) + "  " + kb(r.html) + "  " + kb(r.css) + "  " + kb(r.js) + "     "
    + kb(r.top) + "   " + r.page + (r.problems.length ? "  (" + r.problems.join("; ") + ")" : "")
    + (r.allowance ? "  [allowance " + r.allowance.kb + " KB: " + r.allowance.why + "]" : ""));
}
const failed = rows.filter((r) => r.problems.length);
const allowed = rows.filter((r) => r.allowance && !r.problems.length);
const stale = Object.keys(ALLOWANCES).filter((page) => !rows.some((r) => r.page === page && r.total > LIMIT));
console.log("page budget " + LIMIT / 1024 + " KB, top of the page " + TOP_LIMIT / 1024 + " KB: "
  + (rows.length - failed.length - allowed.length) + " within, " + allowed.length + " over within a recorded allowance, "
  + failed.length + " failed");
for (const page of stale) {
  console.log("allowance for " + page + " is no longer needed (the page is within " + LIMIT / 1024
    + " KB or gone): remove it from budget-allowances.json");
}
process.exit(failed.length || stale.length ? 1 : 0);
