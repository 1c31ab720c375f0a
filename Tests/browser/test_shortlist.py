"""The shortlist: toggle buttons on catalog and card pages (by keyboard), the shortlist page, its CSV.

The shortlist lives in localStorage (`practica.shortlist`, an array of ids); every test starts
from an empty one. Helpers named without `test_` are shared with test_compare.py.
"""
import csv
import io
import json
import urllib.request

import pytest
from selenium.webdriver.common.action_chains import ActionChains
from selenium.webdriver.common.keys import Keys

KEY = "practica.shortlist"
BOM = "\ufeff".encode("utf-8")
COLUMNS = ["id", "lang", "title", "topics", "audience", "regions", "cost_from", "cost_to", "currency",
           "implementation_months", "preparation_months", "evidence", "replication", "url"]


# Helpers ---------------------------------------------------------------------------------

def fetch(base_url, path):
    with urllib.request.urlopen(f"{base_url}{path}") as response:
        return response.read()


def set_shortlist(browser, ids):
    """Starts from `ids` (None clears the key); needs a page of the site open for its origin."""
    if not browser.driver.current_url.startswith(browser.base_url):
        browser.open("/robots.txt")
    if ids is None:
        browser.script("localStorage.removeItem(arguments[0])", KEY)
    else:
        browser.script("localStorage.setItem(arguments[0], arguments[1])", KEY, json.dumps(ids))


def stored(browser):
    return json.loads(browser.script("return localStorage.getItem(arguments[0]) ?? '[]'", KEY))


def active(browser):
    return browser.driver.switch_to.active_element


def tab_to(browser, css, start_css, limit=60):
    """Focuses `start_css`, then presses Tab until `css` has the focus; returns that element."""
    browser.script("document.querySelector(arguments[0]).focus()", start_css)
    target = browser.find(css)
    for _ in range(limit):
        if active(browser) == target:
            return target
        ActionChains(browser.driver).send_keys(Keys.TAB).perform()
    pytest.fail(f"Tab from {start_css} never reached {css}")


def press(browser, key):
    ActionChains(browser.driver).send_keys(key).perform()


def wait_ready(browser, css):
    browser.wait(lambda d: browser.script("return document.querySelector(arguments[0])?.dataset.ready !== undefined", css),
                 f"{css} never finished loading")


def toggle_css(practice_id):
    return f'[data-shortlist-toggle][data-practice-id="{practice_id}"]'


def assert_loads_shortlist_script(browser):
    assert browser.script("return !!document.querySelector('script[src$=\"/assets/js/shortlist.js\"]')"), (
        "this page does not load assets/js/shortlist.js: base.mustache needs "
        "<script type=\"module\" src=\"{{root}}assets/js/shortlist.js\"></script> (see the planning handover)")


def header_count(browser):
    return browser.script("const b = document.querySelector('[data-shortlist-count]'); return b && !b.hidden ? b.dataset.count : null")


def download(browser, css, folder):
    """Presses Enter on the download link `css` and returns the bytes of the file the browser saved.

    The page's CSP keeps fetch() away from blob: URLs (connect-src 'self'), so the file is read as a
    user gets it: downloaded.
    """
    folder.mkdir(parents=True, exist_ok=False)
    browser.driver.execute_cdp_cmd("Browser.setDownloadBehavior", {"behavior": "allow", "downloadPath": str(folder)})
    browser.script("arguments[0].focus()", browser.find(css))
    press(browser, Keys.ENTER)
    saved = browser.wait(lambda d: [path for path in folder.iterdir() if not path.name.endswith(".crdownload")] or None,
                         f"{css} saved no file")
    browser.driver.execute_cdp_cmd("Browser.setDownloadBehavior", {"behavior": "default"})
    assert [path.name for path in saved] == [browser.find(css).get_attribute("download")]
    return saved[0].read_bytes()


def drain_expected_404s(browser, *names):
    """Takes the console's entries; only 404s for `names` (stale ids) may be among the errors."""
    problems = [entry["message"] for entry in browser.driver.get_log("browser")
                if entry.get("level") == "SEVERE" and "/favicon.ico " not in entry.get("message", "")]
    unexpected = [message for message in problems if not (" 404 " in message and any(name in message for name in names))]
    assert not unexpected, "\n".join(unexpected)


def expected_csv(base_url, pairs):
    """The lines of /api/practices.csv for (id, lang) `pairs`, in that order, under its header."""
    text = fetch(base_url, "/api/practices.csv").decode("utf-8")
    assert text.startswith("\ufeff")
    lines = text[1:].split("\r\n")
    header, rows = lines[0], [line for line in lines[1:] if line]
    by_key = {tuple(next(csv.reader([line]))[:2]): line for line in rows}
    return "\ufeff" + "\r\n".join([header] + [by_key[pair] for pair in pairs]) + "\r\n"


