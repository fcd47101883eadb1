// OpenLine's service worker: network first, so facts are fresh when online; the copy kept
// from the last visit when offline. Only this site's own files are ever fetched or kept.
'use strict';
var CACHE = 'openline-site-1';

self.addEventListener('install', function () {
  self.skipWaiting();
});

self.addEventListener('activate', function (event) {
  event.waitUntil(caches.keys().then(function (keys) {
    return Promise.all(keys.filter(function (key) { return key !== CACHE; })
      .map(function (key) { return caches.delete(key); }));
  }).then(function () { return self.clients.claim(); }));
});

function sameOrigin(url) {
  return new URL(url, self.location.href).origin === self.location.origin;
}

self.addEventListener('fetch', function (event) {
  var request = event.request;
  if (request.method !== 'GET' || !sameOrigin(request.url)) return;
  event.respondWith(fetch(request).then(function (response) {
    if (response.ok) {
      var copy = response.clone();
      caches.open(CACHE).then(function (cache) { cache.put(request, copy); });
    }
    return response;
  }).catch(function () {
    return caches.match(request).then(function (kept) {
      return kept || caches.match(new URL('404.html', self.registration.scope).href)
        .then(function (missing) { return missing || Response.error(); });
    });
  }));
});

// A page asks to keep the pages it links to, so they open offline too.
self.addEventListener('message', function (event) {
  var pages = (event.data && event.data.keep) || [];
  event.waitUntil(caches.open(CACHE).then(function (cache) {
    return Promise.all(pages.filter(sameOrigin).map(function (url) {
      return cache.match(url).then(function (kept) {
        return kept || cache.add(url).catch(function () {});
      });
    }));
  }));
});
