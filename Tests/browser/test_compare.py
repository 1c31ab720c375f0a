"""The compare page, /<lang>/compare/?ids=a,b,c: practices side by side, in Russian and Hebrew,
with the original language marked where there is no translation; phones, print and no JavaScript."""
import pytest

from test_shortlist import drain_expected_404s, set_shortlist, wait_ready

ROWS = ["cost", "implementation", "preparation", "stages", "results", "audience", "topics", "evidence",
        "replication", "regions", "contacts", "shortlist"]

TABLE = """
const table = document.querySelector('[data-compare-table]');
const norm = (s) => s.replace(/[\\u00a0\\u202f]/g, ' ').replace(/\\s+/g, ' ').trim();
const heads = [...table.querySelectorAll('thead th')];
return {
  columns: heads.map((th) => ({
    title: th.querySelector('a').textContent, href: th.querySelector('a').getAttribute('href'),
    lang: th.getAttribute('lang'), dir: th.getAttribute('dir'),
    badge: th.querySelector('[data-language-badge]')?.textContent ?? null,
    badgeLang: th.querySelector('[data-language-badge]')?.getAttribute('lang') ?? null })),
  order: [...table.querySelectorAll('tbody tr')].map((tr) => tr.dataset.row),
  rows: Object.fromEntries([...table.querySelectorAll('tbody tr')].map((tr) => [tr.dataset.row, {
    label: tr.querySelector('th').textContent,
    cells: [...tr.querySelectorAll('td')].map((td) => norm(td.textContent)),
    langs: [...tr.querySelectorAll('td')].map((td) => td.getAttribute('lang')),
    items: [...tr.querySelectorAll('td')].map((td) => [...td.querySelectorAll('li')].map((li) => norm(li.textContent))),
    figures: [...tr.querySelectorAll('td')].map((td) => [...td.querySelectorAll('.compare-figure')].map((f) => f.textContent)) }])),
};
"""


def open_compare(browser, path):
    browser.open(path)
    wait_ready(browser, "[data-compare-page]")
    return browser.script(TABLE)


@pytest.fixture
def compare(browser):
    set_shortlist(browser, None)
    yield browser
    browser.driver.set_window_size(1280, 900)
    browser.driver.execute_cdp_cmd("Emulation.setEmulatedMedia", {"media": ""})
    set_shortlist(browser, None)


def test_russian_comparison_shows_each_practice_in_russian_or_marked_in_its_own_language(compare):
    table = open_compare(compare, "/ru/compare/?ids=mifgash,foster-family-club,pnima")
    columns = table["columns"]
    assert [column["title"] for column in columns] == [
        "Mifgash – Children in Neglect", "Клуб приемных семей", "פנימה – התערבות אינטנסיבית למשפחות במצבי הזנחה קשים"]
    assert [column["href"] for column in columns] == [
        "/en/practices/mifgash/", "/ru/practices/foster-family-club/", "/he/practices/pnima/"]
    # No Russian version: the original, with a badge naming its language and lang/dir on every cell of the column.
    assert (columns[0]["badge"], columns[0]["badgeLang"], columns[0]["lang"]) == ("English", "en", "en")
    assert (columns[1]["badge"], columns[1]["lang"]) == (None, None)
    assert (columns[2]["badge"], columns[2]["lang"], columns[2]["dir"]) == ("עברית", "he", "rtl")
    rows = table["rows"]
    assert table["order"] == ROWS
    assert [rows[key]["label"] for key in ("cost", "implementation", "preparation", "results", "replication")] == [
        "Стоимость реализации", "Срок внедрения", "Подготовительный этап", "Результаты", "Как внедрить"]
    for key in ROWS:
        assert rows[key]["langs"] == ["en", None, "he"], key

    club = {key: row["cells"][1] for key, row in rows.items()}
    assert club["cost"] == "1 000 000 – 10 000 000 ₽"
    assert club["implementation"] == "6 месяцев"
    assert club["preparation"] == "6+ месяцев"
    assert rows["stages"]["items"][1] == ["Подготовительный этап (6+ месяцев)", "Реализация (6 месяцев)"]
    assert rows["results"]["figures"][1][:4] == ["91%", "96%", "88%", "300+"]
    assert rows["results"]["items"][1][0].startswith("91% родителей отметили")
    assert rows["audience"]["items"][1] == ["Замещающие семьи", "Замещающие родители", "Приемные дети"]
    assert rows["topics"]["items"][1] == ["Защита детства", "Семейное устройство детей"]
    assert club["evidence"] == "Основана на опыте практики"
    assert rows["replication"]["items"][1] == ["Присоединиться к текущему проекту", "Создать аналог"]
    assert rows["regions"]["items"][1] == ["Москва первый регион"]
    assert club["contacts"] == "Не указано"
    assert rows["shortlist"]["label"] == "Избранное"

    mifgash = {key: row["cells"][0] for key, row in rows.items()}
    assert mifgash["cost"] == "Не указано"
    assert rows["stages"]["items"][0][0] == "Pilot (4 года)", "the card's stage, its duration in the page's words"
    assert rows["results"]["figures"][0] == ["500", "1,500", "12"]
    assert mifgash["evidence"] == "Evaluated"
    assert rows["regions"]["items"][2] == ["ישראל первый регион"]
    # Words the page adds in a foreign column keep the page's language.
    assert compare.script("return document.querySelector('td[data-practice-id=pnima] .compare-none').getAttribute('lang')") == "ru"
    assert compare.find("[data-compare-status]").text == "Практик в сравнении: 3"
    assert compare.script("return document.querySelectorAll('[style]').length") == 0, "no inline styles (CSP)"