@pytest.fixture
def empty_shortlist(browser):
    set_shortlist(browser, None)
    yield browser
    set_shortlist(browser, None)


# Tests -----------------------------------------------------------------------------------

def test_shortlist_by_keyboard_from_catalog_and_card_pages(empty_shortlist, base_url, tmp_path):
    browser = empty_shortlist

    # Enter on a catalog entry's button.
    browser.open("/en/practices/")
    assert_loads_shortlist_script(browser)
    browser.visible(toggle_css("mifgash"))
    button = tab_to(browser, toggle_css("mifgash"), '[data-practice-id="mifgash"] .entry-title a')
    assert button.get_attribute("aria-pressed") == "false"
    assert button.text == "Add to shortlist"
    press(browser, Keys.ENTER)
    browser.wait(lambda d: button.get_attribute("aria-pressed") == "true", "Enter did not add mifgash")
    assert button.text == "Remove from shortlist"
    assert header_count(browser) == "1"
    assert stored(browser) == ["mifgash"]

    # Space on a practice card's button (Russian).
    browser.open("/ru/practices/foster-family-club/")
    assert_loads_shortlist_script(browser)
    browser.visible(toggle_css("foster-family-club"))
    button = tab_to(browser, toggle_css("foster-family-club"), ".card-header .breadcrumb a")
    assert button.text == "В избранное"
    press(browser, Keys.SPACE)
    browser.wait(lambda d: button.get_attribute("aria-pressed") == "true", "Space did not add foster-family-club")
    assert button.text == "Убрать из избранного"
    assert header_count(browser) == "2"

    # The Hebrew catalog: Space adds, Space again removes, Enter adds back.
    browser.open("/he/practices/")
    browser.visible(toggle_css("pnima"))
    assert browser.find(toggle_css("mifgash")).get_attribute("aria-pressed") == "true", "the other pages' choice shows here"
    button = tab_to(browser, toggle_css("pnima"), '[data-practice-id="pnima"] .entry-title a')
    for key, pressed in ((Keys.SPACE, "true"), (Keys.SPACE, "false"), (Keys.ENTER, "true")):
        press(browser, key)
        browser.wait(lambda d: button.get_attribute("aria-pressed") == pressed, f"pnima never became aria-pressed={pressed}")
        assert active(browser) == button, "the button keeps the focus"
    assert button.text == "הסרה מהרשימה הקצרה"
    assert stored(browser) == ["mifgash", "foster-family-club", "pnima"]
    assert header_count(browser) == "3"

    # The shortlist page lists them, each in English or its original language with a badge.
    browser.open("/en/shortlist/")
    wait_ready(browser, "[data-shortlist-page]")
    items = browser.script("""return [...document.querySelectorAll('[data-shortlist-items] > li')].map((li) => ({
        id: li.dataset.practiceId, lang: li.dataset.practiceLang,
        title: li.querySelector('h2').textContent, titleLang: li.querySelector('h2 a').getAttribute('lang'),
        titleDir: li.querySelector('h2 a').getAttribute('dir'), href: li.querySelector('h2 a').getAttribute('href'),
        badge: li.querySelector('[data-language-badge]')?.textContent ?? null,
        badgeLang: li.querySelector('[data-language-badge]')?.getAttribute('lang') ?? null }))""")
    assert [item["id"] for item in items] == ["mifgash", "foster-family-club", "pnima"]
    assert items[0] == {"id": "mifgash", "lang": "en", "title": "Mifgash – Children in Neglect", "titleLang": None,
                        "titleDir": None, "href": "/en/practices/mifgash/", "badge": None, "badgeLang": None}
    assert (items[1]["title"], items[1]["badge"], items[1]["badgeLang"], items[1]["titleLang"]) == (
        "Клуб приемных семей", "Русский", "ru", "ru")
    assert items[1]["href"] == "/ru/practices/foster-family-club/"
    assert (items[2]["badge"], items[2]["badgeLang"], items[2]["titleLang"], items[2]["titleDir"]) == ("עברית", "he", "he", "rtl")
    assert browser.find("[data-shortlist-status]").text == "Practices in your shortlist: 3"
    compare = browser.find("[data-shortlist-compare]")
    assert compare.get_attribute("href").endswith("/en/compare/?ids=mifgash,foster-family-club,pnima")
    assert compare.text == "Compare"
    assert browser.find("[data-shortlist-csv-all]").get_attribute("href") == f"{base_url}/api/practices.csv"

    # Its CSV holds exactly the export's rows for the cards shown, byte for byte.
    raw = download(browser, "[data-shortlist-csv]", tmp_path / "three")
    assert raw.startswith(BOM)
    assert raw.decode("utf-8") == expected_csv(base_url, [("mifgash", "en"), ("foster-family-club", "ru"), ("pnima", "he")])
    rows = list(csv.DictReader(io.StringIO(raw.decode("utf-8-sig"), newline="")))
    assert list(rows[0].keys()) == COLUMNS
    club = rows[1]
    assert (club["id"], club["lang"], club["title"]) == ("foster-family-club", "ru", "Клуб приемных семей")
    assert (club["cost_from"], club["cost_to"], club["currency"], club["replication"]) == ("1000000", "10000000", "RUB", "join;analog")
    assert browser.find("[data-shortlist-csv]").get_attribute("download") == "shortlist.csv"

    # Remove the last one by keyboard: it is gone, here and in storage, and the focus stays in the list.
    tab_to(browser, '[data-shortlist-remove="pnima"]', '[data-shortlist-remove="foster-family-club"]')
    press(browser, Keys.ENTER)
    browser.wait(lambda d: not browser.find_all('[data-shortlist-items] > li[data-practice-id="pnima"]'), "pnima is still listed")
    assert stored(browser) == ["mifgash", "foster-family-club"]
    assert active(browser) == browser.find('[data-shortlist-remove="foster-family-club"]')
    assert browser.find("[data-shortlist-status]").text.startswith("Removed: ")
    assert browser.find("[data-shortlist-compare]").get_attribute("href").endswith("?ids=mifgash,foster-family-club")
    raw = download(browser, "[data-shortlist-csv]", tmp_path / "two")
    assert raw.decode("utf-8") == expected_csv(base_url, [("mifgash", "en"), ("foster-family-club", "ru")])
    assert header_count(browser) == "2"

    # Still so after a reload; the Compare link opens the comparison of what is left.
    browser.open("/en/shortlist/")
    wait_ready(browser, "[data-shortlist-page]")
    assert browser.script("return [...document.querySelectorAll('[data-shortlist-items] > li')].map((li) => li.dataset.practiceId)") == [
        "mifgash", "foster-family-club"]
    tab_to(browser, "[data-shortlist-compare]", "[data-shortlist-status]")
    press(browser, Keys.ENTER)
    browser.wait(lambda d: "/en/compare/?ids=mifgash,foster-family-club" in d.current_url, "the Compare link did not open the comparison")
    wait_ready(browser, "[data-compare-page]")
    assert browser.script("return [...document.querySelectorAll('[data-compare-table] thead th')].map((th) => th.querySelector('a').textContent)") == [
        "Mifgash – Children in Neglect", "Клуб приемных семей"]


