#!/usr/bin/env bash
# Every test, in the order that fails fastest: `make test` runs this after installing the tools.
set -euo pipefail
cd "$(dirname "$0")/.."
: "${E2E_DIST:=target/e2e-dist}" "${E2E_DEV_DIST:=target/e2e-dev-dist}" "${E2E_BASE:=/interview-deck/}"
# A public address for the canonical URLs and sitemap.xml; the tests map it to the local server.
: "${E2E_SITE_URL:=https://interview-deck.example${E2E_BASE}}"
export E2E_DIST E2E_DEV_DIST E2E_BASE E2E_SITE_URL

step() { printf '\n\033[1m==> %s\033[0m\n' "$*"; }

step "Formatting (cargo fmt --check)"
cargo fmt --all --check

step "Lints, native (cargo clippy -D warnings)"
cargo clippy --locked --all-targets --test e2e -- -D warnings

step "Lints, the pre-renderer (cargo clippy --features prerender -D warnings)"
cargo clippy --locked --features prerender --bin prerender -- -D warnings

step "Lints, wasm32 (cargo clippy -D warnings)"
cargo clippy --locked --target wasm32-unknown-unknown -- -D warnings

step "Unit tests: bank, bank compiler (cargo test)"
cargo test --locked

step "Release build under $E2E_BASE for the browser tests (pages pre-rendered for $E2E_SITE_URL)"
SITE_URL="$E2E_SITE_URL" scripts/release-build.sh "$E2E_BASE" "$E2E_DIST"

step "Development build under $E2E_BASE (what \`trunk serve\` serves), for the stale-worker test"
trunk build --public-url "$E2E_BASE" --dist "$E2E_DEV_DIST"

step "End-to-end tests in headless Chromium"
cargo test --locked --test e2e -- --test-threads=1
