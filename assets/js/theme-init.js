/*
 * The one script loaded without defer, from <head>: it runs before the first paint, so a reader who chose a
 * colour scheme other than the system's never sees the other one flash. It only reads; theme.js writes.
 * "js" on <html> lets the CSS hide what only the script can make useful (e.g. the back-to-top button at the top).
 */
(function (root) {
  root.className += " js";
  try {
    var stored = window.localStorage.getItem("microsite-theme");
    if (stored === "dark" || stored === "light") {
      root.setAttribute("data-theme", stored);
    }
  } catch (e) {
    /* Storage blocked (private mode, file:// in some browsers): follow the system scheme. */
  }
})(document.documentElement);