def test_shortlist_csv_quotes_and_defuses_like_the_export(empty_shortlist):
    """Titles with commas, quotes, line breaks and formula starts survive Python's csv module."""
    browser = empty_shortlist
    browser.open("/en/shortlist/")
    wait_ready(browser, "[data-shortlist-page]")
    cards = [
        {"id": "club", "lang": "bg", "title": 'Клуб "Изгрев", София', "topics": [{"key": "a"}, {"key": "b"}],
         "audience": [], "regions": [{"key": "sofia"}], "cost": {"from": 1500.5, "to": 20000, "currency": "BGN"},
         "implementation_time": {"months_from": 0.23}, "preparation_time": {"months_from": 6}, "evidence": {"key": "pilot"},
         "replication": ["join", "license"], "url": "https://practices.example.org/bg/practices/club/"},
        {"id": "formula", "lang": "en", "title": '=HYPERLINK("http://evil.example","x")', "topics": [], "audience": [],
         "regions": [], "replication": [], "url": "-1+2"},
        {"id": "lines", "lang": "en", "title": "two\nlines, one card", "topics": [], "audience": [], "regions": [],
         "replication": [], "url": "@home"},
    ]
    text = browser.driver.execute_async_script(
        "const [cards, done] = arguments;"
        "const src = document.querySelector('script[type=module][src$=\"shortlist-page.js\"]').src;"
        "import(src).then((m) => done(m.csvText(cards)), (e) => done('ERR ' + e));", cards)
    assert not text.startswith("ERR"), text
    raw = text.encode("utf-8")
    assert raw.startswith(BOM) and raw.endswith(b"\r\n")
    rows = list(csv.reader(io.StringIO(raw.decode("utf-8-sig"), newline="")))
    assert rows[0] == COLUMNS
    assert rows[1] == ["club", "bg", 'Клуб "Изгрев", София', "a;b", "", "sofia", "1500.5", "20000", "BGN", "0.23", "6",
                       "pilot", "join;license", "https://practices.example.org/bg/practices/club/"]
    assert rows[2][2] == "'=HYPERLINK(\"http://evil.example\",\"x\")", "a formula is shown as text"
    assert rows[2][13] == "'-1+2"
    assert rows[3][2] == "two\nlines, one card"
    assert rows[3][13] == "'@home"
    assert len(rows) == 4
    assert '"Клуб ""Изгрев"", София"' in text, "quotes doubled inside a quoted cell, as RFC 4180 says"


