
// Added by scripts/postbuild.py to development builds (`trunk serve`, `trunk build` without
// --release): a service worker left at this address by a release build (`make serve`) is
// removed with its caches, so it never answers for the files being worked on.
if ('serviceWorker' in navigator) {
  navigator.serviceWorker.getRegistrations()
    .then((registrations) => Promise.all(registrations.map((r) => r.unregister())))
    .then(() => caches.keys())
    .then((keys) => Promise.all(keys.filter((k) => k.startsWith('interview-deck-')).map((k) => caches.delete(k))));
}
