#!/usr/bin/env python3
"""Prints each file of a built site, raw and gzip -9, and the totals: `sizes.py DIST`.

The budgeted total counts what a first visit downloads: one page, the js, wasm and css.
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
    # A first visit fetches one page (index.html here; a pre-rendered page instead, never as
    # well) and the app.
    loaded = [r for r in rows if r[0].endswith(BUDGETED) and (not r[0].endswith(".html") or r[0] == "index.html")]
    print(f"{'total (all files)':<{width}}  {sum(r[1] for r in rows):>10,}  {sum(r[2] for r in rows):>10,}")
    print(f"{'first load (html+js+wasm+css)':<{width}}  {sum(r[1] for r in loaded):>10,}  {sum(r[2] for r in loaded):>10,}")


if __name__ == "__main__":
    main()
