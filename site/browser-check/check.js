#!/usr/bin/env node
/*
 * The browser check of the built site (run by .ci/run after the Maven build; see README "Browser check").
 *
 * Serves site/target/microsite under a project path (/aigc-report/, as GitHub Pages would) from 127.0.0.1, loads every
 * page in Debian's Chromium at 360×740 (light scheme) and 1280×800 (dark scheme), then does the same for
 * site/target/microsite-long-title (see SITES), and fails when a page
 *   - scrolls sideways, or has text overflowing its box (a box wider inside than outside that does not scroll);
 *   - breaks a line between a number and its unit (span.qty drawn as more than one box);
 *   - has a header search field narrower than its placeholder, or a result count ("1234+ results") that would take
 *     more than one line or overflow;
 *   - logs a console error (CSP violations included) or throws;
 *   - has a failed request, a request answered >= 400, or any request outside the site;
 *   - has a keyboard stop inside a box clipped away for screen readers (focusable but unseen);
 *   - has a control (link, button, summary, field) smaller than 24 × 24 px, except a link inside a sentence or a
 *     link with no other control within a 24 px circle of its centre (WCAG 2.5.8's inline and spacing exceptions);
 *   - has any axe-core violation (every rule axe runs by default, both colour schemes);
 *   - moves its content as it loads: a cumulative layout shift above 0.1 (the "good" limit of Core Web Vitals),
 *     measured once the page has loaded, and on the results page of a linked search (search/?q=…) once the
 *     results are shown.
 * With --screenshots it also writes the 360 px screenshots shown in the README to site/screenshots/.
 *
 * Usage: node check.js [--site DIR [--query WORDS]] [--screenshots] [--only PATH-SUBSTRING]
 * Environment: CHROMIUM (default /usr/bin/chromium).
 */
"use strict";

const fs = require("fs");
const http = require("http");
const path = require("path");
const { chromium } = require("playwright-core");

const args = process.argv.slice(2);
const option = (name, fallback) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : fallback;
};
const TARGET = path.join(__dirname, "..", "target");
/*
 * The report, and a small English site (browser-check/long-title-site/, built by site/pom.xml in `verify`) whose
 * long Latin title leaves the header's search field no room beside it, which the report's short title never does.
 * --site DIR checks that folder only (searching for --query, default 金融).
 */
const SITES = args.includes("--site")
  ? [{ dir: path.resolve(option("--site")), query: option("--query", "金融"), label: "" }]
  : [{ dir: path.join(TARGET, "microsite"), query: "金融", label: "" },
    { dir: path.join(TARGET, "microsite-long-title"), query: "header", label: "long-title " }];
const SCREENSHOTS = args.includes("--screenshots");
const ONLY = option("--only", "");
const BASE = "/aigc-report/";
const VIEWPORTS = [
  { name: "360", width: 360, height: 740, colorScheme: "light" },
  { name: "1280", width: 1280, height: 800, colorScheme: "dark" },
];
const searchWithQuery = (query) => "search/index.html?q=" + encodeURIComponent(query);
const MAX_LAYOUT_SHIFT = 0.1;
const TYPES = {
  ".html": "text/html; charset=utf-8", ".css": "text/css; charset=utf-8", ".js": "text/javascript; charset=utf-8",
  ".json": "application/json", ".svg": "image/svg+xml", ".png": "image/png", ".jpg": "image/jpeg",
  ".csv": "text/csv; charset=utf-8", ".txt": "text/plain; charset=utf-8", ".xml": "application/xml",
  ".ico": "image/x-icon", ".webmanifest": "application/manifest+json",
};

function htmlPages(dir, prefix = "") {
  const pages = [];
  for (const entry of fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
    const relative = prefix + entry.name;
    if (entry.isDirectory()) {
      pages.push(...htmlPages(path.join(dir, entry.name), relative + "/"));
    } else if (entry.name.endsWith(".html")) {
      pages.push(relative);
    }
  }
  return pages;
}

