"""Accessibility: axe-core on every page type in every language, in light and dark colours; words in
another language marked with lang; filters, the filter panel and the shortlist by keyboard alone;
counts announced by live regions; a visible focus ring.

axe-core comes from the PyPI wheel axe-playwright-python (only its axe.min.js is used, injected with
WebDriver; Playwright itself is not needed). Every violation fails, with its rule, impact, help page
and the CSS selectors of the elements at fault.
"""
import json

import pytest
from selenium.webdriver.common.action_chains import ActionChains
from selenium.webdriver.common.keys import Keys

from conftest import LANGUAGES, PAGE_TYPES, axe_source, color_scheme, open_page, page_path
from test_shortlist import KEY, set_shortlist

# WCAG 2.0, 2.1 and 2.2, levels A and AA, and Deque's best practices.
AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22a", "wcag22aa", "best-practice"]

# The model document exists in English only; every language lists the models.
PAGES = [(page_type, lang) for lang in LANGUAGES for page_type in PAGE_TYPES if page_type != "model" or lang == "en"]
PAGE_IDS = [f"{page_type}-{lang}" for page_type, lang in PAGES]

_AXE = None


def run_axe(browser, options):
    """Injects axe-core (once per page) and runs it on the document; the violations as plain data."""
    global _AXE
    if _AXE is None:
        _AXE = axe_source()
    if not browser.script("return typeof window.axe === 'object'"):
        browser.script(_AXE)
    result = browser.driver.execute_async_script("""
        const done = arguments[arguments.length - 1];
        axe.run(document, arguments[0]).then(
          (r) => done({ violations: r.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, helpUrl: v.helpUrl,
            nodes: v.nodes.map((n) => ({ target: n.target.join(' '), summary: n.failureSummary })) })) }),
          (e) => done({ error: String(e) }));""", options)
    assert "error" not in result, f"axe failed to run: {result.get('error')}"
    return result["violations"]


def report(path, violations):
    """A readable list: one block per rule, with the selectors of the elements that break it."""
    lines = [f"{len(violations)} axe violation(s) on {path}:"]
    for violation in violations:
        lines.append(f"  [{violation['impact']}] {violation['id']}: {violation['help']} ({violation['helpUrl']})")
        for node in violation["nodes"][:8]:
            summary = " ".join((node["summary"] or "").split())
            lines.append(f"      {node['target']}  —  {summary[:240]}")
        if len(violation["nodes"]) > 8:
            lines.append(f"      … and {len(violation['nodes']) - 8} more")
    return "\n".join(lines)


@pytest.fixture
def shortlisted(browser):
    """Two practices on the shortlist, so that its page and the header's count show something."""
    set_shortlist(browser, ["mifgash", "foster-family-club"])
    yield browser
    set_shortlist(browser, None)
    color_scheme(browser.driver, None)


@pytest.mark.parametrize("page_type,lang", PAGES, ids=PAGE_IDS)
def test_axe_finds_no_violation(shortlisted, page_type, lang):
    browser = shortlisted
    open_page(browser, page_type, lang)
    violations = run_axe(browser, {"runOnly": {"type": "tag", "values": AXE_TAGS}, "resultTypes": ["violations"]})
    assert not violations, report(page_path(page_type, lang), violations)


@pytest.mark.parametrize("lang", LANGUAGES)
def test_axe_finds_no_violation_in_dark_mode_or_with_the_panels_open(shortlisted, lang):
    """prefers-color-scheme: dark has colours of its own; contrast and every other rule again, with the
    catalog's chart panel open too."""
    browser = shortlisted
    color_scheme(browser.driver, "dark")
    assert browser.script("return matchMedia('(prefers-color-scheme: dark)').matches")
    problems = []
    for page_type in PAGE_TYPES:
        if page_type == "model" and lang != "en":
            continue
        open_page(browser, page_type, lang)
        violations = run_axe(browser, {"runOnly": {"type": "tag", "values": AXE_TAGS}, "resultTypes": ["violations"]})
        if violations:
            problems.append(report(page_path(page_type, lang) + " (dark)", violations))
    browser.open(f"/{lang}/shortlist/")
    browser.wait(lambda d: browser.script("return document.querySelector('[data-shortlist-page]')?.dataset.ready !== undefined"))
    violations = run_axe(browser, {"runOnly": {"type": "tag", "values": AXE_TAGS}, "resultTypes": ["violations"]})
    if violations:
        problems.append(report(f"/{lang}/shortlist/ (dark)", violations))
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize("lang", LANGUAGES)
def test_axe_on_the_cost_and_time_overview(shortlisted, lang):
    """The overview's chart links every point to its practice: a group of links, each named in its practice's language."""
    browser = shortlisted
    browser.open(f"/{lang}/practices/overview/")
    browser.visible("h1")
    assert browser.script("return document.querySelectorAll('svg.cost-time a[href]').length") > 0, "the chart has no links"
    assert browser.script("return [...document.querySelectorAll('svg.cost-time a')].every((a) => a.getAttribute('lang'))")
    violations = run_axe(browser, {"runOnly": {"type": "tag", "values": AXE_TAGS}, "resultTypes": ["violations"]})
    assert not violations, report(f"/{lang}/practices/overview/", violations)


