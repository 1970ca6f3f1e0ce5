#!/usr/bin/env bash
# The size floor under every page of ours: the smallest Leptos 0.8 app with a router (two pages,
# one link), built like our release wasm: our release profile and rustflags on the pinned nightly
# with build-std (scripts/nightly.env), wasm-bindgen and `wasm-opt -Oz`.
# `make bench` prints it next to our own sizes; it is what the size budgets are measured against.
set -euo pipefail
cd "$(dirname "$0")/.."
dir=target/framework-floor
mkdir -p "$dir/src"
leptos=$(grep -A1 '^name = "leptos"$' Cargo.lock | sed -n 's/^version = "\(.*\)"/\1/p')
router=$(grep -A1 '^name = "leptos_router"$' Cargo.lock | sed -n 's/^version = "\(.*\)"/\1/p')
bindgen=$(grep -A1 '^name = "wasm-bindgen"$' Cargo.lock | sed -n 's/^version = "\(.*\)"/\1/p')
cat > "$dir/Cargo.toml" <<TOML
[package]
name = "framework-floor"
version = "0.1.0"
edition = "2021"
publish = false

[dependencies]
leptos = { version = "=$leptos", features = ["csr"] }
leptos_router = "=$router"
wasm-bindgen = "=$bindgen"

[profile.release]
opt-level = "z"
lto = true
codegen-units = 1
panic = "abort"
TOML
cat > "$dir/src/main.rs" <<'RUST'
use leptos::prelude::*;
use leptos_router::components::{Route, Router, Routes, A};
use leptos_router::path;

fn main() {
    mount_to_body(|| {
        view! {
            <Router>
                <Routes fallback=|| "Not found">
                    <Route path=path!("/") view=|| view! { <h1>"Home"</h1><A href="/about">"About"</A> } />
                    <Route path=path!("/about") view=|| view! { <h1>"About"</h1> } />
                </Routes>
            </Router>
        }
    })
}
RUST
cp Cargo.lock "$dir/Cargo.lock"
# shellcheck source=nightly.env
. scripts/nightly.env
use_release_toolchain
# Our rustflags without `--emit-relocs`, which only our wasm splitting needs (and which would keep
# wasm-opt from optimising an unsplit module).
RUSTFLAGS="--cfg erase_components" cargo build --quiet --offline --release --target wasm32-unknown-unknown --manifest-path "$dir/Cargo.toml" \
  --target-dir "$dir/target"
wasm-bindgen --target web --no-typescript --out-dir "$dir/out" \
  "$dir/target/wasm32-unknown-unknown/release/framework-floor.wasm"
wasm-opt -Oz --enable-bulk-memory --enable-nontrapping-float-to-int --enable-reference-types \
  "$dir/out/framework-floor_bg.wasm" -o "$dir/out/framework-floor_bg.wasm"
python3 - "$dir/out" <<'PY'
import gzip, os, sys
out = sys.argv[1]
total = 0
for name in ("framework-floor_bg.wasm", "framework-floor.js"):
    data = open(os.path.join(out, name), "rb").read()
    size = len(gzip.compress(data, 9))
    total += size
    print(f"{name:26} {len(data) / 1024:8.1f} KB raw {size / 1024:8.1f} KB gzip")
print(f"Leptos + router floor (wasm + js): {total / 1024:.1f} KB gzip")
PY
