"""The catalog's facet filters, /<lang>/practices/[page/<n>/], in a real browser.

What each filter should leave is read from the server-rendered entries themselves: their
topic and audience chips link to the term pages, /<lang>/<facet>/<key>/. The sample site
fits on one catalog page; the `paged_*` fixtures serve a copy built with `page_size: 3`, whose
catalog has three pages, to check that filters work across pages.
"""
from urllib.parse import parse_qs, urlsplit

import pytest
from selenium.webdriver.common.action_chains import ActionChains
from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys

LANGUAGES = ["en", "he", "ru", "bg"]
PRACTICES = 9

# Describes an entry (li.entry) as plain data, the same way for the live page and for fetched pages.
DESCRIBE_JS = """
const describe = (li) => {
  const attrs = (e, ...names) => e && Object.fromEntries(names.map(n => [n, e.getAttribute(n)]));
  const text = (e) => e ? e.textContent.replace(/\\s+/g, ' ').trim() : null;
  const title = li.querySelector('.entry-title a');
  const summary = li.querySelector('.summary');
  const toggle = li.querySelector('[data-shortlist-toggle]');
  return {
    id: li.dataset.practiceId, lang: li.dataset.practiceLang,
    heading: li.querySelector('.entry-title')?.tagName,
    title: {...attrs(title, 'href', 'lang', 'dir', 'hreflang'), text: text(title)},
    other: text(li.querySelector('.other-language')),
    badges: [...li.querySelectorAll('.other-language .badge')].map(b => [b.getAttribute('lang'), text(b)]),
    summary: summary && {...attrs(summary, 'lang', 'dir'), text: text(summary)},
    facts: [...li.querySelectorAll('.facts .fact')].map(f => ({
      dt: text(f.querySelector('dt')),
      links: [...f.querySelectorAll('dd a')].map(a => [a.getAttribute('href'), text(a), a.className]),
    })),
    toggle: toggle && {...attrs(toggle, 'data-practice-id', 'data-practice-title'), text: text(toggle)},
  };
};
"""

# Every entry of the server's catalog, page after page (following rel=next), with its page number.
SERVER_CATALOG_JS = DESCRIBE_JS + """
const done = arguments[arguments.length - 1];
(async () => {
  const entries = [];
  let url = arguments[0];
  for (let page = 1; url && page < 50; page++) {
    const html = await (await fetch(url)).text();
    const doc = new DOMParser().parseFromString(html, 'text/html');
    for (const li of doc.querySelectorAll('[data-catalog] li.entry')) entries.push({...describe(li), page});
    const next = doc.querySelector('.pagination a[rel=next]');
    url = next ? new URL(next.getAttribute('href'), url).href : null;
  }
  return entries;
})().then(done, (error) => done(String(error)));
"""


def open_catalog(browser, lang, query="", page=1):
    path = f"/{lang}/practices/" + (f"page/{page}/" if page > 1 else "")
    browser.open(path + query)
    browser.visible("[data-catalog-filters] fieldset[data-facet='topics']")


def server_catalog(browser, lang):
    entries = browser.driver.execute_async_script(SERVER_CATALOG_JS, f"{browser.base_url}/{lang}/practices/")
    assert isinstance(entries, list), entries
    return entries


def has_terms(entry, lang, *terms):
    hrefs = [link[0] for fact in entry["facts"] for link in fact["links"]]
    return all(any(href.endswith(f"/{lang}/{facet}/{key}/") for href in hrefs) for facet, key in terms)


def visible_ids(browser):
    """Ids of the entries shown: the server's list or the filtered results, whichever is visible."""
    return browser.script("""
        return [...document.querySelectorAll('[data-catalog] li.entry, [data-catalog-results] li.entry')]
          .filter(e => e.offsetParent !== null).map(e => e.dataset.practiceId)""")


def all_ids(browser):
    return browser.script("return [...document.querySelectorAll('[data-catalog] li.entry')].map(e => e.dataset.practiceId)")