@pytest.mark.parametrize("lang", LANGUAGES)
def test_axe_on_the_shortlist_page(shortlisted, lang):
    browser = shortlisted
    browser.open(f"/{lang}/shortlist/")
    browser.wait(lambda d: browser.script("return document.querySelector('[data-shortlist-page]')?.dataset.ready !== undefined"))
    assert browser.script("return document.querySelectorAll('[data-shortlist-items] > li').length") == 2
    violations = run_axe(browser, {"runOnly": {"type": "tag", "values": AXE_TAGS}, "resultTypes": ["violations"]})
    assert not violations, report(f"/{lang}/shortlist/", violations)


# Words in another language --------------------------------------------------------------------------

# Text in Hebrew or Cyrillic letters must sit inside an element whose lang is a language of that
# script; in a page of another script, Latin words (three or more in a row) must be marked too.
# URLs and e-mail addresses need no mark. Charts are left out: an SVG's title and description are one
# accessible name, drawn by the build (PracticaRender), which mixes the titles of practices in several
# languages (see docs/accessibility.md).
FOREIGN_TEXT = """
const scripts = { he: /[\\u0590-\\u05ff]/, cyrillic: /[\\u0400-\\u04ff]/ };
const written = { he: 'he', ru: 'cyrillic', bg: 'cyrillic', en: 'latin' };
const latinWords = /(?:\\b[A-Za-z][a-z]{2,}\\b[\\s,.–-]+){2,}\\b[A-Za-z][a-z]{2,}\\b/;
const problems = [];
const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
for (let node = walker.nextNode(); node; node = walker.nextNode()) {
  const element = node.parentElement;
  if (!element || element.closest('script, style, noscript, svg, [hidden], [aria-hidden="true"]')) continue;
  const text = node.textContent.trim();
  if (!text) continue;
  const lang = (element.closest('[lang]')?.getAttribute('lang') ?? '').split('-')[0];
  const mine = written[lang] ?? 'latin';
  for (const [script, pattern] of Object.entries(scripts)) {
    if (pattern.test(text) && script !== mine) problems.push(`${script} text in lang=${lang}: “${text.slice(0, 60)}” in <${element.tagName.toLowerCase()} class="${element.className}">`);
  }
  if (mine !== 'latin' && latinWords.test(text.replace(/\\S+@\\S+|https?:\\S+/g, ''))) {
    problems.push(`Latin words in lang=${lang}: “${text.slice(0, 60)}” in <${element.tagName.toLowerCase()} class="${element.className}">`);
  }
}
return problems;
"""


@pytest.mark.parametrize("page_type,lang", PAGES, ids=PAGE_IDS)
def test_text_in_another_language_is_marked_with_lang(shortlisted, page_type, lang):
    browser = shortlisted
    open_page(browser, page_type, lang)
    problems = browser.script(FOREIGN_TEXT)
    assert not problems, f"text without its lang on {page_path(page_type, lang)}:\n" + "\n".join(problems[:20])


# Keyboard ---------------------------------------------------------------------------------------------

