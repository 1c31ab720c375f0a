"""Fixtures for the browser tests: a headless Debian chromium driven by chromedriver.

Run them with Tests/browser/run.sh, which builds the sample site, serves it on 127.0.0.1
and sets PRACTICA_BROWSER_BASE_URL. Every test that uses `browser` fails if the page logged
an error or a Content-Security-Policy violation.
"""
import contextlib
import os
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

import pytest
from selenium import webdriver
from selenium.webdriver.chrome.options import Options
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By
from selenium.webdriver.support import expected_conditions as EC
from selenium.webdriver.support.ui import WebDriverWait

WAIT_SECONDS = float(os.environ.get("PRACTICA_BROWSER_WAIT", "10"))
REPOSITORY = Path(__file__).resolve().parents[2]


def _binary(variable, *names):
    path = os.environ.get(variable)
    if path:
        return path
    for name in names:
        found = shutil.which(name)
        if found:
            return found
    pytest.exit(f"none of {', '.join(names)} is installed (set {variable})", returncode=2)


def _driver(javascript=True):
    options = Options()
    options.binary_location = _binary("PRACTICA_CHROMIUM", "chromium", "chromium-browser")
    for argument in ("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu",
                     "--window-size=1280,900", "--lang=en-US", "--disable-extensions"):
        options.add_argument(argument)
    if not javascript:
        options.add_argument("--blink-settings=scriptEnabled=false")
        options.add_experimental_option("prefs", {"profile.managed_default_content_settings.javascript": 2})
    options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    service = Service(executable_path=_binary("PRACTICA_CHROMEDRIVER", "chromedriver"))
    driver = webdriver.Chrome(service=service, options=options)
    driver.set_page_load_timeout(30)
    return driver


@pytest.fixture(scope="session")
def base_url():
    url = os.environ.get("PRACTICA_BROWSER_BASE_URL")
    if not url:
        pytest.exit("PRACTICA_BROWSER_BASE_URL is not set: run Tests/browser/run.sh", returncode=2)
    return url.rstrip("/")


@pytest.fixture(scope="session")
def _session_driver():
    driver = _driver(javascript=True)
    yield driver
    driver.quit()


@pytest.fixture(scope="session")
def _session_nojs_driver():
    driver = _driver(javascript=False)
    yield driver
    driver.quit()


def _problems(entries):
    """Errors and CSP violations among browser log entries (the site has no favicon.ico: not the page's error)."""
    return [entry["message"] for entry in entries
            if (entry.get("level") == "SEVERE" or "Content Security Policy" in entry.get("message", "")
                or "Content-Security-Policy" in entry.get("message", ""))
            and "/favicon.ico " not in entry.get("message", "")]


@pytest.fixture
def browser(_session_driver, base_url):
    """The JavaScript browser; the test fails if the console shows an error or a CSP violation."""
    driver = _session_driver
    driver.get_log("browser")  # drop what earlier tests left
    yield Browser(driver, base_url)
    problems = _problems(driver.get_log("browser"))
    driver.get("about:blank")
    assert not problems, "console errors or CSP violations:\n" + "\n".join(problems)


@pytest.fixture
def nojs_browser(_session_nojs_driver, base_url):
    return Browser(_session_nojs_driver, base_url)


def _practica():
    """The practica binary run.sh chose (PRACTICA_BINARY), else the newer of the release and debug ones."""
    chosen = os.environ.get("PRACTICA_BINARY")
    if chosen:
        return chosen
    candidates = [REPOSITORY / ".build" / kind / "practica" for kind in ("release", "debug")]
    existing = [path for path in candidates if path.exists()]
    if not existing:
        pytest.fail("no practica binary: run Tests/browser/run.sh or set PRACTICA_BINARY")
    return str(max(existing, key=lambda path: path.stat().st_mtime))


def _free_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def _copy_sample_site(site):
    """The sample site's content and the repository's theme files, copied into `site`."""
    shutil.copytree(REPOSITORY / "content", site / "content")
    shutil.copytree(REPOSITORY / "templates", site / "templates", ignore=shutil.ignore_patterns("*.swift", "README.md"))


@contextlib.contextmanager
def built_site(name, write_site):
    """A site written by `write_site(folder)` into a temporary folder, built with the binary under test
    and served on 127.0.0.1; yields its base URL, and removes everything afterwards."""
    work = Path(tempfile.mkdtemp(prefix=f"practica-{name}."))
    server = None
    try:
        site = work / "site"
        write_site(site)
        output = work / "public"
        build = subprocess.run([_practica(), "build", "--site", str(site), "--output", str(output)],
                               capture_output=True, text=True, timeout=600)
        if build.returncode != 0:
            pytest.fail(f"building the {name} site failed:\n{build.stdout}\n{build.stderr}")
        url, server = _serve(output)
        yield url
    finally:
        if server is not None:
            server.terminate()
            server.wait(timeout=10)
        shutil.rmtree(work, ignore_errors=True)


