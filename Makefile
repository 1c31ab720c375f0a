# Practica: `make site` builds the sample site, `make test` runs every test. Both install what is missing.
SHELL := /bin/bash
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)
APT_PACKAGES := libcmark-gfm-dev libcmark-gfm-extensions-dev pkg-config
PRACTICA := .build/release/practica

.PHONY: site test deps build release serve clean

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

## Runs the unit, fixture and golden tests.
test: deps
	swift test

clean:
	rm -rf .build public