def tab_until(browser, condition, limit=120, backwards=False):
    """Presses Tab (Shift+Tab) until the script `condition` (about document.activeElement) holds."""
    for _ in range(limit):
        if browser.script(f"const e = document.activeElement; return !!({condition})"):
            return browser.driver.switch_to.active_element
        if backwards:
            ActionChains(browser.driver).key_down(Keys.SHIFT).send_keys(Keys.TAB).key_up(Keys.SHIFT).perform()
        else:
            ActionChains(browser.driver).send_keys(Keys.TAB).perform()
    pytest.fail(f"Tab never reached an element where {condition}")


def press(browser, key):
    ActionChains(browser.driver).send_keys(key).perform()


def start_from_top(browser):
    """The focus at the top of the document, as after loading it."""
    browser.script("document.activeElement?.blur(); window.scrollTo(0, 0)")
    browser.script("const a = document.createElement('a'); a.href = '#'; a.id = '__start'; document.body.prepend(a); a.focus(); a.remove()")


def outline(browser):
    return browser.script("""const s = getComputedStyle(document.activeElement);
        return { style: s.outlineStyle, width: parseFloat(s.outlineWidth), matches: document.activeElement.matches(':focus-visible') }""")


def assert_focus_visible(browser, what):
    ring = outline(browser)
    assert ring["matches"], f"{what}: the focus reached it by keyboard but :focus-visible does not match"
    assert ring["style"] != "none" and ring["width"] >= 2, f"{what}: no visible focus ring ({ring})"


@pytest.mark.parametrize("lang", LANGUAGES)
def test_catalog_filters_by_keyboard_on_a_phone_with_the_count_announced(phone, lang):
    """On a phone the filters are a closed panel: Tab reaches its summary, Enter opens it, Tab reaches
    a checkbox, Space ticks it and the count in the live region follows; Space again unticks it."""
    browser = phone
    open_page(browser, "catalog", lang)
    count = browser.find("[data-catalog-count]")
    assert count.get_attribute("aria-live") == "polite" and count.get_attribute("role") == "status"
    before = count.text
    panel = browser.find("[data-catalog-filters]")
    assert panel.tag_name == "details" and panel.get_attribute("open") is None, "the filters start closed on a phone"
    start_from_top(browser)
    tab_until(browser, "e.matches('[data-catalog-filters] > summary')")
    assert_focus_visible(browser, "the filters' summary")
    press(browser, Keys.ENTER)
    browser.wait(lambda d: panel.get_attribute("open") is not None, "Enter on the summary did not open the filters")
    box = tab_until(browser, "e.matches('[data-catalog-filters] input[type=checkbox]')")
    assert_focus_visible(browser, "a filter checkbox")
    press(browser, Keys.SPACE)
    browser.wait(lambda d: box.is_selected(), "Space did not tick the filter")
    browser.wait(lambda d: count.text != before, "the live region's count did not change")
    press(browser, Keys.SPACE)
    browser.wait(lambda d: not box.is_selected() and count.text == before, "Space again did not untick the filter")
    # Shift+Tab goes back to the summary, and Space there closes the panel.
    tab_until(browser, "e.matches('[data-catalog-filters] > summary')", backwards=True)
    press(browser, Keys.SPACE)
    browser.wait(lambda d: panel.get_attribute("open") is None, "Space on the summary did not close the filters")


@pytest.mark.parametrize("lang", LANGUAGES)
def test_search_filters_by_keyboard_with_the_count_announced(browser, lang):
    open_page(browser, "search", lang)
    status = browser.find("[data-search-status]")
    assert status.get_attribute("aria-live") == "polite" and status.get_attribute("role") == "status"
    before = status.text
    assert before, "the live region says nothing"
    start_from_top(browser)
    box = tab_until(browser, "e.matches('[data-search-page] .facet input[type=checkbox]')")
    assert_focus_visible(browser, "a search filter")
    query = browser.current_query()
    press(browser, Keys.SPACE)
    browser.wait(lambda d: box.is_selected(), "Space did not tick the filter")
    browser.wait(lambda d: browser.current_query() != query, "the ticked filter did not reach the URL")
    browser.wait(lambda d: status.text, "the live region went silent")
    press(browser, Keys.SPACE)
    browser.wait(lambda d: not box.is_selected(), "Space again did not untick the filter")
    browser.wait(lambda d: status.text == before, "the count did not come back")