@pytest.fixture(scope="session")
def paged_base_url():
    """The sample site with `page_size: 3` (a catalog of several pages), built into a temporary
    folder with the repository's theme files and served on 127.0.0.1; its base URL."""
    def write(site):
        _copy_sample_site(site)
        with open(site / "content" / "site.yml", "a", encoding="utf-8") as config:
            config.write("\npage_size: 3\n")

    with built_site("paged", write) as url:
        yield url


@pytest.fixture
def paged_browser(browser, paged_base_url):
    """The JavaScript browser on the paged site (console errors and CSP violations fail the test)."""
    return Browser(browser.driver, paged_base_url)


@pytest.fixture
def paged_nojs_browser(_session_nojs_driver, paged_base_url):
    return Browser(_session_nojs_driver, paged_base_url)


class Browser:
    """A driver with the few helpers the tests share; every wait is explicit."""

    def __init__(self, driver, base_url):
        self.driver = driver
        self.base_url = base_url

    def open(self, path):
        self.driver.get(self.base_url + path)

    def wait(self, condition, message="", timeout=WAIT_SECONDS):
        return WebDriverWait(self.driver, timeout).until(condition, message)

    def find(self, css):
        return self.driver.find_element(By.CSS_SELECTOR, css)

    def find_all(self, css):
        return self.driver.find_elements(By.CSS_SELECTOR, css)

    def visible(self, css):
        return self.wait(EC.visibility_of_element_located((By.CSS_SELECTOR, css)), f"{css} never became visible")

    def script(self, source, *arguments):
        return self.driver.execute_script(source, *arguments)

    # The search page ------------------------------------------------------------------

    def open_search(self, lang, query=""):
        self.open(f"/{lang}/search/{query}")
        self.visible("[data-search-form] input[type=search]")
        self.wait_settled()

    def wait_settled(self):
        """Until the search has answered: the status shows a result count or a message."""
        self.wait(lambda d: self.status_text() and not self.script(
            "return document.querySelector('[data-search-status]').textContent === document.querySelector('[data-search-page]').dataset.textLoading"),
            "the search never answered")

    def status_text(self):
        return self.script("return document.querySelector('[data-search-status]')?.textContent ?? ''")

    def result_ids(self):
        return self.script(
            "return [...document.querySelectorAll('[data-search-results] [data-result-id]')].map(e => e.dataset.resultId)")

    def wait_for_result(self, practice_id, message=None):
        self.wait(lambda d: practice_id in self.result_ids(),
                  message or f"{practice_id} never appeared among the results")

    def current_query(self):
        return self.script("return location.search")


# Pages as people use them (test_a11y.py, test_phone.py, test_weight.py, test_screenshots.py) ---------

LANGUAGES = ["en", "he", "ru", "bg"]
PHONE_WIDTH, PHONE_HEIGHT = 375, 812
DESKTOP_WIDTH, DESKTOP_HEIGHT = 1280, 900

# Per language: a practice written in it, a query that finds practices, and three practices to compare
# (one of them in another language, so the table mixes languages and directions).
CARDS = {"en": "mifgash", "he": "pnima", "ru": "foster-family-club", "bg": "regional-coordination-mechanism"}
QUERIES = {"en": "family", "he": "משפחות", "ru": "семьи", "bg": "деца"}
COMPARED = "mifgash,foster-family-club,pnima"

# A page type → (path in a language, a CSS selector or script that says the page has finished drawing).
# Scripts return true when ready; the search waits for results, the compare page for its table, the
# catalog for its filters, pages with shortlist buttons for those buttons.
TOGGLES_SHOWN = "[...document.querySelectorAll('[data-shortlist-toggle]')].every((b) => !b.hidden)"
READY_TOGGLES = "return " + TOGGLES_SHOWN
PAGE_TYPES = {
    "home": (lambda lang: f"/{lang}/", READY_TOGGLES),
    "catalog": (lambda lang: f"/{lang}/practices/",
                "return !!document.querySelector('[data-catalog-filters]:not([hidden]) fieldset') && " + TOGGLES_SHOWN),
    "card": (lambda lang: f"/{lang}/practices/{CARDS[lang]}/", READY_TOGGLES),
    "models": (lambda lang: f"/{lang}/models/", None),
    "model": (lambda lang: "/en/models/parents-as-partners-model/", READY_TOGGLES),
    "search": (lambda lang: f"/{lang}/search/?q={QUERIES[lang]}",
               "return document.querySelectorAll('[data-search-results] [data-result-id]').length > 0"),
    "topic": (lambda lang: f"/{lang}/topics/child-protection/", READY_TOGGLES),
    "compare": (lambda lang: f"/{lang}/compare/?ids={COMPARED}",
                "return !!document.querySelector('[data-compare-table] tbody tr') && " + TOGGLES_SHOWN),
}


