#!/usr/bin/env python3
"""Prints each file of a built site, raw and gzip -9, and the totals: `sizes.py DIST`.

Two totals: what a first visit to the home page downloads (index.html, the css, the main module
with its glue and the split loader; the other pages' modules load when opened), and all the code
any visit may load. `make bench` measures the same through the browser, page by page.
"""
import gzip
import os
import sys

BUDGETED = (".html", ".js", ".wasm", ".css")


def main():
    dist = sys.argv[1] if len(sys.argv) > 1 else "dist"
    rows = []
    for folder, _, files in os.walk(dist):
        for name in files:
            path = os.path.join(folder, name)
            with open(path, "rb") as f:
                data = f.read()
            rows.append((os.path.relpath(path, dist), len(data), len(gzip.compress(data, 9))))
    rows.sort()
    width = max(len(r[0]) for r in rows)
    print(f"{'file':<{width}}  {'raw':>10}  {'gzip -9':>10}")
    for name, raw, gz in rows:
        print(f"{name:<{width}}  {raw:>10,}  {gz:>10,}")
    # A page, never two: index.html stands for whichever pre-rendered page is opened first.
    code = [r for r in rows if r[0].endswith(BUDGETED) and (not r[0].endswith(".html") or r[0] == "index.html")]
    split = ("split_", "chunk_")
    # The worker installs after the page is up: not part of the home page's first load.
    home = [r for r in code if not r[0].startswith(split) and r[0] != "sw.js"]
    print(f"{'total (all files)':<{width}}  {sum(r[1] for r in rows):>10,}  {sum(r[2] for r in rows):>10,}")
    print(f"{'home page first load (html, css, main module)':<{width}}  {sum(r[1] for r in home):>10,}  {sum(r[2] for r in home):>10,}")
    print(f"{'all code (every wasm module)':<{width}}  {sum(r[1] for r in code):>10,}  {sum(r[2] for r in code):>10,}")


if __name__ == "__main__":
    main()
