/*
 * Dataset tables, progressively enhanced (the plain table is complete without this script):
 * - each column header of a table[data-sortable] becomes a button that sorts the rows: numbers numerically,
 *   dates by date, text with the page language's collation; aria-sort marks the sorted header only, and a
 *   live region says what changed; the table gets class is-sortable (a stacked table then shows its header row on
 *   phones as a bar of sort buttons);
 * - a table of more than 10 rows gets a filter box;
 * - a paged table (table[data-more]: the first rows of a large dataset) gets a "show more" button that fetches the
 *   other rows once from data/<dataset>.rows-<hash>.json (found beside the table's JSON download) and appends a
 *   page of them per press; sorting and filtering apply to the rows shown.
 * Loaded with defer, only on pages that have a dataset table. No inline script, no library. (Whether a table's
 * scroll box is a keyboard stop is theme.js's job, for every table.)
 */
(function () {
  "use strict";

  var lang = (document.documentElement.getAttribute("lang") || "en").toLowerCase();
  var zh = lang.indexOf("zh") === 0;
  var words = zh ? {
    sortBy: "排序", ascending: "升序", descending: "降序", sortedBy: "已按“{column}”{direction}排列",
    filter: "筛选表格", shown: "显示 {shown} / {total} 行", more: "再显示 {count} 行",
    loaded: "已显示 {shown} / {total} 行", failed: "未能载入更多行，请使用下方的下载链接。"
  } : {
    sortBy: "Sort by", ascending: "ascending", descending: "descending", sortedBy: "Sorted by {column}, {direction}",
    filter: "Filter the table", shown: "Showing {shown} of {total} rows", more: "Show {count} more rows",
    loaded: "Showing {shown} of {total} rows", failed: "Could not load more rows; use the downloads below."
  };

  function say(template, values) {
    return template.replace(/\{(\w+)\}/g, function (all, key) { return values[key]; });
  }

  // Chinese by the language's collation (pinyin) where the browser has Intl; plain localeCompare otherwise.
  var compareText = function (a, b) { return a.localeCompare(b); };
  try {
    var collator = new Intl.Collator(lang, { numeric: true });
    if (typeof collator.compare === "function" && typeof collator.compare("a", "b") === "number") {
      compareText = function (a, b) { return collator.compare(a, b); };
    }
  } catch (e) {
    // keep localeCompare
  }

  function cellValue(row, index) {
    var cell = row.children[index];
    if (!cell) { return ""; }
    var raw = cell.getAttribute("data-value");
    return raw !== null ? raw : cell.textContent.trim();
  }

  function compare(type, a, b) {
    if (a === "" || b === "") { return (a === "") - (b === ""); }
    if (type === "number") { return parseFloat(a) - parseFloat(b); }
    if (type === "date") { return a < b ? -1 : a > b ? 1 : 0; }
    return compareText(a, b);
  }

  /** One live region per table, after it, for what sorting and filtering changed. */
  function liveRegion(table) {
    if (table.microsite_live) { return table.microsite_live; }
    var region = document.createElement("p");
    region.className = "visually-hidden";
    region.setAttribute("aria-live", "polite");
    var box = table.parentNode.classList.contains("table-scroll") ? table.parentNode : table;
    box.parentNode.insertBefore(region, box.nextSibling);
    table.microsite_live = region;
    return region;
  }

  function makeSortable(table) {
    var body = table.tBodies[0];
    if (!body || !table.tHead) { return; }
    var headers = table.tHead.rows[0].cells;
    var region = liveRegion(table);
    Array.prototype.forEach.call(body.rows, function (row, i) { row.setAttribute("data-order", i); });
    Array.prototype.forEach.call(headers, function (header, index) {
      var button = document.createElement("button");
      button.type = "button";
      while (header.firstChild) { button.appendChild(header.firstChild); }
      header.appendChild(button);
      button.addEventListener("click", function () {
        var descending = header.getAttribute("aria-sort") === "ascending";
        var type = header.getAttribute("data-type") || "text";
        var rows = Array.prototype.slice.call(body.rows);
        rows.sort(function (a, b) {
          var order = compare(type, cellValue(a, index), cellValue(b, index));
          if (descending && cellValue(a, index) !== "" && cellValue(b, index) !== "") { order = -order; }
          return order || (a.getAttribute("data-order") - b.getAttribute("data-order"));
        });
        rows.forEach(function (row) { body.appendChild(row); });
        Array.prototype.forEach.call(headers, function (other) { other.removeAttribute("aria-sort"); });
        header.setAttribute("aria-sort", descending ? "descending" : "ascending");
        region.textContent = say(words.sortedBy, {
          column: button.textContent.trim(), direction: descending ? words.descending : words.ascending
        });
      });
    });
    // A stacked table (layout=stack) hides its header row on phones; once it holds buttons, the theme shows it as a
    // bar of sort buttons under this label instead, so no control is ever focusable while unseen.
    table.tHead.rows[0].setAttribute("data-sort-label", words.sortBy);
    table.classList.add("is-sortable");
  }

  function addFilter(table, index) {
    var body = table.tBodies[0];
    if (!body || body.rows.length <= 10) { return; }
    var box = table.parentNode.classList.contains("table-scroll") ? table.parentNode : table;
    var label = document.createElement("label");
    label.className = "table-filter";
    var id = "table-filter-" + index;
    label.setAttribute("for", id);
    label.appendChild(document.createTextNode(words.filter));
    var input = document.createElement("input");
    input.type = "search";
    input.id = id;
    label.appendChild(input);
    box.parentNode.insertBefore(label, box);
    var region = liveRegion(table);
    input.addEventListener("input", function () {
      var query = input.value.trim().toLowerCase();
      var shown = 0;
      Array.prototype.forEach.call(body.rows, function (row) {
        var match = query === "" || row.textContent.toLowerCase().indexOf(query) >= 0;
        row.hidden = !match;
        if (match) { shown++; }
      });
      region.textContent = say(words.shown, { shown: shown, total: body.rows.length });
    });
  }

  /** The URL of the file with the rows after the first page: beside the table's JSON download. */
  function moreRowsUrl(table) {
    var view = table.parentNode;
    while (view && !(view.classList && view.classList.contains("data-view"))) { view = view.parentNode; }
    var json = view && view.querySelector("a[type='application/json']");
    if (!json) { return null; }
    return json.getAttribute("href").replace(/[^\/]*$/, "") + table.getAttribute("data-more");
  }

  /** A row like the table's first: same cell tags and attributes, the new text and raw value. */
  function rowLike(model, cells) {
    var row = model.cloneNode(false);
    row.removeAttribute("data-order");
    row.hidden = false;
    Array.prototype.forEach.call(model.children, function (modelCell, i) {
      var cell = modelCell.cloneNode(false);
      var value = cells[i];
      var text = value === null || value === undefined ? "" : typeof value === "string" ? value : value[0];
      cell.removeAttribute("data-value");
      if (value && typeof value !== "string") { cell.setAttribute("data-value", value[1]); }
      cell.textContent = text;
      row.appendChild(cell);
    });
    return row;
  }

  function makePaged(table) {
    var body = table.tBodies[0];
    var note = table.parentNode.classList.contains("table-scroll") ? table.parentNode : table;
    while (note && !(note.classList && note.classList.contains("data-more"))) { note = note.nextElementSibling; }
    var url = moreRowsUrl(table);
    if (!body || !body.rows.length || !note || !url) { return; }
    var total = parseInt(table.getAttribute("data-rows"), 10);
    var pageSize = parseInt(table.getAttribute("data-page-size"), 10);
    var model = body.rows[0];
    var region = liveRegion(table);
    var rows = null;
    var next = 0;
    var button = document.createElement("button");
    button.type = "button";
    button.className = "data-more-button";
    button.textContent = say(words.more, { count: Math.min(pageSize, total - body.rows.length) });
    note.appendChild(document.createTextNode(" "));
    note.appendChild(button);

    function showPage() {
      var end = Math.min(next + pageSize, rows.length);
      var order = body.rows.length;
      for (; next < end; next++) {
        var row = rowLike(model, rows[next]);
        row.setAttribute("data-order", order++);
        body.appendChild(row);
      }
      region.textContent = say(words.loaded, { shown: body.rows.length, total: total });
      if (next >= rows.length) {
        note.removeChild(button);
      } else {
        button.textContent = say(words.more, { count: Math.min(pageSize, rows.length - next) });
      }
    }

    button.addEventListener("click", function () {
      if (rows) { showPage(); return; }
      button.disabled = true;
      var request = new XMLHttpRequest();
      request.open("GET", url);
      request.addEventListener("load", function () {
        button.disabled = false;
        var data = null;
        try {
          data = request.status === 200 || request.status === 0 ? JSON.parse(request.responseText) : null;
        } catch (e) {
          data = null;
        }
        if (!data || !data.rows) { region.textContent = words.failed; return; }
        rows = data.rows;
        showPage();
      });
      request.addEventListener("error", function () { button.disabled = false; region.textContent = words.failed; });
      request.send();
    });
  }

  Array.prototype.forEach.call(document.querySelectorAll("table[data-sortable]"), function (table, index) {
    makeSortable(table);
    addFilter(table, index);
    if (table.hasAttribute("data-more")) { makePaged(table); }
  });
}());
