// Colibri live reload: added to pages by `colibri serve` only, never by `colibri build`.
(function () {
  'use strict';
  var script = document.currentScript;
  var page = script.getAttribute('data-page');
  var version = script.getAttribute('data-version');
  var OVERLAY = 'colibri-errors';

  function showErrors(html) {
    var old = document.getElementById(OVERLAY);
    if (old) { old.remove(); }
    if (html) { document.body.insertAdjacentHTML('beforeend', html); }
  }

  function swapStyles() {
    var stamp = Date.now();
    document.querySelectorAll('link[rel~="stylesheet"]').forEach(function (link) {
      var url = new URL(link.href, location.href);
      if (url.origin !== location.origin) { return; }
      url.searchParams.set('colibri-reload', stamp);
      var fresh = link.cloneNode();
      fresh.href = url.toString();
      fresh.onload = function () { link.remove(); };
      link.after(fresh);
    });
  }

  var events = new EventSource('/__colibri/events');
  events.addEventListener('hello', function (e) {
    // A rebuild finished between this page's request and this stream: catch up.
    if (String(JSON.parse(e.data).version) !== version) { location.reload(); }
  });
  events.addEventListener('reload', function (e) {
    var data = JSON.parse(e.data);
    if (page === '*' || data.pages === '*' || data.pages.indexOf(page) >= 0) {
      location.reload();
    } else {
      version = String(data.version);
    }
  });
  events.addEventListener('css', function (e) {
    version = String(JSON.parse(e.data).version);
    swapStyles();
  });
  events.addEventListener('errors', function (e) {
    showErrors(JSON.parse(e.data).html);
  });
})();