def page_path(page_type, lang):
    return PAGE_TYPES[page_type][0](lang)


def open_page(browser, page_type, lang):
    """Opens a page of the type in the language and waits until its scripts have drawn it."""
    path, ready = PAGE_TYPES[page_type]
    browser.open(path(lang))
    browser.visible("h1")
    if ready:
        browser.wait(lambda d: browser.script(ready), f"{path(lang)} never finished drawing")
    browser.script("return document.fonts.ready.then(() => true)")


def emulate(driver, width, height, mobile, scale=1):
    """A viewport of exactly `width` × `height` CSS pixels (CDP device metrics; `mobile` honours the
    viewport meta tag and touch), or back to the window's own with width=None."""
    if width is None:
        driver.execute_cdp_cmd("Emulation.clearDeviceMetricsOverride", {})
        return
    driver.execute_cdp_cmd("Emulation.setDeviceMetricsOverride",
                           {"width": width, "height": height, "deviceScaleFactor": scale, "mobile": mobile})


def color_scheme(driver, scheme):
    """prefers-color-scheme: 'dark', 'light', or None for the default."""
    features = [{"name": "prefers-color-scheme", "value": scheme}] if scheme else []
    driver.execute_cdp_cmd("Emulation.setEmulatedMedia", {"media": "", "features": features})


@pytest.fixture
def phone(browser):
    """The browser with a 375 × 812 CSS pixel phone viewport; the desktop one again afterwards."""
    emulate(browser.driver, PHONE_WIDTH, PHONE_HEIGHT, mobile=True)
    yield browser
    emulate(browser.driver, None, None, False)


def axe_source():
    """axe-core as the PyPI wheel axe-playwright-python ships it (Tests/browser/run.sh installs it);
    found without importing the package, which would import Playwright."""
    import importlib.util
    spec = importlib.util.find_spec("axe_playwright_python")
    if spec is None or not spec.submodule_search_locations:
        pytest.fail("axe-playwright-python is not installed: run Tests/browser/run.sh")
    path = Path(list(spec.submodule_search_locations)[0]) / "axe.min.js"
    if not path.exists():
        pytest.fail(f"{path} is missing from axe-playwright-python")
    return path.read_text(encoding="utf-8")


# A card with an image beside it: a PNG drawn here, shown in the English Mifgash card's body.
IMAGE_WIDTH, IMAGE_HEIGHT = 480, 270


def _png(width, height):
    """An RGB PNG like a diagram (three boxes joined by a line on white), made without an imaging library."""
    import struct
    import zlib

    def colour(x, y):
        box = (x * 4) // width
        inside = box < 3 and width * box // 4 + width // 16 <= x < width * (box + 1) // 4 and height // 3 <= y < 2 * height // 3
        if inside:
            return ((11, 92, 173), (47, 125, 91), (138, 90, 0))[box]
        if abs(y - height // 2) <= 1 and x < 3 * width // 4:
            return (85, 95, 107)
        return (255, 255, 255)

    rows = b"".join(b"\x00" + b"".join(bytes(colour(x, y)) for x in range(width)) for y in range(height))

    def chunk(kind, data):
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)

    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(rows, 9)) + chunk(b"IEND", b"")


def _serve(output):
    """Serves a folder on a free loopback port; (url, process)."""
    port = _free_port()
    server = subprocess.Popen([sys.executable, "-m", "http.server", "--bind", "127.0.0.1", "--directory", str(output), str(port)],
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    url = f"http://127.0.0.1:{port}"
    for _ in range(100):
        try:
            urllib.request.urlopen(url + "/", timeout=1).close()
            return url, server
        except OSError:
            time.sleep(0.1)
    server.terminate()
    pytest.fail("the server did not start")


@pytest.fixture(scope="session")
def imaged_base_url():
    """The sample site with scheme.png beside the Mifgash card and `![…](scheme.png#480x270)` in its
    English body, built with the binary under test (and the repository's theme) and served; its URL."""
    def write(site):
        _copy_sample_site(site)
        card = site / "content" / "practices" / "mifgash"
        (card / "scheme.png").write_bytes(_png(IMAGE_WIDTH, IMAGE_HEIGHT))
        with open(card / "en.md", "a", encoding="utf-8") as body:
            body.write(f"\n\n![How the programme is organised](scheme.png#{IMAGE_WIDTH}x{IMAGE_HEIGHT})\n")

    with built_site("imaged", write) as url:
        yield url
