#!/usr/bin/env bash
# Installs what building (and, with --browser, testing) needs, each only when missing or of the
# wrong version, so a second run takes a second. Versions are pinned here and in Cargo.toml,
# Trunk.toml and package.json; see ../README.md "Toolchain" for why each one.
set -euo pipefail
cd "$(dirname "$0")/.."

TRUNK_VERSION=0.21.14
# Splits the lazily loaded pages out of the wasm (scripts/postbuild.py).
WASM_SPLIT_VERSION=0.2.4
# wasm-bindgen-cli must equal the wasm-bindgen library the app links; Cargo.lock is the truth.
WASM_BINDGEN_VERSION=$(awk '/^name = "wasm-bindgen"$/ { getline; gsub(/[^0-9.]/, ""); print }' Cargo.lock)

say() { printf '\033[1m==> %s\033[0m\n' "$*"; }

if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
  say "Adding the wasm32-unknown-unknown target"
  rustup target add wasm32-unknown-unknown
fi

# The release wasm's pinned nightly (scripts/nightly.env), with the standard library's source.
. scripts/nightly.env
if ! rustup component list --toolchain "$RELEASE_TOOLCHAIN" --installed 2>/dev/null | grep -q '^rust-src' \
  || ! rustup target list --toolchain "$RELEASE_TOOLCHAIN" --installed 2>/dev/null | grep -qx wasm32-unknown-unknown; then
  say "Installing Rust $RELEASE_TOOLCHAIN with rust-src and the wasm32 target, for the release wasm"
  rustup toolchain install "$RELEASE_TOOLCHAIN" --profile minimal --component rust-src --target wasm32-unknown-unknown \
    || { echo "error: rustup could not install $RELEASE_TOOLCHAIN, which the release build needs" >&2; exit 1; }
fi

if [ "$(trunk --version 2>/dev/null)" != "trunk $TRUNK_VERSION" ]; then
  say "Installing Trunk $TRUNK_VERSION (cargo install; about 15 minutes the first time)"
  cargo install --locked trunk --version "=$TRUNK_VERSION"
fi

if [ "$(wasm-bindgen --version 2>/dev/null)" != "wasm-bindgen $WASM_BINDGEN_VERSION" ]; then
  say "Installing wasm-bindgen-cli $WASM_BINDGEN_VERSION (cargo install; about 7 minutes the first time)"
  # Not --locked: its lock file pins a webpki-roots newer than crates.io serves.
  cargo install wasm-bindgen-cli --version "=$WASM_BINDGEN_VERSION"
fi

if ! cargo install --list | grep -qx "wasm_split_cli_support v$WASM_SPLIT_VERSION:"; then
  say "Installing wasm-split-cli $WASM_SPLIT_VERSION (cargo install; about 2 minutes the first time)"
  cargo install --locked wasm_split_cli_support --version "=$WASM_SPLIT_VERSION" --features build-binary
fi

# npm tools, pinned in package-lock.json: wasm-opt (binaryen 132), and for tests and benchmarks
# axe-core, puppeteer-core (drives Debian's chromium; downloads no browser) and Lighthouse.
if [ ! -f node_modules/.package-lock.json ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  say "Installing the npm tools (package-lock.json)"
  PUPPETEER_SKIP_DOWNLOAD=true npm ci --no-audit --no-fund
fi

if [ "${1:-}" = "--browser" ] && { ! command -v chromium >/dev/null || ! command -v chromedriver >/dev/null; }; then
  say "Installing Debian's chromium and chromium-driver for the browser tests"
  sudo=""
  [ "$(id -u)" -eq 0 ] || sudo="sudo"
  $sudo apt-get update -q
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -q chromium chromium-driver
fi

# Trunk runs cargo offline (Trunk.toml), so every crate must be in the local cache first: the
# app's, and those of the standard library the release build compiles (build-std).
cargo fetch --locked --quiet
cargo "+$RELEASE_TOOLCHAIN" fetch --locked --quiet \
  --manifest-path "$(rustc "+$RELEASE_TOOLCHAIN" --print sysroot)/lib/rustlib/src/rust/library/Cargo.toml"
