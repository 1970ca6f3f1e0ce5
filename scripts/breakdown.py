#!/usr/bin/env python3
"""Where the wasm's bytes are: code size by crate, and our own code by module, for every module
the release build ships (the main module, each split and each shared chunk).

twiggy 0.7 cannot read these modules (it stops at their element segments), so this does the
same counting itself: it splits cargo's raw release wasm (which still has its function names)
exactly as scripts/postbuild.py does, runs `wasm-bindgen` on the main module and `wasm-opt -Oz`
on every module with names kept (`-g`), and sums each function's body by the crate its name
starts with. A function generic over our types (a view's `build`, a memo of our data) counts as
ours: that is the code our views make the framework generate.

    python3 scripts/breakdown.py [RAW_WASM]    (default: cargo's release wasm; `make dist` first)
    BREAKDOWN_DETAIL="ours: progress" python3 scripts/breakdown.py    (also that owner's 30 largest functions)

Sizes are raw bytes of code, before gzip: the shares, not the wire size, are the point.
"""
import collections
import concurrent.futures
import glob
import os
import re
import subprocess
import sys
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
RAW = os.path.join(ROOT, "target", "wasm32-unknown-unknown", "release", "interview-deck.wasm")
HASH = re.compile(r"\[[0-9a-f]+\]")
CRATE = re.compile(r"([A-Za-z_][A-Za-z0-9_]*)\[[0-9a-f]+\]::")
OURS = re.compile(r"interview_deck\[[0-9a-f]+\]::([A-Za-z0-9_]+)(?:::([A-Za-z0-9_]+))?")
SPLIT_ENTRY = re.compile(r"__wasm_split_00\w+?00_export_[0-9a-f]+_(\w+)$")
# Crates shown on their own; the rest are summed as "other crates".
NAMED = ("tachys", "reactive_graph", "leptos_router", "leptos", "core", "alloc", "std", "hashbrown",
         "serde_json", "serde_core", "wasm_bindgen", "js_sys", "web_sys", "rs_fsrs", "chrono",
         "rust_stemmers", "futures_util", "dlmalloc")


def leb(data, i):
    result = shift = 0
    while True:
        byte = data[i]
        i += 1
        result |= (byte & 0x7F) << shift
        shift += 7
        if byte < 0x80:
            return result, i


def functions(path):
    """(size, name) of every function body, and the size of the data section."""
    with open(path, "rb") as f:
        data = f.read()
    i, bodies, names, imported, data_size = 8, [], {}, 0, 0
    while i < len(data):
        section = data[i]
        size, i = leb(data, i + 1)
        end = i + size
        if section == 2:
            count, j = leb(data, i)
            for _ in range(count):
                for _ in range(2):
                    length, j = leb(data, j)
                    j += length
                kind = data[j]
                j += 1
                if kind == 0:
                    _, j = leb(data, j)
                    imported += 1
                elif kind == 1:
                    j += 1
                    flags, j = leb(data, j)
                    _, j = leb(data, j)
                    if flags & 1:
                        _, j = leb(data, j)
                elif kind == 2:
                    flags, j = leb(data, j)
                    _, j = leb(data, j)
                    if flags & 1:
                        _, j = leb(data, j)
                elif kind == 3:
                    j += 2
                elif kind == 4:
                    j += 1
                    _, j = leb(data, j)
        elif section == 10:
            count, j = leb(data, i)
            for _ in range(count):
                length, k = leb(data, j)
                bodies.append(length + (k - j))
                j = k + length
        elif section == 11:
            data_size += size
        elif section == 0:
            length, j = leb(data, i)
            if data[j:j + length] == b"name":
                j += length
                while j < end:
                    sub = data[j]
                    sub_size, j = leb(data, j + 1)
                    if sub == 1:
                        count, k = leb(data, j)
                        for _ in range(count):
                            index, k = leb(data, k)
                            length, k = leb(data, k)
                            names[index] = data[k:k + length].decode(errors="replace")
                            k += length
                    j += sub_size
        i = end
    return [(size, names.get(imported + n, "?")) for n, size in enumerate(bodies)], data_size


