"""Script payloads planted in every field of a card stay text: on the card, in lists, in search results
and on the compare page, nothing of them runs and no element is made from them."""

import pytest

from conftest import Browser, built_site

PAYLOAD = """<img src=x onerror="window.__pwned=1"><script>window.__pwned=1</script>"'><svg onload=window.__pwned=1> pwned"""


def quoted(text):
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


def hostile_site(root):
    p = quoted(PAYLOAD)
    files = {
        "content/site.yml": f"title: {p}\nbase_url: https://example.test/\nlanguages: [en, he]\n",
        "content/taxonomies.yml": f"topics:\n  evil: {{en: {p}, he: {p}}}\nregions:\n  nowhere: {{en: {p}, he: {p}}}\n",
        "content/practices/evil/en.md": f"""---
title: {p}
summary: {p}
question: {p}
goal: {p}
tasks: [{p}, {p}]
organization: {p}
topics: [evil]
regions: [nowhere]
implementation_time: 6 months
cost: {{from: 1000, to: 2000, currency: EUR, note: {p}}}
results:
  - {{value: "50%", text: {p}}}
stages:
  - {{title: {p}, duration: 3 months, text: {p}}}
contacts:
  - {{name: {p}, email: "evil@example.org", url: "https://example.org/?q=%22%3E%3Cscript%3Ewindow.__pwned=1%3C/script%3E"}}
created: 2024-01-01
---
## {PAYLOAD}

{PAYLOAD}

[click me](javascript:window.__pwned=1) <a href="javascript:window.__pwned=1">raw link</a>
""",
    }
    for path, text in files.items():
        target = root / path
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(text, encoding="utf-8")


@pytest.fixture(scope="module")
def hostile_url():
    with built_site("hostile", hostile_site) as url:
        yield url


def assert_inert(page):
    state = page.script("""
        return {
          pwned: window.__pwned === 1,
          images: document.querySelectorAll('img[src="x"]').length,
          svgs: document.querySelectorAll('svg[onload]').length,
          scripts: [...document.scripts].filter(s => s.type !== 'application/ld+json' && s.textContent.includes('__pwned')).length,
          jsonLD: [...document.querySelectorAll('script[type="application/ld+json"]')].every(s => !s.textContent.includes('<') && JSON.parse(s.textContent)),
          handlers: [...document.querySelectorAll('*')].filter(e => [...e.attributes].some(a => a.name.startsWith('on'))).length,
          jsLinks: [...document.querySelectorAll('a[href]')].filter(a => a.getAttribute('href').trim().toLowerCase().startsWith('javascript:')).length,
          text: document.body.innerText.includes('<img src=x onerror'),
        };""")
    assert state == {"pwned": False, "images": 0, "svgs": 0, "scripts": 0, "jsonLD": True, "handlers": 0, "jsLinks": 0, "text": True}, state


@pytest.mark.parametrize("path", ["/en/practices/evil/", "/he/", "/en/", "/en/practices/", "/en/topics/evil/", "/en/regions/",
                                  "/en/practices/overview/", "/index.html", "/404.html"])
def test_payloads_in_every_field_stay_text_on_built_pages(browser, hostile_url, path):
    page = Browser(browser.driver, hostile_url)
    page.open(path)
    page.visible("body")
    if path != "/index.html" and path != "/404.html" and path != "/he/":
        assert_inert(page)
    else:
        assert page.script("return window.__pwned === undefined && document.querySelectorAll('img[src=\"x\"]').length === 0")


def test_payloads_stay_text_in_search_results_and_on_the_compare_page(browser, hostile_url):
    page = Browser(browser.driver, hostile_url)
    page.open("/en/search/?q=pwned")
    page.wait_for_result("evil")
    assert_inert(page)
    page.open("/en/compare/?ids=evil")
    page.wait(lambda driver: driver.execute_script("return document.querySelector('table') !== null"), "the comparison table")
    assert_inert(page)