def test_stale_ids_are_listed_with_a_remove_button_and_left_out_of_the_csv(empty_shortlist, base_url, tmp_path):
    browser = empty_shortlist
    set_shortlist(browser, ["no-such-practice", "mifgash"])
    browser.open("/he/shortlist/")
    wait_ready(browser, "[data-shortlist-page]")
    drain_expected_404s(browser, "no-such-practice.json")
    stale = browser.find('[data-shortlist-items] > li[data-practice-id="no-such-practice"]')
    assert "הפרקטיקה הזו כבר אינה במאגר." in stale.text
    assert browser.find("[data-shortlist-compare]").get_attribute("hidden") is not None, "one practice: nothing to compare"
    raw = download(browser, "[data-shortlist-csv]", tmp_path / "one")
    assert raw.decode("utf-8") == expected_csv(base_url, [("mifgash", "he")])
    browser.find('[data-shortlist-remove="no-such-practice"]').click()
    browser.wait(lambda d: stored(browser) == ["mifgash"], "the stale id was not removed")
    browser.find('[data-shortlist-remove="mifgash"]').click()
    browser.wait(lambda d: stored(browser) == [], "mifgash was not removed")
    status = browser.find("[data-shortlist-status]")
    assert "הרשימה הקצרה ריקה" in status.text
    assert active(browser) == status, "with nothing left, the focus goes to the status line"
    assert browser.find("[data-shortlist-csv]").get_attribute("hidden") is not None
    assert header_count(browser) is None


def test_more_than_four_compares_the_first_four(empty_shortlist):
    browser = empty_shortlist
    ids = ["mifgash", "pnima", "foster-family-club", "families-first", "parents-as-partners"]
    set_shortlist(browser, ids)
    browser.open("/ru/shortlist/")
    wait_ready(browser, "[data-shortlist-page]")
    compare = browser.find("[data-shortlist-compare]")
    assert compare.text == "Сравнить первые четыре"
    assert compare.get_attribute("href").endswith("/ru/compare/?ids=" + ",".join(ids[:4]))


def test_a_full_shortlist_refuses_more_and_says_so(empty_shortlist):
    browser = empty_shortlist
    set_shortlist(browser, [f"filler-{n}" for n in range(50)])
    browser.open("/en/practices/")
    assert_loads_shortlist_script(browser)
    button = browser.visible(toggle_css("mifgash"))
    button.click()
    browser.wait(lambda d: "up to 50" in browser.find("[data-shortlist-notice]").text, "no message about the full shortlist")
    assert button.get_attribute("aria-pressed") == "false"
    assert len(stored(browser)) == 50 and "mifgash" not in stored(browser)
    assert header_count(browser) == "50"


def test_garbage_in_storage_is_ignored(empty_shortlist):
    browser = empty_shortlist
    browser.open("/en/practices/")
    browser.script("localStorage.setItem(arguments[0], arguments[1])", KEY, '{"not": "a list"')
    browser.open("/en/practices/")
    assert_loads_shortlist_script(browser)
    button = browser.visible(toggle_css("pnima"))
    assert button.get_attribute("aria-pressed") == "false"
    button.click()
    browser.wait(lambda d: stored(browser) == ["pnima"], "the broken value was not replaced")


def test_without_javascript_the_buttons_stay_hidden_and_the_page_says_why(nojs_browser):
    nojs_browser.open("/en/practices/")
    assert all(not button.is_displayed() for button in nojs_browser.find_all("[data-shortlist-toggle]"))
    nojs_browser.open("/ru/shortlist/")
    notice = nojs_browser.find("[data-shortlist-page] .notice")
    assert "JavaScript" in notice.text
    assert notice.find_element("css selector", "a").get_attribute("href").endswith("/ru/practices/")
    assert nojs_browser.find("[data-shortlist-page] a[href$='/api/practices.csv']").is_displayed()
