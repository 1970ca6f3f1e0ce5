# Interview Deck. The two commands: `make serve` and `make test`. Everything else sits behind
# these targets; each installs what it is missing first (scripts/setup-tools.sh).

# The path the site is served under: `/` locally, `/<repo>/` on GitHub Pages.
BASE ?= /
PORT ?= 8080
# The site's public address (https://USER.github.io/REPO/), for canonical and preview URLs and
# sitemap.xml; left out when empty (the pre-renderer then writes no absolute URL).
SITE_URL ?=
export SITE_URL
# Where and under which sub-path the end-to-end tests serve the release build.
E2E_DIST := target/e2e-dist
E2E_BASE := /interview-deck/

export PATH := $(CURDIR)/node_modules/.bin:$(HOME)/.cargo/bin:$(PATH)
# Trunk checks for its own updates online; this build runs with registries only.
export TRUNK_SKIP_VERSION_CHECK := true

.PHONY: serve test dist bench sizes tools tools-browser clean

## Build the release site for BASE and serve it at http://127.0.0.1:$(PORT)$(BASE)
serve: dist
	python3 scripts/serve.py dist --base $(BASE) --port $(PORT)

## Run every test: formatting, lints (native and wasm32), unit tests, browser end-to-end tests
test: tools-browser
	E2E_DIST=$(E2E_DIST) E2E_BASE=$(E2E_BASE) scripts/test.sh

## Write the GitHub Pages site for BASE into dist/ (every page pre-rendered, 404.html, the
## service worker, and sitemap.xml when SITE_URL is given), and print its sizes
dist: tools
	scripts/release-build.sh $(BASE) dist
	python3 scripts/sizes.py dist

## Print the performance figures: sizes, interaction latency, storage at scale, Lighthouse
bench: tools-browser
	scripts/release-build.sh $(E2E_BASE) target/bench-dist
	INTERVIEW_DECK_SYNTHETIC_QUESTIONS=5000 scripts/release-build.sh $(E2E_BASE) target/bench-synthetic
	node scripts/bench.mjs target/bench-dist target/bench-synthetic
	@printf '\n== The framework floor: the smallest Leptos + router app, built like ours ==\n'
	scripts/framework-floor.sh
	@printf '\n== The key-point matcher on the hand-labelled answers (tests/fixtures/answers.toml) ==\n'
	cargo run --locked --quiet --example key_point_matcher

tools:
	@scripts/setup-tools.sh

tools-browser:
	@scripts/setup-tools.sh --browser

clean:
	cargo clean
	rm -rf dist