def demangled(names):
    """Rust's v0 symbols as paths (c++filt reads them; binutils comes with any Rust toolchain)."""
    done = subprocess.run(["c++filt"], input="\n".join(names), capture_output=True, text=True, check=True)
    return done.stdout.split("\n")


def owner(name):
    """Whose code a function is: ours (by module), a named crate's, or another crate's."""
    entry = SPLIT_ENTRY.match(name)
    if entry:
        # A split's entry: the page's function, inlined into the export wasm-split made for it.
        function = entry.group(1)
        page = function.removesuffix("_page")
        return f"ours: pages::{page}" if page != function else f"ours: {function} (a split's entry)"
    ours = OURS.search(name)
    if ours:
        first, second = ours.groups()
        two_levels = first in ("pages", "views", "components") and second
        return f"ours: {first}::{second}" if two_levels else f"ours: {first}"
    if name.startswith(("__wasm_split", "__wbg", "__wbindgen")):
        return "glue: wasm-split and wasm-bindgen"
    crate = CRATE.search(name)
    if not crate:
        return "unnamed"
    return crate.group(1) if crate.group(1) in NAMED else "other crates"


def optimise(path):
    subprocess.run(["wasm-opt", "-Oz", "-g", path, "-o", path], check=True, capture_output=True)


def main():
    raw = sys.argv[1] if len(sys.argv) > 1 else RAW
    if not os.path.exists(raw):
        sys.exit(f"{raw}: not found; build the release first (`make dist`)")
    with tempfile.TemporaryDirectory() as tmp:
        split = os.path.join(tmp, "split")
        subprocess.run(["wasm-split-cli", raw, split, "--target", "web", "--out-name", "main"], check=True)
        bound = os.path.join(tmp, "bound")
        subprocess.run(["wasm-bindgen", os.path.join(split, "main.wasm"), "--out-dir", bound, "--out-name", "main",
                        "--target", "web", "--keep-lld-exports", "--keep-debug"], check=True)
        modules = {"main": os.path.join(bound, "main_bg.wasm")}
        for path in sorted(glob.glob(os.path.join(split, "*.wasm"))):
            name = os.path.basename(path)[:-5]
            if name != "main":
                modules[name] = path
        with concurrent.futures.ThreadPoolExecutor(max_workers=2) as pool:
            list(pool.map(optimise, modules.values()))
        total = collections.Counter()
        rows = []
        detail = os.environ.get("BREAKDOWN_DETAIL")
        largest = []
        for module, path in modules.items():
            bodies, data_size = functions(path)
            owners = collections.Counter()
            for (size, _), name in zip(bodies, demangled([n for _, n in bodies])):
                who = owner(name)
                owners[who] += size
                if who == detail:
                    largest.append((size, module, name))
            total.update(owners)
            rows.append((module, sum(owners.values()), data_size, owners))
    kb = lambda n: f"{n / 1024:8.1f} KB"
    print("== Code by owner, every module (raw bytes after wasm-opt -Oz) ==")
    all_code = sum(total.values())
    for who, size in total.most_common():
        print(f"{kb(size)}  {100 * size / all_code:5.1f} %  {who}")
    print(f"{kb(all_code)}  in all, in {len(rows)} modules")
    print("\n== Each module: code, data, and its three largest owners ==")
    for module, code, data_size, owners in sorted(rows, key=lambda r: -r[1]):
        top = ", ".join(f"{who} {size / 1024:.1f}" for who, size in owners.most_common(3))
        print(f"{module:>14}  code {kb(code)}, data {kb(data_size)}  ({top})")
    if detail:
        print(f"\n== The 30 largest functions of {detail} ==")
        for size, module, name in sorted(largest, reverse=True)[:30]:
            print(f"{kb(size)}  {module:>14}  {HASH.sub('', name)[:160]}")


if __name__ == "__main__":
    main()
