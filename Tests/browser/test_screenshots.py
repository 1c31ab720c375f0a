"""Screenshots of the home, catalog, card, compare and search pages in every language, on a desktop
(1280 CSS px wide) and on a phone (375 CSS px), as docs/screenshots/<page>-<lang>-<desktop|phone>.png.

Every run of the browser tests takes them, into a temporary folder, and checks that each is a PNG of
the expected width showing the page's heading. The working tree is left alone unless
PRACTICA_SCREENSHOTS is set: `1` writes them to docs/screenshots/, any other value is a folder to
write them to. Each is the top of the page, at most 1,200 px high on a desktop and 1,600 on a phone,
at one device pixel per CSS pixel, and squeezed with pngquant when it is installed.
"""
import base64
import os
import shutil
import struct
import subprocess
from pathlib import Path

import pytest

from conftest import (DESKTOP_HEIGHT, DESKTOP_WIDTH, LANGUAGES, PHONE_HEIGHT, PHONE_WIDTH, REPOSITORY, color_scheme, emulate,
                      open_page)
from test_shortlist import set_shortlist

PAGES = ["home", "catalog", "card", "compare", "search"]
SIZES = {"desktop": (DESKTOP_WIDTH, DESKTOP_HEIGHT, False, 1200), "phone": (PHONE_WIDTH, PHONE_HEIGHT, True, 1600)}


def destination():
    chosen = os.environ.get("PRACTICA_SCREENSHOTS", "").strip()
    if not chosen:
        return None
    return REPOSITORY / "docs" / "screenshots" if chosen == "1" else Path(chosen)


def png_size(data):
    assert data[:8] == b"\x89PNG\r\n\x1a\n", "not a PNG"
    return struct.unpack(">II", data[16:24])


def squeeze(path):
    """pngquant, when installed: a palette of at most 256 colours, text kept sharp; else as it is."""
    if shutil.which("pngquant"):
        subprocess.run(["pngquant", "--force", "--skip-if-larger", "--strip", "--quality", "70-95", "--speed", "1",
                        "--output", str(path), "--", str(path)], check=False, capture_output=True)


@pytest.fixture(scope="module")
def shots(tmp_path_factory):
    folder = tmp_path_factory.mktemp("screenshots")
    yield folder
    target = destination()
    if target is not None:
        target.mkdir(parents=True, exist_ok=True)
        for shot in sorted(folder.glob("*.png")):
            shutil.copyfile(shot, target / shot.name)
            squeeze(target / shot.name)


@pytest.mark.parametrize("size", list(SIZES))
@pytest.mark.parametrize("lang", LANGUAGES)
def test_screenshots(browser, shots, lang, size):
    width, height, mobile, cap = SIZES[size]
    driver = browser.driver
    set_shortlist(browser, ["foster-family-club"])
    color_scheme(driver, "light")
    emulate(driver, width, height, mobile)
    driver.execute_cdp_cmd("Emulation.setScrollbarsHidden", {"hidden": True})
    try:
        for page in PAGES:
            open_page(browser, page, lang)
            browser.script("document.activeElement?.blur(); window.scrollTo(0, 0)")
            full = browser.script("return Math.ceil(document.documentElement.scrollHeight)")
            shot = driver.execute_cdp_cmd("Page.captureScreenshot", {
                "format": "png", "captureBeyondViewport": True, "fromSurface": True,
                "clip": {"x": 0, "y": 0, "width": width, "height": min(full, cap), "scale": 1}})
            data = base64.b64decode(shot["data"])
            assert png_size(data) == (width, min(full, cap)), f"{page}-{lang}-{size}: {png_size(data)}"
            assert len(data) > 5_000, f"{page}-{lang}-{size} looks blank"
            (shots / f"{page}-{lang}-{size}.png").write_bytes(data)
    finally:
        driver.execute_cdp_cmd("Emulation.setScrollbarsHidden", {"hidden": False})
        emulate(driver, None, None, False)
        color_scheme(driver, None)
        set_shortlist(browser, None)
