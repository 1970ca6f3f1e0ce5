#!/usr/bin/env python3
"""Finishes every Trunk build: Trunk runs it as a post-build hook (Trunk.toml) on its staging
directory, or run it by hand as `postbuild.py DIST`.

- The pages loaded on first use (`src/pages/lazy.rs`) are split out of the wasm: Trunk has no
  step for it (trunk-rs/trunk#1022), so this reruns the tail of its pipeline on cargo's raw wasm
  with `wasm-split-cli` first: split, `wasm-bindgen` on the main module, `wasm-opt -Oz` on every
  module in release builds. Trunk's files are replaced under their own names (the glue's
  `integrity` recomputed, the wasm's preload dropped, the split loader preloaded beside the glue); the split modules and their loader get
  names with a hash of their content.

- Trunk writes its wasm loader as an inline `<script type="module">`. Our Content-Security-Policy
  allows no inline script, so the loader moves to a hashed file of its own, loaded with an
  integrity check like the rest.
- Every page also loads scripts/page/keys.js (hashed, with an integrity check): until the app
  has replaced the pre-rendered page, the keys its controls announce (`aria-keyshortcuts`)
  work on it, so a shared question's guide opens with Space however slow the network.
- In a release build the loader file also registers the service worker (scripts/pwa/register.js),
  and `sw.js` is written from scripts/pwa/sw.js with this build's id and file list, so the app
  works offline and a new deploy replaces the old cache. A development build (`trunk serve`)
  gets no worker and removes any a release build left at the same address
  (scripts/pwa/unregister.js).
- In a release build every public page of the route table is written as HTML with its content
  (`src/bin/prerender.rs`, the app's own views rendered natively), `404.html` included, before
  the service worker lists what to cache. `SITE_URL` (for example
  `https://USER.github.io/REPO/`), when set, gives the pages their canonical and preview URLs
  and the site its `sitemap.xml`. A development build's `404.html` is a copy of `index.html`.
- Every build gets the answer guides' text files (`bank-<hash>.txt`), which the wasm fetches
  when a page first shows a guide: `build.rs` wrote them into cargo's output folder, and the
  wasm names the ones it expects.
"""
import base64
import concurrent.futures
import glob
import hashlib
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile

INLINE_SCRIPT = re.compile(r"<script([^>]*)>(.*?)</script>", re.S)
GUIDE_FILE = re.compile(rb"bank-[0-9a-f]{16}\.txt")
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
PWA = os.path.join(os.path.dirname(os.path.abspath(__file__)), "pwa")


def read_pwa(name):
    with open(os.path.join(PWA, name), encoding="utf-8") as f:
        return f.read()


def offline_file(relative):
    """What the worker caches: the app and its two entry pages. Every other page is served the
    cached 404.html offline (the app then renders it), which keeps the cache small."""
    if relative in ("index.html", "404.html") or GUIDE_FILE.fullmatch(relative.encode()):
        return True
    return relative != "sw.js" and not relative.endswith((".html", ".xml", ".txt"))


def integrity(data):
    return "sha384-" + base64.b64encode(hashlib.sha384(data).digest()).decode()


def hashed_name(stem, suffix, data):
    return f"{stem}-{hashlib.sha256(data).hexdigest()[:16]}{suffix}"


def optimise(path):
    """`wasm-opt -Oz` in place. Its warnings about the split modules' name sections are noise;
    they are shown only when it fails."""
    done = subprocess.run(["wasm-opt", "-Oz", path, "-o", path], capture_output=True, text=True)
    if done.returncode != 0:
        sys.exit(f"wasm-opt failed on {path}:\n{done.stderr}")


