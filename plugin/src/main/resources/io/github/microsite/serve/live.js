/* Preview only (microsite:serve adds it to pages it serves; never part of a built site): reloads the page after a
   good rebuild and shows the problems of a failed one over the page until the next good one. */
(function () {
  'use strict';
  var script = document.currentScript;
  var base = script ? script.getAttribute('src').replace(/__microsite\/live\.js$/, '') : '/';
  if (!window.EventSource) { return; }
  var overlay = null;

  function showProblems(problems) {
    if (!overlay) {
      overlay = document.createElement('div');
      overlay.id = 'microsite-problems';
      overlay.setAttribute('role', 'alert');
      // CSSOM, not a style attribute: the page's Content-Security-Policy allows no inline style.
      var style = overlay.style;
      style.position = 'fixed'; style.left = '0'; style.right = '0'; style.bottom = '0'; style.zIndex = '2147483647';
      style.maxHeight = '60vh'; style.overflow = 'auto'; style.margin = '0'; style.padding = '1em';
      style.background = '#7a0b0b'; style.color = '#fff'; style.font = '14px/1.5 monospace';
      style.whiteSpace = 'pre-wrap';
      document.body.appendChild(overlay);
    }
    overlay.textContent = '';
    var heading = document.createElement('p');
    heading.textContent = 'The site did not build; showing the last good version. Fix and save:';
    overlay.appendChild(heading);
    var list = document.createElement('ul');
    for (var i = 0; i < problems.length; i++) {
      var item = document.createElement('li');
      item.textContent = problems[i].severity + ' ' + problems[i].text;
      list.appendChild(item);
    }
    overlay.appendChild(list);
  }

  var source = new EventSource(base + '__microsite/events');
  source.addEventListener('reload', function () { window.location.reload(); });
  source.addEventListener('problems', function (event) { showProblems(JSON.parse(event.data)); });
})();