def ids_with(browser, lang, *terms):
    """Entries of the server's list whose chips link to every one of `terms` ((facet, key) pairs)."""
    return browser.script("""
        const [lang, terms] = arguments;
        return [...document.querySelectorAll('[data-catalog] li.entry')].filter(entry => terms.every(([facet, key]) =>
          [...entry.querySelectorAll('a[href]')].some(a => new URL(a.href).pathname.endsWith(`/${lang}/${facet}/${key}/`))
        )).map(e => e.dataset.practiceId)""", lang, [list(term) for term in terms])


def checkbox(browser, facet, key):
    return browser.find(f"[data-catalog-filters] fieldset[data-facet='{facet}'] input[value='{key}']")


def count_of(browser, facet, key):
    return browser.script(
        "return document.querySelector(`[data-catalog-filters] fieldset[data-facet='${arguments[0]}'] input[value='${arguments[1]}']`)"
        ".closest('li').querySelector('.facet-count').textContent", facet, key)


def counts(browser, facet):
    return browser.script(
        "return [...document.querySelectorAll(`[data-catalog-filters] fieldset[data-facet='${arguments[0]}'] .facet-count`)]"
        ".map(e => e.textContent)", facet)


def facet_keys(browser, facet):
    return browser.script(
        "return [...document.querySelectorAll(`[data-catalog-filters] fieldset[data-facet='${arguments[0]}'] input`)].map(e => e.value)", facet)


def live_text(browser):
    return browser.find("[data-catalog-count][aria-live='polite']").text


def params(browser):
    return {key: values[0] for key, values in parse_qs(urlsplit(browser.driver.current_url).query).items()}


def server_list_shown(browser):
    return browser.script("""
        const list = document.querySelector('[data-catalog]');
        const navs = [...document.querySelectorAll('.catalog-list .pagination')];
        return list.offsetParent !== null && navs.every(n => n.offsetParent !== null)""")


def search_files(browser):
    """Paths of the search index files the page fetched, with their body sizes."""
    return browser.script("""
        return performance.getEntriesByType('resource').map(e => [new URL(e.name).pathname, e.encodedBodySize])
          .filter(([p]) => p.startsWith('/search/'))""")


# The sample site on one page ---------------------------------------------------------------

@pytest.mark.parametrize("lang", LANGUAGES)
def test_facet_checkboxes_alone_narrow_the_catalog(browser, lang):
    open_catalog(browser, lang)
    everything = all_ids(browser)
    assert len(everything) == PRACTICES and visible_ids(browser) == everything
    unfiltered_count = live_text(browser)
    audience_before = counts(browser, "audience")

    checkbox(browser, "topics", "child-protection").click()
    expected = ids_with(browser, lang, ("topics", "child-protection"))
    assert 0 < len(expected) < len(everything)
    browser.wait(lambda d: visible_ids(browser) == expected, "the topic filter did not narrow the catalog")
    browser.wait(lambda d: live_text(browser) != unfiltered_count, "the count was not updated")
    assert str(len(expected)) in live_text(browser) and str(PRACTICES) in live_text(browser)
    assert counts(browser, "audience") != audience_before, "counts do not follow the filters"
    assert params(browser).get("topics") == "child-protection"

    checkbox(browser, "audience", "parents").click()
    both = ids_with(browser, lang, ("topics", "child-protection"), ("audience", "parents"))
    browser.wait(lambda d: visible_ids(browser) == both, "filters of two facets do not combine")

    browser.find("[data-clear-filters]").click()
    browser.wait(lambda d: visible_ids(browser) == everything, "clearing the filters did not bring back every entry")
    assert browser.script("return document.activeElement.matches('[data-catalog-filters] input')"), "focus was lost"
    assert not browser.find("[data-clear-filters]").is_displayed()
    browser.wait(lambda d: live_text(browser) == unfiltered_count)
    assert "topics" not in params(browser)