function serve(root) {
  const server = http.createServer((request, response) => {
    const url = new URL(request.url, "http://127.0.0.1");
    let file = null;
    if (url.pathname.startsWith(BASE)) {
      file = path.normalize(path.join(root, decodeURIComponent(url.pathname.slice(BASE.length))));
      if (file.startsWith(root) && fs.existsSync(file) && fs.statSync(file).isDirectory()) {
        file = path.join(file, "index.html");
      }
    }
    if (!file || !file.startsWith(root) || !fs.existsSync(file) || !fs.statSync(file).isFile()) {
      response.writeHead(404).end();
      return;
    }
    response.writeHead(200, { "Content-Type": TYPES[path.extname(file)] || "application/octet-stream" });
    response.end(fs.readFileSync(file));
  });
  return new Promise((resolve) => server.listen(0, "127.0.0.1", () => resolve(server)));
}

/* Runs inside the page: the cumulative layout shift so far (shifts right after a reader's input do not count). */
function layoutShift() {
  return new Promise((resolve) => {
    let total = 0;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) {
        if (!entry.hadRecentInput) total += entry.value;
      }
    }).observe({ type: "layout-shift", buffered: true });
    setTimeout(() => resolve(total), 200);
  });
}

/* Runs inside the page: layout and tap-target problems, as strings. */
function layoutProblems() {
  const problems = [];
  const describe = (element) => {
    let text = element.tagName.toLowerCase();
    if (element.id) text += "#" + element.id;
    if (element.classList.length) text += "." + Array.from(element.classList).join(".");
    const words = (element.textContent || "").replace(/\s+/g, " ").trim().slice(0, 30);
    return words ? text + " \"" + words + "\"" : text;
  };
  const rendered = (element) => {
    /* Not inside a closed <details>, not hidden by content-visibility or visibility. */
    if (element.checkVisibility && !element.checkVisibility({ contentVisibilityAuto: true, visibilityProperty: true })) {
      return false;
    }
    const style = getComputedStyle(element);
    if (style.visibility === "hidden" || style.display === "none" || element.closest("[hidden], .visually-hidden")) {
      return false;
    }
    const rect = element.getBoundingClientRect();
    return rect.width > 0 && rect.height > 0;
  };
  const root = document.documentElement;
  if (root.scrollWidth > window.innerWidth) {
    problems.push("the page scrolls sideways: " + root.scrollWidth + " px wide in a " + window.innerWidth + " px window");
  }
  for (const element of document.body.querySelectorAll("*")) {
    const style = getComputedStyle(element);
    if (style.display === "inline" || style.display === "contents" || !rendered(element)) continue;
    if (element.matches("svg *, .visually-hidden, .skip-link, table *")) continue;
    /* Visually hidden on purpose (a label for screen readers): clipped to a pixel. */
    if (style.clip !== "auto" || element.clientWidth <= 1) continue;
    const scrolls = ["auto", "scroll"].includes(style.overflowX);
    if (!scrolls && element.scrollWidth > element.clientWidth + 1 && element.clientWidth > 0) {
      problems.push("text overflows its box: " + describe(element) + " (" + element.scrollWidth + " px in "
        + element.clientWidth + " px)");
    }
  }
  /* A number and its unit (span.qty, link/NumberUnits) stay on one line: one box, never split by a line break. */
  for (const quantity of document.querySelectorAll("span.qty")) {
    if (rendered(quantity) && quantity.getClientRects().length > 1) {
      problems.push("a number is split from its unit: " + describe(quantity));
    }
  }
  const controls = "a[href], button, summary, input, select, textarea, [tabindex]:not([tabindex='-1'])";
  /* Every keyboard stop can be seen: none inside a box clipped away for screen readers (e.g. a stacked table's
     header row on a phone). The skip link is hidden until it is focused, on purpose. */
  for (const control of document.querySelectorAll(controls)) {
    if (control.matches(".skip-link") || control.disabled || control.closest("[hidden], [inert]")) continue;
    if (control.checkVisibility && !control.checkVisibility({ visibilityProperty: true })) continue;
    for (let box = control; box; box = box.parentElement) {
      if (getComputedStyle(box).clip !== "auto") {
        problems.push("a keyboard stop the reader cannot see (inside a clipped box): " + describe(control));
        break;
      }
    }
  }
  const targets = [];
  for (const control of document.querySelectorAll(controls)) {
    if (!rendered(control) || control.matches(".skip-link")) continue;
    const style = getComputedStyle(control);
    let inSentence = false;
    if (style.display === "inline") {
      const block = control.parentElement.closest("p, li, td, th, dd, dt, figcaption, div, span:not(.backrefs)");
      const own = (control.textContent || "").trim();
      const around = block ? (block.textContent || "").replace(own, "").trim() : "";
      inSentence = around.length > 0;
    }
    targets.push({ control, rect: control.getBoundingClientRect(), inline: style.display === "inline", inSentence });
  }
  /*
   * WCAG 2.5.8: a control is at least 24 × 24 px. Exceptions kept here: a link inside a sentence, and a link
   * (display: inline, the only controls allowed to be smaller) with room around it: a 24 px circle on its
   * centre meets no other control. Buttons, summaries, fields and block links get no exception.
   */
  const small = (t) => t.rect.width < 24 || t.rect.height < 24;
  const centre = (r) => ({ x: r.left + r.width / 2, y: r.top + r.height / 2 });
  const distanceToRect = (p, r) => Math.hypot(Math.max(r.left - p.x, 0, p.x - r.right), Math.max(r.top - p.y, 0, p.y - r.bottom));
  for (const target of targets) {
    if (!small(target) || target.inSentence) continue;
    if (target.inline) {
      const c = centre(target.rect);
      const crowded = targets.some((other) => other !== target && (small(other)
        ? Math.hypot(centre(other.rect).x - c.x, centre(other.rect).y - c.y) < 24
        : distanceToRect(c, other.rect) < 12));
      if (!crowded) continue;
    }
    problems.push("tap target smaller than 24 × 24 px: " + describe(target.control) + " ("
      + Math.round(target.rect.width) + " × " + Math.round(target.rect.height) + ")");
  }
  return problems;
}