@pytest.mark.parametrize("lang", LANGUAGES)
def test_shortlist_buttons_by_keyboard_on_cards_and_the_compare_table(shortlisted, lang):
    browser = shortlisted
    set_shortlist(browser, None)
    open_page(browser, "card", lang)
    start_from_top(browser)
    button = tab_until(browser, "e.matches('.card-actions [data-shortlist-toggle]')")
    assert_focus_visible(browser, "the card's shortlist button")
    assert button.get_attribute("aria-pressed") == "false"
    press(browser, Keys.ENTER)
    browser.wait(lambda d: button.get_attribute("aria-pressed") == "true", "Enter did not add the practice")
    press(browser, Keys.SPACE)
    browser.wait(lambda d: button.get_attribute("aria-pressed") == "false", "Space did not remove it")
    assert browser.script("return localStorage.getItem(arguments[0])", KEY) in ("[]", None)

    open_page(browser, "compare", lang)
    start_from_top(browser)
    button = tab_until(browser, "e.matches('[data-compare-table] [data-shortlist-toggle]')")
    assert_focus_visible(browser, "a shortlist button in the compare table")
    pressed = button.get_attribute("aria-pressed")
    press(browser, Keys.SPACE)
    browser.wait(lambda d: button.get_attribute("aria-pressed") != pressed, "Space did not toggle the compare table's button")
    assert json.loads(browser.script("return localStorage.getItem(arguments[0])", KEY))


def test_focus_is_visible_on_every_kind_of_control(browser):
    """A :focus-visible rule with an outline exists, and links, buttons, fields, summaries and
    checkboxes reached by Tab draw it."""
    browser.open("/en/practices/")
    rules = browser.script("""return [...document.styleSheets].flatMap((sheet) => [...sheet.cssRules])
        .filter((rule) => rule.selectorText?.includes(':focus-visible')).map((rule) => rule.cssText)""")
    assert any("outline" in rule for rule in rules), f"no :focus-visible outline rule: {rules}"
    open_page(browser, "catalog", "en")
    start_from_top(browser)
    seen = set()
    kinds = {"a": "e.tagName === 'A'", "search field": "e.matches('input[type=search]')", "button": "e.tagName === 'BUTTON'",
             "checkbox": "e.matches('input[type=checkbox]')", "summary": "e.tagName === 'SUMMARY'"}
    for _ in range(80):
        for kind, condition in kinds.items():
            if kind not in seen and browser.script(f"const e = document.activeElement; return !!({condition})"):
                assert_focus_visible(browser, kind)
                seen.add(kind)
        if len(seen) == len(kinds):
            break
        press(browser, Keys.TAB)
    # The summary of the chart panel is the one summary shown on a wide screen.
    assert seen == set(kinds), f"Tab never reached {set(kinds) - seen}"


def test_the_skip_link_is_first_and_moves_the_focus_to_the_main_content(browser):
    for lang in LANGUAGES:
        open_page(browser, "card", lang)
        start_from_top(browser)
        press(browser, Keys.TAB)
        link = browser.driver.switch_to.active_element
        assert link.get_attribute("class") == "skip-link"
        assert link.is_displayed(), "the skip link shows when focused"
        press(browser, Keys.ENTER)
        browser.wait(lambda d: browser.script("return document.activeElement.id") == "main")


# Right to left ------------------------------------------------------------------------------------

@pytest.mark.parametrize("lang", LANGUAGES)
def test_pagination_arrows_point_the_way_the_language_reads(paged_browser, lang):
    """‹ and › are mirrored glyphs (Bidi_Mirrored): in a right-to-left page "next" reads leftwards,
    its arrow on the left of its word; the page's direction comes from <html dir>."""
    browser = paged_browser
    browser.open(f"/{lang}/practices/page/2/")
    browser.visible("h1")
    layout = browser.script("""
        const box = (e) => e.getBoundingClientRect();
        const side = (link) => { const arrow = box(link.querySelector('.direction')); const all = box(link);
          return arrow.left + arrow.width / 2 < all.left + all.width / 2 ? 'left' : 'right'; };
        return { dir: getComputedStyle(document.documentElement).direction,
                 next: side(document.querySelector('.pagination a[rel=next]')),
                 previous: side(document.querySelector('.pagination a[rel=prev]')) };""")
    rtl = lang == "he"
    assert layout == {"dir": "rtl" if rtl else "ltr", "next": "left" if rtl else "right", "previous": "right" if rtl else "left"}, layout