def test_values_of_one_facet_add_up(browser):
    open_catalog(browser, "en")
    checkbox(browser, "topics", "neglect").click()
    neglect = ids_with(browser, "en", ("topics", "neglect"))
    browser.wait(lambda d: visible_ids(browser) == neglect)
    checkbox(browser, "topics", "poverty").click()
    either = [i for i in all_ids(browser) if i in set(neglect) | set(ids_with(browser, "en", ("topics", "poverty")))]
    browser.wait(lambda d: visible_ids(browser) == either, "two values of one facet should widen, not narrow")
    assert params(browser).get("topics") == "neglect,poverty"


def test_url_state_round_trips_and_back_works(browser):
    open_catalog(browser, "he", "?topics=neglect")
    assert checkbox(browser, "topics", "neglect").is_selected()
    neglect = ids_with(browser, "he", ("topics", "neglect"))
    browser.wait(lambda d: visible_ids(browser) == neglect, "the filter from the URL was not applied")

    checkbox(browser, "evidence", "pilot").click()
    browser.wait(lambda d: visible_ids(browser) == ["pnima"])
    assert params(browser) == {"topics": "neglect", "evidence": "pilot"}

    browser.driver.back()
    browser.wait(lambda d: visible_ids(browser) == neglect, "Back did not restore the previous filters")
    assert not checkbox(browser, "evidence", "pilot").is_selected()
    browser.driver.forward()
    browser.wait(lambda d: visible_ids(browser) == ["pnima"], "Forward did not restore the filters")
    assert checkbox(browser, "evidence", "pilot").is_selected()


def test_catalog_filters_are_keyboard_operable(browser):
    open_catalog(browser, "ru")
    for _ in range(60):
        ActionChains(browser.driver).send_keys(Keys.TAB).perform()
        if browser.script("return document.activeElement?.matches('[data-catalog-filters] input[type=checkbox]')"):
            break
    else:
        pytest.fail("Tab never reached a filter")
    assert browser.script("return getComputedStyle(document.activeElement).outlineStyle") != "none", "focus is not visible"
    ActionChains(browser.driver).send_keys(Keys.SPACE).perform()
    browser.wait(lambda d: len(visible_ids(browser)) < PRACTICES, "Space on a filter did not apply it")


def test_other_language_values_are_labelled_in_the_page_language(browser):
    open_catalog(browser, "en")
    label = browser.script(
        "return document.querySelector(`[data-catalog-filters] input[value='foster-care']`).closest('li').querySelector('.facet-label').textContent")
    assert label == "Foster care"


@pytest.mark.parametrize("lang", LANGUAGES)
def test_filtered_entries_are_marked_up_as_the_servers(browser, lang):
    """Every practice, filtered in by ticking every language: the same entries as the server's, in
    the same order, except that cost and time show their bands (the index has no exact figures)."""
    open_catalog(browser, lang)
    server = server_catalog(browser, lang)
    for key in facet_keys(browser, "language"):
        checkbox(browser, "language", key).click()
    browser.wait(lambda d: len(visible_ids(browser)) == PRACTICES and not server_list_shown(browser))
    shown = browser.script(DESCRIBE_JS + "return [...document.querySelectorAll('[data-catalog-results] li.entry')].map(describe)")
    assert [e["id"] for e in shown] == [e["id"] for e in server]
    banded = {browser.find("[data-catalog-filters]").get_attribute(f"data-text-field-{name}") for name in ("cost", "time")}
    for mine, theirs in zip(shown, server):
        theirs = {k: v for k, v in theirs.items() if k != "page"}
        assert [f["dt"] for f in mine["facts"]] == [f["dt"] for f in theirs["facts"]], mine["id"]
        for entry in (mine, theirs):
            entry["facts"] = [fact for fact in entry["facts"] if fact["dt"] not in banded]
        assert mine == theirs


# The paged sample site (page_size: 3) --------------------------------------------------------

