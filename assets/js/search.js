/*
 * On every page, and all that search costs a reader who does not search: '/' focuses the header's search field, and
 * the first focus or keystroke in it (or opening the results page) loads search-engine.js, which loads the index.
 * The form works without either script: it GETs the results page.
 */
(function () {
  'use strict';
  var form = document.querySelector('form[data-search-engine]'), input, requested = false;
  if (!form || !(input = form.querySelector('[data-search-input]'))) { return; }

  function load() {
    if (requested) { return; }
    requested = true;
    var script = document.createElement('script');
    script.src = form.getAttribute('data-search-engine');
    document.head.appendChild(script);
  }

  input.addEventListener('focus', load);
  input.addEventListener('input', load);
  /* keypress: its character code is the typed '/' on any keyboard layout */
  document.addEventListener('keypress', function (event) {
    var target = event.target, tag = target && target.tagName ? target.tagName.toLowerCase() : '';
    if (event.key !== '/' && event.charCode !== 47 || event.ctrlKey || event.metaKey || event.altKey) { return; }
    if (tag === 'input' || tag === 'textarea' || tag === 'select' || target.isContentEditable) { return; }
    event.preventDefault();
    input.focus();
  });
  if (document.querySelector('[data-search-results]')) { load(); }
}());