/*
 * Runs inside the page: the header's search field shows its whole placeholder, and its
 * live result count ("1234+ results", the page's own label) is one line that fits. A title too long for the bar
 * used to squeeze the field to 67 px at 360 px ("Search (pr", "126 result/s"); it must wrap onto a row of its own
 * instead. The count is written into the status and taken out again in the same task: nothing is painted.
 */
function headerSearchProblems() {
  const problems = [];
  const form = document.querySelector(".site-header form.site-search");
  const field = form && form.querySelector("[data-search-input]");
  if (!field || !field.checkVisibility() || field.clientWidth === 0) return problems;
  const style = getComputedStyle(field);
  const pen = document.createElement("canvas").getContext("2d");
  pen.font = [style.fontStyle, style.fontWeight, style.fontSize, style.fontFamily].join(" ");
  const needed = Math.ceil(pen.measureText(field.placeholder).width);
  const room = field.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
  if (room < needed) {
    problems.push("the header's search field cuts its placeholder off: " + room + " px for the " + needed
      + " px of \"" + field.placeholder + "\"");
  }
  const status = form.querySelector("[data-search-status]");
  const shown = status.textContent;
  status.textContent = (form.getAttribute("data-label-count") || "{n}").replace("{n}", "1234+");
  const text = document.createRange();
  text.selectNodeContents(status);
  const boxes = Array.from(text.getClientRects());
  /* A second line starts below the first one's bottom (boxes of one line in two fonts overlap vertically). */
  if (boxes.some((box) => box.top >= boxes[0].bottom - 1)) {
    problems.push("the search result count takes more than one line: \"" + status.textContent + "\" in "
      + status.clientWidth + " px");
  }
  if (status.scrollWidth > status.clientWidth + 1) {
    problems.push("the search result count overflows its box: \"" + status.textContent + "\" ("
      + status.scrollWidth + " px in " + status.clientWidth + " px)");
  }
  status.textContent = shown;
  return problems;
}