@pytest.mark.parametrize("lang", LANGUAGES)
def test_paged_catalog_without_javascript_reaches_every_practice(paged_nojs_browser, lang):
    browser = paged_nojs_browser
    browser.open(f"/{lang}/practices/")
    seen, pages = [], 0
    while True:
        pages += 1
        entries = browser.find_all("[data-catalog] li.entry")
        assert 1 <= len(entries) <= 3 and all(entry.is_displayed() for entry in entries)
        seen += [entry.get_attribute("data-practice-id") for entry in entries]
        nav = browser.find(".pagination")
        assert nav.is_displayed()
        assert nav.find_element(By.CSS_SELECTOR, "[aria-current=page]").text == str(pages)
        following = browser.find_all(".pagination a[rel=next]")
        if not following:
            break
        following[0].click()
        browser.wait(lambda d: f"/page/{pages + 1}/" in d.current_url)
    assert pages == 3
    assert len(seen) == PRACTICES == len(set(seen))
    assert not browser.find("[data-catalog-filters]").is_displayed()


@pytest.mark.parametrize("lang", LANGUAGES)
def test_filters_narrow_the_whole_catalog_from_any_page(paged_browser, lang):
    browser = paged_browser
    open_catalog(browser, lang)
    server = server_catalog(browser, lang)
    assert [e["page"] for e in server] == [1, 1, 1, 2, 2, 2, 3, 3, 3]
    page_one = visible_ids(browser)
    assert page_one == [e["id"] for e in server[:3]] and server_list_shown(browser)

    # A topic of a practice on page 3 that no practice of page 1 has, if there is one.
    last = server[-1]
    topics = [link[0].rstrip("/").rsplit("/", 1)[1] for fact in last["facts"] for link in fact["links"]
              if f"/{lang}/topics/" in link[0]]
    assert topics
    topic = next((t for t in topics if not any(has_terms(e, lang, ("topics", t)) for e in server[:3])), topics[0])
    expected = [e["id"] for e in server if has_terms(e, lang, ("topics", topic))]
    checkbox(browser, "topics", topic).click()
    browser.wait(lambda d: visible_ids(browser) == expected, f"ticking {topic} did not list {expected}")
    assert last["id"] in visible_ids(browser)
    assert not server_list_shown(browser), "the server's page and its pagination are hidden"
    assert browser.script("return [...document.querySelectorAll('[data-catalog-results] > li')].every(li => li.dataset.practiceId)")
    assert live_text(browser).replace("\u00a0", " ") == browser.find("[data-catalog-filters]").get_attribute("data-text-count") \
        .replace("{count}", str(len(expected))).replace("{total}", str(PRACTICES))
    assert not browser.find("[data-catalog-more]").is_displayed()


def test_a_filter_in_the_url_of_page_three_lists_the_whole_catalog(paged_browser):
    browser = paged_browser
    open_catalog(browser, "en", "?topics=family-support", page=3)
    server = server_catalog(browser, "en")
    expected = [e["id"] for e in server if has_terms(e, "en", ("topics", "family-support"))]
    assert any(e["page"] == 1 for e in server if e["id"] in expected)
    browser.wait(lambda d: visible_ids(browser) == expected)
    checkbox(browser, "topics", "family-support").click()
    browser.wait(lambda d: server_list_shown(browser) and visible_ids(browser) == [e["id"] for e in server if e["page"] == 3])
    assert urlsplit(browser.driver.current_url).path == "/en/practices/page/3/"
    browser.driver.back()
    browser.wait(lambda d: visible_ids(browser) == expected, "Back did not restore the filter")


def test_counts_are_per_practice(paged_browser):
    browser = paged_browser
    open_catalog(browser, "en")
    server = server_catalog(browser, "en")
    for key in facet_keys(browser, "topics"):
        having = [e["id"] for e in server if has_terms(e, "en", ("topics", key))]
        assert count_of(browser, "topics", key) == f"({len(having)})", key
    # Written in English and in Hebrew: 3 of the 9 practices; each counts once, whatever it is shown in.
    assert {key: count_of(browser, "language", key) for key in facet_keys(browser, "language")} == \
        {"en": "(5)", "he": "(5)", "ru": "(1)", "bg": "(1)"}
    checkbox(browser, "language", "he").click()
    browser.wait(lambda d: len(visible_ids(browser)) == 5)
    assert count_of(browser, "topics", "family-support") == "(3)"
    assert len(set(visible_ids(browser))) == 5


