/*
 * The theme's enhancements. Every page works without this file: the contents are <details> and plain links,
 * tables scroll, the colour scheme follows the system. With it:
 *  - the reader's stored colour scheme, applied first thing, and the toggle that stores it;
 *  - the page contents open on screens wide enough to show them beside the text;
 *  - the current section highlighted in the contents while reading (scroll-spy);
 *  - a table's scroll box is a keyboard stop only while it really scrolls;
 *  - back-to-top appears once the reader has scrolled; a note's preview on a tap on its marker; copy for "cite
 *    this page".
 */
(function () {
  "use strict";

  var root = document.documentElement;
  var STORE = "microsite-theme";

  /* First: the stored choice, before anything else runs (deferred scripts run before the page is complete). */
  try {
    var stored = window.localStorage.getItem(STORE);
    if (stored === "dark" || stored === "light") {
      root.setAttribute("data-theme", stored);
    }
  } catch (e) {
    /* Storage blocked (private mode, file:// in some browsers): follow the system scheme. */
  }
  var darkQuery = window.matchMedia ? window.matchMedia("(prefers-color-scheme: dark)") : null;

  function currentScheme() {
    var chosen = root.getAttribute("data-theme");
    if (chosen === "dark" || chosen === "light") {
      return chosen;
    }
    return darkQuery && darkQuery.matches ? "dark" : "light";
  }

  function setUpThemeToggle() {
    var button = document.querySelector(".theme-toggle");
    if (!button) {
      return;
    }
    var show = function () {
      button.setAttribute("aria-pressed", currentScheme() === "dark" ? "true" : "false");
    };
    button.removeAttribute("hidden");
    show();
    button.addEventListener("click", function () {
      var next = currentScheme() === "dark" ? "light" : "dark";
      root.setAttribute("data-theme", next);
      try {
        window.localStorage.setItem(STORE, next);
      } catch (e) {
        /* Not remembered, but still switched for this page. */
      }
      show();
    });
    if (darkQuery && darkQuery.addEventListener) {
      darkQuery.addEventListener("change", show);
    }
  }

  /* Open a <details> while the screen is at least `query` wide; on narrower screens leave it to the reader. */
  function openWhenWide(selector, query) {
    var element = document.querySelector(selector);
    if (!element || !window.matchMedia) {
      return;
    }
    var wide = window.matchMedia(query);
    var apply = function () {
      if (wide.matches) {
        element.open = true;
      } else if (element.getAttribute("data-opened-by") === "width") {
        element.open = false;
      }
      element.setAttribute("data-opened-by", wide.matches ? "width" : "");
    };
    apply();
    if (wide.addEventListener) {
      wide.addEventListener("change", apply);
    }
  }

  /* On phones the chapter menu drops over the page: close it on Escape, on a tap outside or on a choice. */
  function setUpMenu() {
    var menu = document.querySelector(".site-menu");
    if (!menu) {
      return;
    }
    var wide = window.matchMedia ? window.matchMedia("(min-width: 60em)") : null;
    var close = function () {
      if (menu.open && !(wide && wide.matches)) {
        menu.open = false;
      }
    };
    document.addEventListener("keydown", function (event) {
      if (event.key === "Escape" && menu.open && !(wide && wide.matches)) {
        close();
        menu.querySelector("summary").focus();
      }
    });
    document.addEventListener("click", function (event) {
      if (!menu.contains(event.target)) {
        close();
      }
    });
  }

  /* Scroll-spy: the contents link of the section being read gets aria-current="location". */
  function setUpScrollSpy() {
    var links = document.querySelectorAll(".toc a[href^='#']");
    if (!links.length || !("IntersectionObserver" in window)) {
      return;
    }
    var byId = {};
    var headings = [];
    Array.prototype.forEach.call(links, function (link) {
      var id = decodeURIComponent(link.getAttribute("href").slice(1));
      var heading = document.getElementById(id);
      if (heading) {
        byId[id] = link;
        headings.push(heading);
      }
    });
    var visible = {};
    var current = null;
    var mark = function () {
      /* The first heading on screen, or else the last one above the screen. */
      var chosen = null;
      for (var i = 0; i < headings.length; i++) {
        var top = headings[i].getBoundingClientRect().top;
        if (visible[headings[i].id] || top < 0) {
          chosen = headings[i];
          if (visible[headings[i].id]) {
            break;
          }
        }
      }
      var link = chosen ? byId[chosen.id] : null;
      if (link === current) {
        return;
      }
      if (current) {
        current.removeAttribute("aria-current");
      }
      if (link) {
        link.setAttribute("aria-current", "location");
      }
      current = link;
    };
    var observer = new IntersectionObserver(function (entries) {
      entries.forEach(function (entry) {
        visible[entry.target.id] = entry.isIntersecting;
      });
      mark();
    }, { rootMargin: "0px 0px -60% 0px" });
    headings.forEach(function (heading) {
      observer.observe(heading);
    });
  }

  /* A scroll box is a keyboard stop only when there is something to scroll to. */
  function setUpScrollBoxes() {
    var boxes = document.querySelectorAll(".table-scroll");
    if (!boxes.length) {
      return;
    }
    var update = function () {
      Array.prototype.forEach.call(boxes, function (box) {
        if (box.scrollWidth > box.clientWidth + 1) {
          box.setAttribute("tabindex", "0");
        } else {
          box.removeAttribute("tabindex");
        }
      });
    };
    update();
    var pending = false;
    window.addEventListener("resize", function () {
      if (!pending) {
        pending = true;
        window.requestAnimationFrame(function () {
          pending = false;
          update();
        });
      }
    });
  }

  function setUpBackToTop() {
    var button = document.querySelector(".back-to-top");
    if (!button) {
      return;
    }
    var pending = false;
    var update = function () {
      pending = false;
      button.classList.toggle("is-shown", window.scrollY > window.innerHeight);
    };
    update();
    window.addEventListener("scroll", function () {
      if (!pending) {
        pending = true;
        window.requestAnimationFrame(update);
      }
    }, { passive: true });
  }

  /*
   * Note previews: a tap or click on a source marker ([4]) opens the note's text right after the marker, in the
   * flow of the paragraph (placed by the page, not by coordinates: the CSP allows no inline style, and a box in the
   * flow can never make the page scroll sideways), with a link to the note in the source list and a close button.
   * The marker is a disclosure (aria-expanded, aria-controls); focus moves into the preview, Escape or a tap
   * elsewhere closes it and focus returns to the marker. Without this script the marker jumps to the note.
   */
  function setUpNotePreviews() {
    var list = document.querySelector(".citations[data-label-preview]");
    var markers = document.querySelectorAll("sup.cite a[href^='#']");
    if (!list || !markers.length) {
      return;
    }
    var preview = null;
    var owner = null;
    var close = function (returnFocus) {
      if (!preview) {
        return;
      }
      preview.parentNode.removeChild(preview);
      owner.setAttribute("aria-expanded", "false");
      if (returnFocus) {
        owner.focus();
      }
      preview = null;
      owner = null;
    };
    var open = function (marker, note) {
      var number = note.getAttribute("value") || marker.textContent.replace(/\D/g, "");
      preview = document.createElement("span");
      preview.className = "note-preview";
      preview.id = "note-preview";
      preview.setAttribute("role", "dialog");
      preview.setAttribute("aria-label", list.getAttribute("data-label-preview").replace("{n}", number));
      preview.setAttribute("tabindex", "-1");
      var text = document.createElement("span");
      text.className = "note-preview-text";
      text.innerHTML = note.innerHTML;    /* the page's own markup: nothing in it can run (CSP) */
      Array.prototype.forEach.call(text.querySelectorAll(".backref, .backrefs"), function (backref) {
        backref.parentNode.removeChild(backref);
      });
      var go = document.createElement("a");
      go.className = "note-preview-go";
      go.href = marker.getAttribute("href");
      go.textContent = list.getAttribute("data-label-go");
      var shut = document.createElement("button");
      shut.type = "button";
      shut.className = "note-preview-close";
      shut.setAttribute("aria-label", list.getAttribute("data-label-close"));
      shut.textContent = "×";
      shut.addEventListener("click", function () {
        close(true);
      });
      preview.appendChild(text);
      preview.appendChild(go);
      preview.appendChild(shut);
      var sup = marker.parentNode;
      sup.parentNode.insertBefore(preview, sup.nextSibling);
      marker.setAttribute("aria-expanded", "true");
      owner = marker;
      preview.focus();
    };
    Array.prototype.forEach.call(markers, function (marker) {
      var note = document.getElementById(decodeURIComponent(marker.getAttribute("href").slice(1)));
      if (!note) {
        return;
      }
      marker.setAttribute("aria-expanded", "false");
      marker.setAttribute("aria-controls", "note-preview");
      marker.addEventListener("click", function (event) {
        if (event.ctrlKey || event.metaKey || event.shiftKey || event.altKey) {
          return;
        }
        event.preventDefault();
        var again = owner === marker;
        close(again);
        if (!again) {
          open(marker, note);
        }
      });
    });
    document.addEventListener("keydown", function (event) {
      if (preview && (event.key === "Escape" || event.key === "Esc" || event.keyCode === 27)) {
        close(true);
      }
    });
    document.addEventListener("click", function (event) {
      if (preview && !preview.contains(event.target) && !owner.contains(event.target)) {
        close(false);
      }
    });
    /* Following the preview's link to the source list: the preview has done its job. */
    window.addEventListener("hashchange", function () {
      close(false);
    });
  }

  function setUpCiteCopy() {
    var button = document.querySelector(".cite-page-copy");
    var text = document.querySelector(".cite-page-text");
    if (!button || !text || !navigator.clipboard) {
      return;
    }
    button.removeAttribute("hidden");
    var label = button.textContent;
    button.addEventListener("click", function () {
      navigator.clipboard.writeText(text.textContent.trim()).then(function () {
        button.textContent = button.getAttribute("data-copied") || label;
        window.setTimeout(function () {
          button.textContent = label;
        }, 2000);
      }, function () {
        /* Clipboard refused: the text stays selectable. */
      });
    });
  }

  setUpThemeToggle();
  openWhenWide(".contents", "(min-width: 72em)");
  setUpMenu();
  setUpScrollSpy();
  setUpScrollBoxes();
  setUpBackToTop();
  setUpNotePreviews();
  setUpCiteCopy();
})();