async function main() {
  for (const site of SITES) {
    if (!fs.existsSync(path.join(site.dir, "index.html"))) {
      console.error("no built site in " + site.dir + "; build it first: ./mvnw -B verify");
      process.exit(2);
    }
  }
  const axeSource = fs.readFileSync(require.resolve("axe-core/axe.min.js"), "utf8");
  const profile = fs.mkdtempSync(path.join(require("os").tmpdir(), "microsite-chromium-"));
  const browser = await chromium.launchPersistentContext(profile, {
    executablePath: process.env.CHROMIUM || "/usr/bin/chromium",
    headless: true,
    args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
      "--no-first-run", "--disable-default-apps", "--disable-sync", "--disable-extensions"],
    viewport: { width: 360, height: 740 },
  });
  let passed = 0;
  let failed = 0;
  let checked = 0;
  let interacted = false;
  const started = Date.now();
  try {
    for (const site of SITES) {
      const server = await serve(site.dir);
      const origin = "http://127.0.0.1:" + server.address().port;
      // A search linked from elsewhere (search/index.html?q=…) fills its page after loading: checked as a page too.
      const withQuery = searchWithQuery(site.query);
      const pages = [...htmlPages(site.dir), withQuery].filter((page) => page.includes(ONLY));
      checked += pages.length;
      try {
        for (const viewport of VIEWPORTS) {
          const tab = await browser.newPage();
          await tab.setViewportSize({ width: viewport.width, height: viewport.height });
          await tab.emulateMedia({ colorScheme: viewport.colorScheme });
          for (const page of pages) {
            const problems = [];
            const onConsole = (message) => {
              if (message.type() === "error") problems.push("console error: " + message.text());
            };
            const onError = (error) => problems.push("script error: " + error.message);
            const onRequest = (request) => {
              const url = request.url();
              if (!url.startsWith(origin + BASE) && !url.startsWith("data:")) {
                problems.push("request outside the site: " + url);
              }
            };
            const onFailed = (request) => problems.push("failed request: " + request.url() + " ("
              + (request.failure() ? request.failure().errorText : "?") + ")");
            const onResponse = (response) => {
              if (response.status() >= 400) problems.push("HTTP " + response.status() + ": " + response.url());
            };
            tab.on("console", onConsole);
            tab.on("pageerror", onError);
            tab.on("request", onRequest);
            tab.on("requestfailed", onFailed);
            tab.on("response", onResponse);
            const url = origin + BASE + page;
            const answer = await tab.goto(url, { waitUntil: "load" });
            if (!answer || !answer.ok()) problems.push("page did not load: " + (answer ? answer.status() : "no answer"));
            await tab.evaluate(() => document.fonts.ready);
            if (page === withQuery) {
              await tab.waitForFunction(() => document.querySelector("[data-search-results] > *")
                || !document.querySelector("[data-search-empty]").hidden, null, { timeout: 10000 })
                .catch(() => problems.push("the search for " + site.query + " showed neither results nor 'nothing found'"));
            }
            const shift = await tab.evaluate(layoutShift);
            if (shift > MAX_LAYOUT_SHIFT) {
              problems.push("layout shift " + shift.toFixed(3) + " while loading (at most " + MAX_LAYOUT_SHIFT
                + "): content moves under the reader; reserve its room before it arrives");
            }
            problems.push(...await tab.evaluate(layoutProblems));
            problems.push(...await tab.evaluate(headerSearchProblems));
            await tab.evaluate(axeSource);
            const violations = await tab.evaluate(async () => {
              const result = await window.axe.run(document, { resultTypes: ["violations"] });
              return result.violations.map((v) => v.id + " (" + v.impact + "): " + v.help + " — "
                + v.nodes.slice(0, 3).map((n) => n.target.join(" ")).join(", "));
            });
            problems.push(...violations.map((v) => "axe " + viewport.colorScheme + ": " + v));
            if (viewport.name === "360" && !interacted && await tab.$("details.contents")) {
              interacted = true;
              problems.push(...await interactions(tab));
            }
            if (SCREENSHOTS && viewport.name === "360" && site === SITES[0]) {
              await screenshot(tab, page);
            }
            tab.off("console", onConsole);
            tab.off("pageerror", onError);
            tab.off("request", onRequest);
            tab.off("requestfailed", onFailed);
            tab.off("response", onResponse);
            const label = viewport.name + " " + site.label + page;
            if (problems.length) {
              failed++;
              console.log("FAIL " + label);
              for (const problem of [...new Set(problems)]) console.log("     " + problem);
            } else {
              passed++;
              console.log("ok   " + label);
            }
          }
          await tab.close();
        }
      } finally {
        server.close();
      }
    }
  } finally {
    await browser.close();
    fs.rmSync(profile, { recursive: true, force: true });
  }
  console.log("browser check: " + checked + " pages × " + VIEWPORTS.length + " sizes in "
    + ((Date.now() - started) / 1000).toFixed(1) + " s");
  console.log(passed + " passed, " + failed + " failed");
  process.exit(failed ? 1 : 0);
}

