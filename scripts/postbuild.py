#!/usr/bin/env python3
"""Finishes a Trunk build for GitHub Pages: `postbuild.py DIST`.

- Trunk writes its wasm loader as an inline `<script type="module">`. Our Content-Security-Policy
  allows no inline script, so the loader moves to a hashed file of its own, loaded with an
  integrity check like the rest.
- `404.html` becomes a copy of `index.html`: GitHub Pages answers unknown paths with it, which is
  how a deep link such as `/<repo>/q/<id>` starts the app.
"""
import base64
import hashlib
import os
import re
import shutil
import sys

INLINE_SCRIPT = re.compile(r"<script([^>]*)>(.*?)</script>", re.S)


def main():
    dist = sys.argv[1]
    index = os.path.join(dist, "index.html")
    with open(index, encoding="utf-8") as f:
        html = f.read()
    base_match = re.search(r'<base href="?([^"\s>]+)', html)
    if not base_match:
        sys.exit(f"{index}: no <base href>; is data-trunk-public-url in index.html?")
    base = base_match.group(1)

    def extract(match):
        attrs, body = match.group(1), match.group(2)
        if "src=" in attrs or not body.strip():
            return match.group(0)
        data = body.strip().encode("utf-8")
        name = "boot-%s.js" % hashlib.sha256(data).hexdigest()[:16]
        with open(os.path.join(dist, name), "wb") as out:
            out.write(data)
        integrity = "sha384-" + base64.b64encode(hashlib.sha384(data).digest()).decode()
        return f'<script{attrs} src="{base}{name}" integrity="{integrity}" crossorigin="anonymous"></script>'

    html, count = INLINE_SCRIPT.subn(extract, html)
    leftovers = [m for m in INLINE_SCRIPT.finditer(html) if "src=" not in m.group(1) and m.group(2).strip()]
    if leftovers:
        sys.exit(f"{index}: an inline script is left; the CSP would block it")
    with open(index, "w", encoding="utf-8") as f:
        f.write(html)
    shutil.copyfile(index, os.path.join(dist, "404.html"))
    print(f"postbuild: {count} script tag(s) checked, loader moved to a file, 404.html written (base {base})")


if __name__ == "__main__":
    main()