def split_wasm(dist, release):
    """Splits the lazily loaded pages out of Trunk's wasm; returns how many modules it wrote."""
    bindings = [n for n in os.listdir(dist) if re.fullmatch(r"interview-deck-[0-9a-f]+\.js", n)]
    if len(bindings) != 1:
        sys.exit(f"{dist}: expected one interview-deck-<hash>.js from Trunk, found {bindings}")
    name = bindings[0][:-len(".js")]
    raw = os.path.join(ROOT, "target", "wasm32-unknown-unknown", "release" if release else "debug", "interview-deck.wasm")
    with tempfile.TemporaryDirectory() as tmp:
        split, bound = os.path.join(tmp, "split"), os.path.join(tmp, "bound")
        subprocess.run(["wasm-split-cli", raw, split, "--target", "web", "--out-name", name], check=True)
        subprocess.run(["wasm-bindgen", os.path.join(split, name + ".wasm"), "--out-dir", bound, "--out-name", name,
                        "--target", "web", "--keep-lld-exports", "--no-typescript"], check=True)
        modules = sorted(n for n in os.listdir(split) if n.endswith(".wasm") and n != name + ".wasm")
        if release:
            paths = [os.path.join(bound, name + "_bg.wasm")] + [os.path.join(split, m) for m in modules]
            with concurrent.futures.ThreadPoolExecutor(max_workers=os.cpu_count() or 1) as pool:
                list(pool.map(optimise, paths))
        with open(os.path.join(split, "__wasm_split.js"), encoding="utf-8") as f:
            loader = f.read()
        for module in modules:
            with open(os.path.join(split, module), "rb") as f:
                data = f.read()
            target = hashed_name(module[:-len(".wasm")], ".wasm", data)
            if f'"./{module}"' not in loader:
                sys.exit(f"__wasm_split.js does not load ./{module}; has wasm-split-cli's output changed?")
            loader = loader.replace(f'"./{module}"', f'"./{target}"')
            with open(os.path.join(dist, target), "wb") as f:
                f.write(data)
        loader_name = hashed_name("__wasm_split", ".js", loader.encode())
        with open(os.path.join(dist, loader_name), "w", encoding="utf-8") as f:
            f.write(loader)
        with open(os.path.join(bound, name + ".js"), encoding="utf-8") as f:
            glue = f.read()
        # Only where it is imported from: the wasm's own import keeps the module name it has.
        glue, imports = re.subn(r'(from\s*["\'])\./__wasm_split\.js(["\'])', rf"\g<1>./{loader_name}\g<2>", glue)
        if not imports:
            sys.exit(f"{name}.js does not import ./__wasm_split.js; was the wasm built with --emit-relocs?")
        with open(os.path.join(dist, name + ".js"), "w", encoding="utf-8") as f:
            f.write(glue)
        shutil.copyfile(os.path.join(bound, name + "_bg.wasm"), os.path.join(dist, name + "_bg.wasm"))
        if os.path.isdir(os.path.join(bound, "snippets")):
            shutil.copytree(os.path.join(bound, "snippets"), os.path.join(dist, "snippets"), dirs_exist_ok=True)
    # Trunk wrote the integrity of its own files; the page now loads these.
    index = os.path.join(dist, "index.html")
    with open(index, encoding="utf-8") as f:
        html = f.read()
    # Quoted in a development build, bare in a minified one.
    tag = re.compile(r'(<link[^>]*' + re.escape(name + ".js") + r'[^>]*integrity=)"?[^"\s>]+"?')
    html, found = tag.subn(lambda m: f'{m.group(1)}"{integrity(glue.encode())}"', html)
    if found != 1:
        sys.exit(f"{index}: expected one <link … integrity> for {name}.js, found {found}")
    # The glue imports the split loader: preloaded beside it, it no longer waits for the glue to
    # arrive before it is asked for, and the wasm is fetched a round trip sooner.
    glue_link = re.search(r'<link[^>]*' + re.escape(name + ".js") + r'[^>]*>', html).group(0)
    loader_link = re.sub(r'integrity="[^"]*"', f'integrity="{integrity(loader.encode())}"',
                         glue_link.replace(name + ".js", loader_name))
    html = html.replace(glue_link, glue_link + loader_link, 1)
    # Trunk also preloads the wasm. Dropped: it competed with the pre-rendered page's first
    # paint (Lighthouse: LCP 1.2 s without it, 2.4 s with it; time to interactive 2.0 s against
    # 2.5 s), and the loader asks for the wasm a few milliseconds later anyway. Chromium ignored
    # its integrity attribute ("preload destinations that do not support subresource integrity").
    html, found = re.subn(r'<link[^>]*' + re.escape(name + "_bg.wasm") + r'[^>]*>', "", html)
    if found != 1:
        sys.exit(f"{index}: expected one <link> preloading {name}_bg.wasm, found {found}")
    with open(index, "w", encoding="utf-8") as f:
        f.write(html)
    return 1 + len(modules)


def with_page_keys(dist, base, html):
    """Writes the pre-rendered pages' own keyboard script (scripts/page/keys.js) as a hashed
    file and loads it, deferred and checked, on every page: Space and the arrows work on a
    pre-rendered question before the app has arrived."""
    with open(os.path.join(os.path.dirname(os.path.abspath(__file__)), "page", "keys.js"), "rb") as f:
        data = f.read()
    name = hashed_name("keys", ".js", data)
    with open(os.path.join(dist, name), "wb") as out:
        out.write(data)
    tag = f'<script defer src="{base}{name}" integrity="{integrity(data)}" crossorigin="anonymous"></script>'
    # Before the app's module script: deferred scripts run in document order, and that one waits
    # for the app's code to arrive.
    html, found = re.subn(r"<script", lambda _: tag + "<script", html, count=1)
    if not found:
        sys.exit("index.html has no <script> (Trunk's loader) to put the page's keyboard script before")
    return html