def test_clearing_the_filters_restores_the_server_page_and_its_pagination(paged_browser):
    browser = paged_browser
    open_catalog(browser, "ru", page=2)
    before = {
        "ids": visible_ids(browser), "count": live_text(browser),
        "pagination": browser.script("return document.querySelector('.catalog-list .pagination').outerHTML"),
    }
    assert len(before["ids"]) == 3 and server_list_shown(browser)
    checkbox(browser, "topics", "family-support").click()
    browser.wait(lambda d: not server_list_shown(browser) and visible_ids(browser) != before["ids"])
    browser.find("[data-clear-filters]").click()
    browser.wait(lambda d: server_list_shown(browser), "the server's page did not come back")
    assert visible_ids(browser) == before["ids"]
    assert browser.script("return document.querySelector('.catalog-list .pagination').outerHTML") == before["pagination"]
    assert browser.find(".pagination [aria-current=page]").text == "2"
    assert not browser.find_all("[data-catalog-results] li") and not browser.find("[data-catalog-more]").is_displayed()
    assert live_text(browser) == before["count"]
    assert urlsplit(browser.driver.current_url).path == "/ru/practices/page/2/" and params(browser) == {}
    browser.driver.back()
    browser.wait(lambda d: not server_list_shown(browser) and checkbox(browser, "topics", "family-support").is_selected(),
                 "Back did not restore the filter")
    browser.driver.back()
    browser.wait(lambda d: server_list_shown(browser) and visible_ids(browser) == before["ids"],
                 "Back to the unfiltered URL did not restore the server's page")


def test_show_more_adds_the_next_practices_and_moves_focus_to_them(paged_browser):
    browser = paged_browser
    open_catalog(browser, "he")
    server = [e["id"] for e in server_catalog(browser, "he")]
    browser.script("document.querySelector('[data-catalog-filters]').dataset.pageSize = '4'")
    for key in facet_keys(browser, "language"):
        checkbox(browser, "language", key).click()
    browser.wait(lambda d: visible_ids(browser) == server[:4], "the first 4 were not listed")
    more = browser.find("[data-catalog-more]")
    assert more.is_displayed()
    more_text = browser.find("[data-catalog-filters]").get_attribute("data-text-more")
    assert more.text == more_text
    browser.script("arguments[0].focus()", more)
    ActionChains(browser.driver).send_keys(Keys.ENTER).perform()
    browser.wait(lambda d: visible_ids(browser) == server[:8], "show more did not add the next 4")
    assert browser.script("return document.activeElement.closest('li.entry')?.dataset.practiceId") == server[4]
    assert browser.script("return document.activeElement.matches('.entry-title a')")
    browser.script("arguments[0].focus()", more)
    ActionChains(browser.driver).send_keys(Keys.SPACE).perform()
    browser.wait(lambda d: visible_ids(browser) == server, "show more did not add the last one")
    browser.wait(lambda d: not more.is_displayed(), "show more stays once everything is shown")
    assert live_text(browser).startswith(browser.find("[data-catalog-filters]").get_attribute("data-text-count").split("{")[0])


def test_the_filters_load_only_the_index_heads_and_the_chunks_shown(paged_browser):
    browser = paged_browser
    open_catalog(browser, "en")
    browser.wait(lambda d: len(search_files(browser)) >= 12)
    heads = search_files(browser)
    paths = sorted(path for path, _ in heads)
    assert len(paths) == 12 and len(set(paths)) == 12
    for path in paths:
        assert path.split("/")[2] in LANGUAGES
        assert path.split("/")[3].split(".")[0] in ("manifest", "facets", "ids") and path.count("/") == 3, path
    checkbox(browser, "topics", "foster-care").click()
    browser.wait(lambda d: visible_ids(browser) == ["foster-family-club"])
    chunks = [path for path, _ in search_files(browser) if path not in paths]
    assert len(chunks) == 1 and chunks[0].startswith("/search/ru/docs/"), chunks
    total = sum(size for _, size in search_files(browser))
    print(f"\ncatalog filters fetched {sum(size for _, size in heads)} bytes of index heads, {total} with one chunk")
