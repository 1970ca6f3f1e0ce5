
// Added by scripts/postbuild.py: installs the service worker that makes the app work offline,
// and tells the app (event "interview-deck-update") when a new version is waiting. The app's
// reload button answers with "interview-deck-apply-update".
if ('serviceWorker' in navigator) {
  const base = new URL('./', document.baseURI);
  const announce = () => window.dispatchEvent(new CustomEvent('interview-deck-update'));
  navigator.serviceWorker.register(new URL('sw.js', base), { scope: base.pathname }).then((registration) => {
    if (registration.waiting && navigator.serviceWorker.controller) announce();
    registration.addEventListener('updatefound', () => {
      const worker = registration.installing;
      worker?.addEventListener('statechange', () => {
        if (worker.state === 'installed' && navigator.serviceWorker.controller) announce();
      });
    });
  });
  let updating = false;
  window.addEventListener('interview-deck-apply-update', () => {
    updating = true;
    navigator.serviceWorker.getRegistration(base.pathname).then((r) => r?.waiting?.postMessage('skip-waiting'));
  });
  navigator.serviceWorker.addEventListener('controllerchange', () => {
    if (updating) window.location.reload();
  });
}
