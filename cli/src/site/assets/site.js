// OpenLine on the web: a little help on top of plain pages that work without it.
// Ticks steps on this device only (localStorage), copies and shares, leaves quickly,
// and keeps visited pages for offline use. No cookies, no requests to other sites.
(function () {
  'use strict';
  var d = document;
  var script = d.currentScript;

  d.querySelectorAll('[data-copy], [data-share], [data-reset]').forEach(function (el) {
    if (el.hasAttribute('data-share') && !navigator.share && !navigator.clipboard) return;
    if (el.hasAttribute('data-copy') && !navigator.clipboard) return;
    el.hidden = false;
  });

  // Leave quickly: replace this page in the history, on a tap or the Escape key.
  var exit = d.querySelector('[data-exit]');
  if (exit) {
    var leave = function (event) {
      event.preventDefault();
      location.replace(exit.href);
    };
    exit.addEventListener('click', leave);
    d.addEventListener('keydown', function (event) {
      if (event.key === 'Escape') leave(event);
    });
  }

  // A filter choice shows its list in place of this one: Back leaves the list rather than
  // stepping back through every filter tried.
  d.addEventListener('click', function (event) {
    var link = event.target.closest && event.target.closest('a[data-replace]');
    if (!link || event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey
        || event.shiftKey || event.altKey) return;
    event.preventDefault();
    location.replace(link.href);
  });

  // Steps ticked on this device.
  var KEY = 'openline.steps';
  var boxes = d.querySelectorAll('input[data-step]');
  var progress = d.querySelector('[data-progress]');
  var whenTicked = d.querySelectorAll('[data-when-ticked]');
  function load() {
    try { return JSON.parse(localStorage.getItem(KEY) || '[]'); } catch (e) { return []; }
  }
  function store(ids) {
    try { localStorage.setItem(KEY, JSON.stringify(ids)); } catch (e) { /* private mode */ }
  }
  function showProgress() {
    var any = false;
    boxes.forEach(function (box) { if (box.checked) any = true; });
    whenTicked.forEach(function (el) { el.hidden = !any; });
    if (!progress) return;
    var texts;
    try { texts = JSON.parse(progress.getAttribute('data-progress')); } catch (e) { return; }
    var done = 0;
    boxes.forEach(function (box) { if (box.checked) done += 1; });
    if (texts[done]) progress.textContent = texts[done];
  }
  if (boxes.length) {
    var saved = load();
    boxes.forEach(function (box) {
      box.checked = saved.indexOf(box.getAttribute('data-step')) !== -1;
      box.addEventListener('change', function () {
        var id = box.getAttribute('data-step');
        var ids = load().filter(function (other) { return other !== id; });
        if (box.checked) ids.push(id);
        store(ids);
        showProgress();
      });
    });
    showProgress();
  }

  d.addEventListener('click', function (event) {
    var el = event.target.closest && event.target.closest('[data-copy], [data-share], [data-reset]');
    if (!el) return;
    if (el.hasAttribute('data-reset')) {
      store([]);
      boxes.forEach(function (box) { box.checked = false; });
      showProgress();
    } else if (el.hasAttribute('data-share') && navigator.share) {
      navigator.share({ text: el.getAttribute('data-share') }).catch(function () {});
    } else if (navigator.clipboard) {
      var text = el.getAttribute('data-copy') || el.getAttribute('data-share');
      navigator.clipboard.writeText(text).catch(function () {});
    }
  });

  // Offline: a service worker keeps the pages you open (and the ones they link to).
  if ('serviceWorker' in navigator && script && /^https?:$/.test(location.protocol)) {
    var worker = new URL('../sw.js', script.src);
    navigator.serviceWorker.register(worker.href).then(function () {
      return navigator.serviceWorker.ready;
    }).then(function (registration) {
      var pages = [];
      d.querySelectorAll('a[href$="index.html"]').forEach(function (link) {
        if (link.origin === location.origin && pages.length < 12) pages.push(link.href);
      });
      if (registration.active) registration.active.postMessage({ keep: pages });
    }).catch(function () {});
  }
})();
