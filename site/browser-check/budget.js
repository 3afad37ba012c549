#!/usr/bin/env node
/*
 * Page weight budget: each page's HTML plus the CSS and JS it loads, gzipped (level 9), at most 30 KB; images, data
 * downloads and the search index are not counted. Prints every page, largest first; exits 1 over budget.
 * Usage: node budget.js [--site DIR] [--limit KB]
 */
"use strict";

const fs = require("fs");
const path = require("path");
const zlib = require("zlib");

const args = process.argv.slice(2);
const option = (name, fallback) => (args.indexOf(name) >= 0 ? args[args.indexOf(name) + 1] : fallback);
const SITE = path.resolve(option("--site", path.join(__dirname, "..", "target", "microsite")));
const LIMIT = Number(option("--limit", "30")) * 1024;

const gz = (file) => zlib.gzipSync(fs.readFileSync(file), { level: 9 }).length;

function pages(dir, prefix = "") {
  return fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name)).flatMap((entry) =>
    entry.isDirectory() ? pages(path.join(dir, entry.name), prefix + entry.name + "/")
      : entry.name.endsWith(".html") ? [prefix + entry.name] : []);
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
  return { page, html: gz(file), css, js, total: gz(file) + css + js };
}).sort((a, b) => b.total - a.total || a.page.localeCompare(b.page));

const kb = (n) => (n / 1024).toFixed(1).padStart(5);
console.log("gzipped KB   total   html    css     js   page");
for (const r of rows) {
  console.log((r.total > LIMIT ? "OVER " : "     ") + "     " + kb(r.total) + "  " + kb(r.html) + "  " + kb(r.css)
    + "  " + kb(r.js) + "   " + r.page);
}
const over = rows.filter((r) => r.total > LIMIT);
console.log("page budget " + LIMIT / 1024 + " KB: " + (rows.length - over.length) + " passed, " + over.length + " failed");
process.exit(over.length ? 1 : 0);