def test_hebrew_comparison_is_right_to_left_and_marks_the_russian_card(compare):
    table = open_compare(compare, "/he/compare/?ids=foster-family-club,mifgash,pnima")
    assert compare.script("return document.documentElement.dir") == "rtl"
    columns = table["columns"]
    assert [column["title"] for column in columns] == [
        "Клуб приемных семей", "מפגש – טיפול בילדים במצבי הזנחה", "פנימה – התערבות אינטנסיבית למשפחות במצבי הזנחה קשים"]
    assert (columns[0]["badge"], columns[0]["lang"], columns[0]["dir"]) == ("Русский", "ru", "ltr")
    assert [column["badge"] for column in columns[1:]] == [None, None]
    rows = table["rows"]
    assert rows["cost"]["label"] == "עלות"
    cost = rows["cost"]["cells"][0].replace("\u200f", "").replace("\u200e", "")
    # Hebrew writes the rouble by its code; the currency comes once, after the range.
    assert cost == "1,000,000 – 10,000,000 RUB"
    assert rows["implementation"]["cells"][0] == "6 חודשים"
    assert rows["results"]["figures"][0][0] == "91%"
    assert rows["cost"]["langs"] == ["ru", None, None]
    assert rows["replication"]["items"][0] == ["הצטרפות לפרויקט הקיים", "הקמת מיזם דומה"]
    # The table's own scroll box is a labelled region that takes the keyboard focus.
    region = compare.find(".compare-scroll")
    assert region.get_attribute("role") == "region" and region.get_attribute("tabindex") == "0"
    assert compare.script("return document.getElementById(arguments[0].getAttribute('aria-labelledby')).textContent", region) == "השוואת פרקטיקות"


def test_shortlist_buttons_in_the_table_add_a_compared_practice(compare):
    open_compare(compare, "/en/compare/?ids=mifgash,pnima")
    button = compare.visible('[data-compare-table] [data-shortlist-toggle][data-practice-id="pnima"]')
    assert button.text == "Add to shortlist"
    button.click()
    compare.wait(lambda d: button.get_attribute("aria-pressed") == "true", "the table's button did not add pnima")
    assert compare.script("return JSON.parse(localStorage.getItem('practica.shortlist'))") == ["pnima"]


def test_at_most_four_columns_and_unknown_ids_are_named(compare):
    table = open_compare(compare, "/en/compare/?ids=no-such-practice,mifgash,pnima,mifgash,foster-family-club,families-first")
    drain_expected_404s(compare, "no-such-practice.json")
    assert [column["href"] for column in table["columns"]] == [
        "/en/practices/mifgash/", "/he/practices/pnima/", "/ru/practices/foster-family-club/"]
    notes = compare.find("[data-compare-notes]").text
    assert "Only the first 4 practices are compared." in notes
    assert "Not found: no-such-practice" in notes


def test_without_ids_it_points_to_the_shortlist(compare):
    compare.open("/bg/compare/")
    status = compare.visible("[data-compare-status]")
    compare.wait(lambda d: "Все още няма какво да се сравнява" in status.text, "no message for an empty comparison")
    assert status.find_element("css selector", "a").get_attribute("href").endswith("/bg/shortlist/")
    assert not compare.find_all("[data-compare-table]")


def test_on_a_phone_the_table_scrolls_in_its_own_box(compare):
    compare.driver.set_window_size(390, 844)
    open_compare(compare, "/ru/compare/?ids=mifgash,foster-family-club,pnima,families-first")
    sizes = compare.script("""const box = document.querySelector('.compare-scroll');
        return {box: box.clientWidth, table: box.scrollWidth, page: document.documentElement.scrollWidth, view: document.documentElement.clientWidth,
                overflow: getComputedStyle(box).overflowX}""")
    assert sizes["overflow"] == "auto"
    assert sizes["table"] > sizes["box"], "four columns do not fit a phone: the box scrolls"
    assert sizes["page"] <= sizes["view"], "the page itself does not scroll sideways"


