# Practica: `make site` builds the sample site, `make test` runs every test. Both install what is missing.
SHELL := /bin/bash
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)
APT_PACKAGES := libcmark-gfm-dev libcmark-gfm-extensions-dev pkg-config
PRACTICA := .build/release/practica

.PHONY: site test test-js node deps build release serve clean bench fuzz

## Installs the C libraries the build links (Debian packages), once.
deps:
	@missing=""; for p in $(APT_PACKAGES); do dpkg -s $$p >/dev/null 2>&1 || missing="$$missing $$p"; done; \
	if [ -n "$$missing" ]; then echo "installing:$$missing"; \
	  $(SUDO) apt-get update -qq && $(SUDO) DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $$missing; fi

release: deps
	swift build -c release --product practica

## Builds the sample site in content/ into public/.
site: release
	time $(PRACTICA) build --site .
	@echo "Built public/. Look at it with: python3 -m http.server -d public 8000  (then open http://127.0.0.1:8000/)"

## Runs every test: Swift unit, fixture and golden tests; the JavaScript modules under Node; the pages in a real browser.
# Serially: on two cores, builds in parallel tests held every thread of Swift's cooperative pool, and the
# dev-server tests' listeners were never scheduled. Serial runs are no slower there (113 s against 126 s).
test: deps
	swift test --no-parallel
	$(MAKE) test-js
	bash Tests/browser/run.sh

## The browser-side modules under Node, against a freshly built sample site.
test-js: node
	rm -rf .build/js-site && swift build --product practica && .build/debug/practica build --site . --output .build/js-site
	PRACTICA_SITE=$(CURDIR)/.build/js-site node --test Tests/js/

node:
	@command -v node >/dev/null || { $(SUDO) apt-get update -qq && $(SUDO) DEBIAN_FRONTEND=noninteractive apt-get install -y -qq nodejs; }

clean:
	rm -rf .build public

## Benchmarks against Hugo and Pagefind on a generated corpus (not part of `make test`): see docs/benchmarks.md.
bench: deps
	bash bench/run.sh

## Fuzzes the parsers with libFuzzer, FUZZ_SECONDS (default 60) per target (not part of `make test`): see docs/fuzzing.md.
fuzz: deps
	FUZZ_SECONDS=$(or $(FUZZ_SECONDS),60) bash scripts/fuzz.sh
