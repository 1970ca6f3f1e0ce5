// Interview Deck's service worker, made for each release build by scripts/postbuild.py, which
// fills in the build id and the file list. Hashed files are served from the cache first (their
// names change when their content does); pages go to the network first and fall back to the
// cached app, so the app opens offline and a new deploy is seen as soon as it is online.
const CACHE = 'interview-deck-__BUILD_ID__';
const SCOPE = new URL('./', self.location).pathname;
const FILES = __FILES__;

self.addEventListener('install', (event) => {
  event.waitUntil(caches.open(CACHE).then((cache) => cache.addAll(FILES.map((f) => SCOPE + f))));
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches.keys()
      .then((keys) => Promise.all(keys.filter((k) => k.startsWith('interview-deck-') && k !== CACHE).map((k) => caches.delete(k))))
      .then(() => self.clients.claim()),
  );
});

// The page asks a waiting worker to take over when the user accepts the update.
self.addEventListener('message', (event) => {
  if (event.data === 'skip-waiting') self.skipWaiting();
});

self.addEventListener('fetch', (event) => {
  const request = event.request;
  const url = new URL(request.url);
  if (request.method !== 'GET' || url.origin !== self.location.origin || !url.pathname.startsWith(SCOPE)) return;
  if (request.mode === 'navigate') {
    // Offline, the home page gets index.html and every other address 404.html, as online.
    const page = url.pathname === SCOPE || url.pathname === SCOPE + 'index.html' ? 'index.html' : '404.html';
    event.respondWith(fetch(request).catch(() => caches.match(SCOPE + page, { cacheName: CACHE })));
    return;
  }
  // `caches.match` with a name, not `caches.open`: opening would make the cache again after a
  // development build removed it (scripts/pwa/unregister.js) while this worker still answers.
  event.respondWith(caches.match(request, { cacheName: CACHE }).then((hit) => hit || fetch(request)));
});