def test_print_shows_the_whole_table_without_controls(compare):
    compare.driver.set_window_size(720, 1000)
    open_compare(compare, "/ru/compare/?ids=mifgash,foster-family-club,pnima,regional-coordination-mechanism")
    compare.driver.execute_cdp_cmd("Emulation.setEmulatedMedia", {"media": "print"})
    printed = compare.script("""const box = document.querySelector('.compare-scroll');
        const shown = (css) => [...document.querySelectorAll(css)].filter((e) => getComputedStyle(e).display !== 'none').length;
        return {overflow: getComputedStyle(box).overflowX, fits: box.scrollWidth <= box.clientWidth + 1,
                toggles: shown('[data-shortlist-toggle]'), header: shown('.site-header'), sticky: getComputedStyle(document.querySelector('tbody th')).position}""")
    assert printed == {"overflow": "visible", "fits": True, "toggles": 0, "header": 0, "sticky": "static"}
    set_shortlist(compare, ["mifgash"])
    compare.open("/en/shortlist/")
    wait_ready(compare, "[data-shortlist-page]")
    hidden = compare.script("""const shown = (css) => [...document.querySelectorAll(css)].filter((e) => getComputedStyle(e).display !== 'none').length;
        return [shown('[data-shortlist-remove]'), shown('[data-shortlist-actions]'), shown('[data-shortlist-items] h2')]""")
    assert hidden == [0, 0, 1]


def test_formats_and_hostile_values(compare):
    """The page's exported helpers: costs and durations in four languages, and a contact link that is not http."""
    compare.open("/en/compare/")
    result = compare.driver.execute_async_script("""
        const done = arguments[0];
        const src = document.querySelector('script[type=module][src$="compare-page.js"]').src;
        import(src).then((m) => {
          const norm = (s) => s.replace(/[\\u00a0\\u202f]/g, ' ').replace(/[\\u200e\\u200f]/g, '');
          const text = {costFrom: 'from {amount}', costUpTo: 'up to {amount}'};
          const table = m.compareTable([{id: 'x', lang: 'en', title: 'X', contacts: [
              {name: 'A', email: 'a@example.org', url: 'javascript:alert(1)'}, {url: 'https://example.org/'}]}],
            {language: 'en', root: '/', text});
          done({
            usd: norm(m.formatCost({from: 5000, to: 50000, currency: 'USD'}, 'en', text)),
            eur: norm(m.formatCost({from: 5000, to: 50000, currency: 'eur'}, 'bg', text)),
            same: norm(m.formatCost({from: 7000, to: 7000, currency: 'ILS'}, 'en', text)),
            from: norm(m.formatCost({from: 100000, currency: 'RUB'}, 'ru', {costFrom: 'от {amount}'})),
            upTo: norm(m.formatCost({to: 2500.5, currency: 'EUR'}, 'en', text)),
            days: m.formatDuration({text: '10 days', months_from: 0.33}, 'ru'),
            range: m.formatDuration({text: '1-2 years', months_from: 12, months_to: 24}, 'en'),
            week: m.formatDuration({text: '1 week', months_from: 0.23}, 'bg'),
            open: m.formatDuration({text: '6+ months', months_from: 6, open: true}, 'he'),
            iso: m.formatDuration({text: 'P1Y6M', months_from: 18}, 'en'),
            links: [...table.querySelectorAll('a[href]')].map((a) => a.getAttribute('href')),
            ids: m.parseIds('?ids=a,,b,a,c/d,e,f,g'),
          });
        }, (e) => done('ERR ' + e));""")
    assert result != "ERR", result
    assert result["usd"] == "$5,000 – $50,000", "a sign before the amount stays on both ends"
    assert result["eur"] == "5000 – 50 000 €"
    assert result["same"] == "₪7,000"
    assert result["from"] == "от 100 000 ₽"
    assert result["upTo"] == "up to €2,500.50"
    assert result["days"] == "10 дней"
    assert result["range"] == "1–2 years"
    assert result["week"] == "1 седмица"
    assert result["open"].replace("\u200f", "") == "6+ חודשים"
    assert result["iso"] == "18 months"
    assert result["links"] == ["/en/practices/x/", "mailto:a@example.org", "https://example.org/"], "javascript: is never linked"
    assert result["ids"] == {"ids": ["a", "b", "e", "f"], "extra": 1}


def test_without_javascript_it_says_so_and_links_the_catalog(nojs_browser):
    nojs_browser.open("/ru/compare/?ids=mifgash,foster-family-club")
    notice = nojs_browser.find("[data-compare-page] .notice")
    assert notice.is_displayed()
    assert "JavaScript" in notice.text
    assert notice.find_element("css selector", "a").get_attribute("href").endswith("/ru/practices/")
    assert not nojs_browser.find_all("[data-compare-table]")
