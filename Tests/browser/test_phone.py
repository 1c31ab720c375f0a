"""Phones: every page type in every language at 375 CSS pixels wide (CDP device metrics, as a phone
with the viewport meta tag honoured) scrolls up and down only; the filters fold into a panel; the
compare table scrolls inside its own box; lists stack in one column."""
import pytest

from conftest import LANGUAGES, PAGE_TYPES, PHONE_WIDTH, open_page, page_path
from test_shortlist import set_shortlist

PAGES = [(page_type, lang) for lang in LANGUAGES for page_type in PAGE_TYPES if page_type != "model" or lang == "en"]
# Pages without a script to wait for.
STATIC = ["/", "/404.html"] + [f"/{lang}/{path}" for lang in LANGUAGES
                              for path in ("topics/", "regions/", "about/", "practices/overview/", "shortlist/")]

WIDTHS = """
const root = document.documentElement;
const wide = [...document.querySelectorAll('body *')].filter((e) => {
  if (e.closest('svg, .visually-hidden, .skip-link, [hidden]')) return false;
  const box = e.getBoundingClientRect();
  return box.width > 0 && (box.right > root.clientWidth + 0.5 || box.left < -0.5) && !e.closest('.compare-scroll, table');
}).slice(0, 5).map((e) => `<${e.tagName.toLowerCase()} class="${e.className}"> ${Math.round(e.getBoundingClientRect().left)}…${Math.round(e.getBoundingClientRect().right)}`);
return { inner: innerWidth, client: root.clientWidth, scroll: root.scrollWidth, body: document.body.scrollWidth, wide };
"""


def assert_no_sideways_scroll(browser, what):
    widths = browser.script(WIDTHS)
    assert widths["inner"] == PHONE_WIDTH and widths["client"] == PHONE_WIDTH, f"the viewport is not {PHONE_WIDTH} CSS px wide: {widths}"
    assert widths["scroll"] <= widths["client"] and widths["body"] <= widths["client"], (
        f"{what} scrolls sideways at {PHONE_WIDTH} px: scrollWidth {widths['scroll']} > clientWidth {widths['client']}; "
        f"wider than the screen: {widths['wide']}")
    # Nothing sticks out even where overflow is clipped.
    assert not widths["wide"], f"{what}: elements beyond the screen's edges: {widths['wide']}"


@pytest.fixture
def shortlisted_phone(phone):
    set_shortlist(phone, ["mifgash", "foster-family-club"])
    yield phone
    set_shortlist(phone, None)


@pytest.mark.parametrize("page_type,lang", PAGES, ids=[f"{t}-{l}" for t, l in PAGES])
def test_no_sideways_scroll_on_a_phone(shortlisted_phone, page_type, lang):
    browser = shortlisted_phone
    open_page(browser, page_type, lang)
    assert_no_sideways_scroll(browser, page_path(page_type, lang))
    # With every folding panel open (the filters, the catalog's chart) too.
    opened = browser.script("const panels = [...document.querySelectorAll('main details')]; panels.forEach((d) => { d.open = true; }); return panels.length")
    if opened:
        assert_no_sideways_scroll(browser, page_path(page_type, lang) + " with its panels open")


@pytest.mark.parametrize("path", STATIC)
def test_no_sideways_scroll_on_a_phone_elsewhere(shortlisted_phone, path):
    browser = shortlisted_phone
    browser.open(path)
    browser.visible("main")
    if path.endswith("shortlist/"):
        browser.wait(lambda d: browser.script("return document.querySelector('[data-shortlist-page]')?.dataset.ready !== undefined"))
    assert_no_sideways_scroll(browser, path)


@pytest.mark.parametrize("page_type", ["catalog", "search"])
@pytest.mark.parametrize("lang", LANGUAGES)
def test_filters_fold_into_a_panel_on_a_phone_and_stay_open_on_a_desktop(browser, page_type, lang):
    panel = "[data-catalog-filters]" if page_type == "catalog" else "[data-search-page] details.filters"
    state = f"""const d = document.querySelector('{panel}'); const s = d.querySelector('summary');
        return {{ tag: d.tagName, open: d.open, summary: getComputedStyle(s).display !== 'none',
                  body: d.querySelector('.filters-body').getBoundingClientRect().height }}"""
    open_page(browser, page_type, lang)
    desktop = browser.script(state)
    assert desktop["tag"] == "DETAILS" and desktop["open"] and not desktop["summary"] and desktop["body"] > 0, desktop
    browser.driver.execute_cdp_cmd("Emulation.setDeviceMetricsOverride",
                                   {"width": PHONE_WIDTH, "height": 812, "deviceScaleFactor": 1, "mobile": True})
    try:
        open_page(browser, page_type, lang)
        phone = browser.script(state)
        assert phone["tag"] == "DETAILS" and not phone["open"] and phone["summary"], f"on a phone the filters start folded: {phone}"
        # Folded, the panel is one line: the results start near the top of the screen.
        first = browser.script("""const e = document.querySelector('[data-catalog] .entry, [data-catalog-results] .entry, [data-search-results] .entry');
            return e.getBoundingClientRect().top""")
        assert first < 812, f"the first result starts below the first screen ({first:.0f} px)"
    finally:
        browser.driver.execute_cdp_cmd("Emulation.clearDeviceMetricsOverride", {})


@pytest.mark.parametrize("lang", LANGUAGES)
def test_compare_table_scrolls_in_its_own_box_and_lists_stack_on_a_phone(shortlisted_phone, lang):
    browser = shortlisted_phone
    open_page(browser, "compare", lang)
    box = browser.script("""const box = document.querySelector('[data-compare-table]').closest('.compare-scroll');
        if (!box) return null;
        const s = getComputedStyle(box);
        return { overflow: s.overflowX, scroll: box.scrollWidth, client: box.clientWidth, right: box.getBoundingClientRect().right }""")
    assert box, "the compare table is not inside a .compare-scroll box"
    assert box["overflow"] in ("auto", "scroll") and box["right"] <= PHONE_WIDTH + 0.5, box
    assert box["scroll"] > box["client"], "three practices do not fit 375 px: the table should scroll inside its box"
    # The row headings stay in view while the columns scroll.
    assert browser.script("return getComputedStyle(document.querySelector('[data-compare-table] th[scope=row]')).position") == "sticky"
    assert_no_sideways_scroll(browser, page_path("compare", lang))

    for page_type in ("catalog", "search", "home"):
        open_page(browser, page_type, lang)
        columns = browser.script("""return new Set([...document.querySelectorAll('main .entry')].filter((e) => e.offsetParent)
            .map((e) => Math.round(e.getBoundingClientRect().left))).size""")
        assert columns == 1, f"{page_path(page_type, lang)}: the entries are not one column on a phone"
