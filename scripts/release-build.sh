#!/usr/bin/env bash
# The release build of the site: `release-build.sh BASE DIST` runs `trunk build --release` with
# the wasm compiled on the pinned nightly (scripts/nightly.env), the standard library rebuilt for
# wasm32 without unwinding or panic messages (`build-std`, `panic = immediate-abort`).
# `make dist`, `make bench` and the tests build through here, so what is tested is what ships.
set -euo pipefail
cd "$(dirname "$0")/.."
[ $# -eq 2 ] || { echo "usage: $0 BASE DIST" >&2; exit 2; }
# shellcheck source=nightly.env
. scripts/nightly.env
use_release_toolchain
exec trunk build --release --public-url "$1" --dist "$2"
