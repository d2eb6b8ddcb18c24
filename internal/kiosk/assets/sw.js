/* Service worker of the lobby kiosk: keeps the office's kiosk pages, so a
   kiosk whose server is unreachable still shows every service of its
   office. The page asks it to keep an office's list (offline.json); pages
   are fetched from the network first, so a new build shows as soon as it
   is published, and from the cache when the network fails.
   The build writes its version into VERSION: a new build is a new worker,
   which drops the caches of the old one. */
'use strict';

var VERSION = '{{VERSION}}';
var CACHE = 'alur-kiosk-' + VERSION;
var TIMEOUT = 4000; // a lobby LAN answers in well under this, or not at all

self.addEventListener('install', function () {
  self.skipWaiting();
});

self.addEventListener('activate', function (event) {
  event.waitUntil(caches.keys().then(function (names) {
    return Promise.all(names.filter(function (n) {
      return n.indexOf('alur-kiosk-') === 0 && n !== CACHE;
    }).map(function (n) { return caches.delete(n); }));
  }).then(function () { return self.clients.claim(); }));
});

// keep caches every URL of an office's list; the page waits for the answer.
function keep(listURL) {
  return fetch(listURL, { cache: 'no-store' }).then(function (r) {
    if (!r.ok) throw new Error('list ' + r.status);
    return r.json();
  }).then(function (urls) {
    return caches.open(CACHE).then(function (cache) {
      return Promise.all(urls.map(function (u) {
        return fetch(u, { cache: 'no-store' }).then(function (r) {
          if (r.ok) return cache.put(u, r);
        });
      })).then(function () { return urls.length; });
    });
  });
}

self.addEventListener('message', function (event) {
  var data = event.data || {};
  if (data.keep && typeof data.keep === 'string' && data.keep.indexOf('/kiosk/') === 0) {
    event.waitUntil(keep(data.keep).then(function (n) {
      event.source && event.source.postMessage({ kept: n, version: VERSION });
    }, function (err) {
      event.source && event.source.postMessage({ keptError: String(err) });
    }));
  }
});

function withTimeout(promise) {
  return new Promise(function (resolve, reject) {
    var timer = setTimeout(function () { reject(new Error('timeout')); }, TIMEOUT);
    promise.then(function (r) { clearTimeout(timer); resolve(r); }, function (e) { clearTimeout(timer); reject(e); });
  });
}

self.addEventListener('fetch', function (event) {
  var req = event.request;
  var url = new URL(req.url);
  // Only the kiosk's own pages and assets; answers and feedback go to the
  // network (the page queues them while offline).
  if (req.method !== 'GET' || url.origin !== self.location.origin || url.pathname.indexOf('/kiosk/') !== 0) {
    return;
  }
  event.respondWith(withTimeout(fetch(req)).then(function (r) {
    if (r.ok) {
      var copy = r.clone();
      caches.open(CACHE).then(function (cache) { cache.put(req, copy); });
    }
    return r;
  }).catch(function () {
    return caches.open(CACHE).then(function (cache) {
      return cache.match(req, { ignoreVary: true }).then(function (hit) {
        return hit || cache.match(url.pathname.replace(/index\.html$/, ''), { ignoreVary: true });
      });
    }).then(function (hit) {
      return hit || new Response('offline', { status: 503, headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
    });
  }));
});
