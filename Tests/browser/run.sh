#!/usr/bin/env bash
# Browser tests of the search page and the catalog filters, in a real headless chromium.
#
#   Tests/browser/run.sh [pytest arguments…]
#
# Installs what is missing (Debian chromium and chromium-driver; a Python venv .venv-browser
# with selenium, pytest and axe-playwright-python's axe-core), builds the sample site with .build/release/practica or
# .build/debug/practica, whichever is newer (building the debug one if neither exists; PRACTICA_BINARY=FILE
# names another), into a temporary folder, serves it with python3 -m http.server on 127.0.0.1 at a free
# port, runs pytest, and stops the server. PRACTICA_BROWSER_SITE=DIR tests an already built site instead.
# The paged-catalog tests build and serve their own copy of the sample site (conftest.py) with the same binary.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
repo="$(cd "$here/../.." && pwd)"
cd "$repo"

sudo=""
if [ "$(id -u)" != 0 ]; then sudo="sudo"; fi
apt_install() {
  echo "installing: $*" >&2
  $sudo apt-get update -qq
  $sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$@"
}

# 1. The browser and its driver.
if ! command -v chromium >/dev/null 2>&1 || ! command -v chromedriver >/dev/null 2>&1; then
  apt_install chromium chromium-driver
fi
# pdftotext, to read back the PDFs that `practica build --pdf` prints.
if ! command -v pdftotext >/dev/null 2>&1; then
  apt_install poppler-utils
fi

# 2. Python with selenium and pytest, in a venv (git-ignored by .venv*).
venv="$repo/.venv-browser"
if [ ! -x "$venv/bin/python" ]; then
  rm -rf "$venv"
  if ! python3 -m venv "$venv" 2>/dev/null; then
    rm -rf "$venv"
    apt_install python3-venv
    python3 -m venv "$venv"
  fi
fi
if ! "$venv/bin/python" -c "import selenium, pytest, jsonschema" 2>/dev/null; then
  "$venv/bin/pip" install -q --disable-pip-version-check selenium pytest jsonschema
fi
# axe-core for the accessibility tests: the copy of axe.min.js inside the PyPI wheel axe-playwright-python.
# Only that file is used (injected through WebDriver), so Playwright, its dependency, is not installed.
if ! "$venv/bin/python" -c "import importlib.util, sys; sys.exit(importlib.util.find_spec('axe_playwright_python') is None)" 2>/dev/null; then
  "$venv/bin/pip" install -q --disable-pip-version-check --no-deps axe-playwright-python
fi

# 3. The site.
work="$(mktemp -d "${TMPDIR:-/tmp}/practica-browser.XXXXXX")"
server=""
cleanup() {
  if [ -n "$server" ]; then kill "$server" 2>/dev/null || true; wait "$server" 2>/dev/null || true; fi
  rm -rf "$work"
}
trap cleanup EXIT INT TERM

# The binary under test (PRACTICA_BINARY=FILE chooses one): built now, since the theme is compiled
# in and an old binary would test old pages; quick when nothing changed. The paged catalog's,
# the PDF and the serve tests run it too.
practica="${PRACTICA_BINARY:-}"
if [ -z "$practica" ] && [ -z "${PRACTICA_BROWSER_SITE:-}" ]; then
  swift build --product practica
  practica=.build/debug/practica
fi
if [ -n "$practica" ]; then
  practica="$(cd "$(dirname "$practica")" && pwd)/$(basename "$practica")"
  export PRACTICA_BINARY="$practica"
fi

if [ -n "${PRACTICA_BROWSER_SITE:-}" ]; then
  site="$PRACTICA_BROWSER_SITE"
else
  echo "building the site with $practica" >&2
  site="$work/site"
  "$practica" build --site . --output "$site" >"$work/build.log" 2>&1 || { cat "$work/build.log" >&2; exit 1; }
fi

# 4. A static server on a free port.
port="$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()')"
python3 -m http.server --bind 127.0.0.1 --directory "$site" "$port" >"$work/server.log" 2>&1 &
server=$!
base="http://127.0.0.1:$port"
python3 - "$base" <<'PY'
import sys, time, urllib.request
for _ in range(100):
    try:
        urllib.request.urlopen(sys.argv[1] + "/", timeout=1).close()
        break
    except OSError:
        time.sleep(0.1)
else:
    sys.exit("the test server did not start")
PY

# 5. The tests.
export PRACTICA_BROWSER_BASE_URL="$base"
status=0
"$venv/bin/python" -m pytest -c "$here/pytest.ini" --rootdir "$here" "$here" "$@" || status=$?
exit "$status"
