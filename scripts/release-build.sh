#!/usr/bin/env bash
# The release build of the site: `release-build.sh BASE DIST` runs `trunk build --release` with
# the wasm compiled on the pinned nightly (scripts/nightly.env), the standard library rebuilt for
# wasm32 without its unwinding and formatting of panics (`build-std`, `panic = immediate-abort`).
# `make dist`, `make bench` and the tests build through here, so what is tested is what ships.
set -euo pipefail
cd "$(dirname "$0")/.."
[ $# -eq 2 ] || { echo "usage: $0 BASE DIST" >&2; exit 2; }
# shellcheck source=nightly.env
. scripts/nightly.env
if ! rustup run "$RELEASE_TOOLCHAIN" rustc --version >/dev/null 2>&1; then
  echo "error: the release build needs Rust $RELEASE_TOOLCHAIN; run scripts/setup-tools.sh (make tools)" >&2
  exit 1
fi
export RUSTUP_TOOLCHAIN="$RELEASE_TOOLCHAIN"
export CARGO_UNSTABLE_BUILD_STD=std,panic_abort
# Empty: std's default features would bring back backtraces and unwinding.
export CARGO_UNSTABLE_BUILD_STD_FEATURES=
export CARGO_UNSTABLE_PANIC_IMMEDIATE_ABORT=true
export CARGO_PROFILE_RELEASE_PANIC=immediate-abort
exec trunk build --release --public-url "$1" --dist "$2"
