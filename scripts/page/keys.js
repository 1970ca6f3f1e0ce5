// Added by scripts/postbuild.py to every page: until the app has replaced the pre-rendered page
// (`#shell`), the keys its controls announce in `aria-keyshortcuts` (written from the app's one
// shortcut table, src/shortcuts.rs) work on it already: Space opens a question's guide, ← and →
// follow its pager, however slow the network that brings the app. Keys typed into a field, with
// a modifier, or on a focused control (which the browser handles itself) are left alone.
addEventListener('keydown', (event) => {
  const shell = document.getElementById('shell');
  const target = event.target;
  if (!shell || event.defaultPrevented || event.ctrlKey || event.metaKey || event.altKey) return;
  if (target instanceof Element && (target.closest('input, textarea, select, a, button, summary') || target.isContentEditable)) return;
  const name = event.key === ' ' ? 'Space' : event.key;
  const control = [...shell.querySelectorAll('[aria-keyshortcuts]')]
    .find((element) => element.getAttribute('aria-keyshortcuts').split(' ').includes(name));
  if (!control) return;
  event.preventDefault();
  control.click();
});