/*
 * What HtmlUnit cannot show (it does not toggle <details>), tried once on the first page with contents, at 360 px:
 * a tap opens the contents and the chapter menu, Escape closes the menu, a tap on a note marker opens its preview
 * (checked for overflow, tap targets and axe while open; Escape closes it), the theme toggle switches the scheme.
 */
async function interactions(tab) {
  const problems = [];
  const open = (selector) => tab.$eval(selector, (details) => details.open);
  if (await open("details.contents")) problems.push("interaction: the contents are open on a phone before a tap");
  await tab.click("details.contents > summary");
  if (!await open("details.contents")) problems.push("interaction: a tap on the contents' summary does not open them");
  await tab.click("details.contents > summary");
  if (await tab.$("details.site-menu")) {
    await tab.click("details.site-menu > summary");
    if (!await open("details.site-menu")) problems.push("interaction: a tap on 目录 does not open the chapter menu");
    await tab.keyboard.press("Escape");
    if (await open("details.site-menu")) problems.push("interaction: Escape does not close the chapter menu");
  }
  const marker = await tab.$("sup.cite a");
  if (marker) {
    /* A tap on a note marker: the preview opens after it, in view, with no sideways scroll and no axe violation. */
    await marker.scrollIntoViewIfNeeded();
    await tab.evaluate(() => window.scrollBy(0, -200));
    await marker.click();
    const preview = await tab.$("#note-preview");
    if (!preview || !await preview.isVisible()) {
      problems.push("interaction: a tap on a note marker does not open its preview");
    } else {
      problems.push(...(await tab.evaluate(layoutProblems)).map((p) => "interaction, note preview open: " + p));
      const violations = await tab.evaluate(async () => (await window.axe.run("#note-preview",
        { resultTypes: ["violations"] })).violations.map((v) => v.id + ": " + v.help));
      problems.push(...violations.map((v) => "interaction, note preview open: axe " + v));
      if (SCREENSHOTS) {
        await preview.evaluate((box) => box.scrollIntoView({ block: "center", behavior: "instant" }));
        const folder = path.join(__dirname, "..", "screenshots");
        await tab.screenshot({ path: path.join(folder, "note-preview-360.png") });
        console.log("     screenshot " + path.relative(process.cwd(), path.join(folder, "note-preview-360.png")));
      }
      await tab.keyboard.press("Escape");
      if (await tab.$("#note-preview")) problems.push("interaction: Escape does not close the note preview");
      if (!await marker.evaluate((a) => a === document.activeElement)) {
        problems.push("interaction: focus does not return to the note marker");
      }
    }
  }
  const before = await tab.evaluate(() => getComputedStyle(document.body).backgroundColor);
  await tab.click("button.theme-toggle");
  const after = await tab.evaluate(() => getComputedStyle(document.body).backgroundColor);
  if (before === after) problems.push("interaction: the theme toggle does not change the page's colours");
  await tab.click("button.theme-toggle");
  await tab.evaluate(() => window.localStorage.removeItem("microsite-theme"));
  return problems;
}

/* The README's screenshots: the first screen of a phone, of the home page, a chapter and an industry page. */
const SHOTS = [
  { name: "home", match: (page) => page === "index.html" },
  { name: "chapter", match: (page) => /^chapters\/ch2[^/]*\/index\.html$/.test(page) },
  { name: "industry", match: (page) => /^industries\/(?!index\.html)[^/]+\/index\.html$/.test(page) },
];
const taken = new Set();

async function screenshot(tab, page) {
  const shot = SHOTS.find((s) => !taken.has(s.name) && s.match(page));
  if (!shot) return;
  taken.add(shot.name);
  const folder = path.join(__dirname, "..", "screenshots");
  fs.mkdirSync(folder, { recursive: true });
  await tab.evaluate(() => window.scrollTo(0, 0));
  await tab.screenshot({ path: path.join(folder, shot.name + "-360.png") });
  console.log("     screenshot " + path.relative(process.cwd(), path.join(folder, shot.name + "-360.png")));
}

main().catch((error) => {
  console.error(error);
  process.exit(2);
});