def copy_guide_files(dist):
    """Copies the guide text files this build's wasm modules ask for next to them. Their names carry a
    hash of their content, so any copy of a name found in cargo's output is the right one."""
    wanted = set()
    for wasm in glob.glob(os.path.join(dist, "*.wasm")):
        with open(wasm, "rb") as f:
            wanted |= {m.decode() for m in GUIDE_FILE.findall(f.read())}
    if not wanted:
        sys.exit(f"{dist}: no wasm names a guide file (bank-<hash>.txt); was it built from this tree?")
    for name in sorted(wanted):
        # target/<profile>/build/… natively, target/<triple>/<profile>/build/… for wasm.
        found = [path for depth in ("*", os.path.join("*", "*"))
                 for path in glob.glob(os.path.join(ROOT, "target", depth, "build", "interview-deck-*", "out", "text", name))]
        if not found:
            sys.exit(f"{name}: not in target/…/build/interview-deck-*/out/text/, where build.rs writes it "
                     "(try `cargo clean -p interview-deck`)")
        shutil.copyfile(found[0], os.path.join(dist, name))
    return len(wanted)


def prerender(dist, base):
    """Writes every public page with its content (the app's views, rendered natively)."""
    command = ["cargo", "run", "--quiet", "--offline", "--locked", "--features", "prerender",
               "--bin", "prerender", "--", dist, "--base", base]
    if os.environ.get("SITE_URL"):
        command += ["--site-url", os.environ["SITE_URL"]]
    # The pre-renderer is native code on stable: not what scripts/release-build.sh sets for the wasm.
    nightly = ("RUSTUP_TOOLCHAIN", "CARGO_PROFILE_RELEASE_PANIC")
    env = {k: v for k, v in os.environ.items() if k not in nightly and not k.startswith("CARGO_UNSTABLE_")}
    subprocess.run(command, cwd=ROOT, check=True, env=env)


def write_service_worker(dist):
    """Lists every file the app needs offline and names the cache after their contents."""
    files, digest = [], hashlib.sha256()
    for folder, _, names in os.walk(dist):
        for name in sorted(names):
            path = os.path.join(folder, name)
            relative = os.path.relpath(path, dist).replace(os.sep, "/")
            if not offline_file(relative):
                continue
            files.append(relative)
            with open(path, "rb") as f:
                digest.update(relative.encode() + hashlib.sha256(f.read()).digest())
    build_id = digest.hexdigest()[:12]
    worker = read_pwa("sw.js").replace("__BUILD_ID__", build_id).replace("__FILES__", json.dumps(sorted(files)))
    with open(os.path.join(dist, "sw.js"), "w", encoding="utf-8") as f:
        f.write(worker)
    return build_id, len(files)


def main():
    dist = sys.argv[1] if len(sys.argv) > 1 else os.environ.get("TRUNK_STAGING_DIR")
    if not dist:
        sys.exit("usage: postbuild.py DIST (or run by Trunk as a hook)")
    release = os.environ.get("TRUNK_PROFILE", "release") == "release"
    wasm_modules = split_wasm(dist, release)
    pwa = read_pwa("register.js" if release else "unregister.js")
    index = os.path.join(dist, "index.html")
    with open(index, encoding="utf-8") as f:
        html = f.read()
    base_match = re.search(r'<base href="?([^"\s>]+)', html)
    if not base_match:
        sys.exit(f"{index}: no <base href>; is data-trunk-public-url in index.html?")
    base = base_match.group(1)

    pending = [pwa]

    def extract(match):
        attrs, body = match.group(1), match.group(2)
        if "src=" in attrs or not body.strip():
            return match.group(0)
        # The service worker's part goes with the first script, Trunk's loader.
        data = "\n".join([body.strip()] + pending).encode("utf-8")
        pending.clear()
        name = hashed_name("boot", ".js", data)
        with open(os.path.join(dist, name), "wb") as out:
            out.write(data)
        return f'<script{attrs} src="{base}{name}" integrity="{integrity(data)}" crossorigin="anonymous"></script>'

    html, count = INLINE_SCRIPT.subn(extract, html)
    leftovers = [m for m in INLINE_SCRIPT.finditer(html) if "src=" not in m.group(1) and m.group(2).strip()]
    if leftovers:
        sys.exit(f"{index}: an inline script is left; the CSP would block it")
    html = with_page_keys(dist, base, html)
    with open(index, "w", encoding="utf-8") as f:
        f.write(html)
    guide_files = copy_guide_files(dist)
    if not release:
        with open(os.path.join(dist, "404.html"), "w", encoding="utf-8") as f:
            f.write(html)
        print(f"postbuild: development build: {wasm_modules} wasm modules, {guide_files} guide files, the loader in a "
              f"file and 404.html written, no service worker (base {base})")
        return
    prerender(dist, base)
    build_id, cached = write_service_worker(dist)
    print(f"postbuild: {wasm_modules} wasm modules, {guide_files} guide files, the loader in a file ({count} script tags "
          f"checked), pages and sw.js written (base {base}, build {build_id}, {cached} files cached offline)")


if __name__ == "__main__":
    main()
