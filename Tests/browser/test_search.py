"""The search page, /<lang>/search/, in a real browser."""
from urllib.parse import parse_qs, urlsplit

import pytest
from selenium.webdriver.common.action_chains import ActionChains
from selenium.webdriver.common.keys import Keys

LANGUAGES = ["en", "he", "ru", "bg"]

# Per language: a query in another form of the words (for Hebrew, with prefix letters) and a
# query with a one-letter typo, each with a practice it must find.
INFLECTED = {
    "en": ("neglected", "mifgash"),
    "he": ("ולקהילות", "resilient-community"),
    "ru": ("приёмными семьями", "foster-family-club"),
    "bg": ("координационния механизми", "regional-coordination-mechanism"),
}
TYPO = {
    "en": ("counsaling", "domestic-violence-counseling-centers"),
    "he": ("מוכיליות", "resilient-community"),
    "ru": ("замешающим", "foster-family-club"),
    "bg": ("координацонен", "regional-coordination-mechanism"),
}


def search_input(browser):
    return browser.find("[data-search-form] input[type=search]")


def type_query(browser, text):
    field = search_input(browser)
    field.send_keys(Keys.CONTROL, "a")
    field.send_keys(Keys.BACKSPACE)
    field.send_keys(text)
    return field


def params(browser):
    return {key: values[0] for key, values in parse_qs(urlsplit(browser.driver.current_url).query).items()}


def checkbox(browser, facet, key):
    return browser.find(f"[data-search-page] fieldset[data-facet='{facet}'] input[value='{key}']")


def displayed_results(browser):
    return browser.script("""
        return [...document.querySelectorAll('[data-search-results] [data-result-id]')]
          .filter(e => e.offsetParent !== null).length""")


@pytest.mark.parametrize("lang", LANGUAGES)
def test_inflected_query_finds_the_card(browser, lang):
    query, expected = INFLECTED[lang]
    browser.open_search(lang)
    type_query(browser, query)
    browser.wait_for_result(expected)
    # Typing re-renders the results, so they are looked at once the URL holds the whole query.
    browser.wait(lambda d: params(browser).get("q") == query, "typing does not keep the query in the URL")
    browser.wait(lambda d: browser.script(
        "return document.querySelectorAll(`[data-result-id='${arguments[0]}'] mark`).length", expected),
        "no matched word was highlighted")
    href, title = browser.script("""
        const link = document.querySelector(`[data-search-results] [data-result-id='${arguments[0]}'] h2 a[href]`);
        return [link.href, link.textContent]""", expected)
    assert f"/practices/{expected}/" in href
    assert title.strip(), "the result's title is its link"


@pytest.mark.parametrize("lang", LANGUAGES)
def test_one_letter_typo_still_finds_the_card(browser, lang):
    query, expected = TYPO[lang]
    browser.open_search(lang)
    type_query(browser, query)
    browser.wait_for_result(expected)


def test_results_are_rendered_as_text_with_marks_and_chips(browser):
    browser.open_search("en", "?q=neglected")
    browser.wait_for_result("mifgash")
    result = browser.find("[data-result-id='mifgash']")
    marks = [mark.text.lower() for mark in result.find_elements("css selector", ".summary mark")]
    assert marks and all(mark.startswith("neglect") for mark in marks), marks
    chips = [chip.text for chip in result.find_elements("css selector", ".chip")]
    assert "Child neglect" in chips, chips
    assert len(browser.find_all("[data-search-results]")) == 1
    assert not browser.find("[data-search-more]").is_displayed(), "no 'more' button when every result is shown"
    assert browser.script("return document.querySelectorAll('[style]').length") == 0, "no inline styles"


def test_no_results_offers_suggestions_that_run_a_search(browser):
    browser.open_search("en")
    type_query(browser, "naglact")
    browser.wait(lambda d: browser.find_all("[data-search-suggestions] a"), "no suggestion was offered")
    assert browser.result_ids() == []
    assert "naglact" in browser.status_text()
    suggestion = browser.find("[data-search-suggestions] a")
    word = suggestion.text
    suggestion.click()
    browser.wait(lambda d: browser.result_ids(), "the suggestion found nothing")
    assert search_input(browser).get_attribute("value") == word
    assert params(browser).get("q") == word


def test_facet_checkboxes_narrow_results_and_counts_follow_the_query(browser):
    browser.open_search("en")
    browser.wait(lambda d: len(browser.result_ids()) == 5, "an empty query lists every practice")
    box = checkbox(browser, "evidence", "evaluated")
    box.click()
    browser.wait(lambda d: browser.result_ids() == ["mifgash"], "the evidence filter did not narrow the results")
    assert params(browser).get("evidence") == "evaluated"

    def count(facet, key):
        return browser.script(
            "return document.querySelector(`fieldset[data-facet='${arguments[0]}'] input[value='${arguments[1]}']`)"
            ".closest('li').querySelector('.facet-count').textContent", facet, key)

    box.click()
    browser.wait(lambda d: len(browser.result_ids()) == 5)
    assert count("topics", "family-support") == "(4)"
    type_query(browser, "neglected")
    browser.wait(lambda d: count("topics", "family-support") == "(1)", "facet counts do not follow the query")


def test_url_state_is_restored_and_back_works(browser):
    browser.open_search("en", "?q=family&topics=child-protection")
    assert search_input(browser).get_attribute("value") == "family"
    assert checkbox(browser, "topics", "child-protection").is_selected()
    browser.wait(lambda d: set(browser.result_ids()) == {"mifgash", "parents-as-partners"},
                 "the filter from the URL was not applied")

    # A submitted search and a ticked filter are history entries; Back restores each.
    field = type_query(browser, "neglected")
    field.send_keys(Keys.ENTER)
    browser.wait(lambda d: params(browser).get("q") == "neglected")
    browser.wait(lambda d: browser.result_ids() == ["mifgash"])
    checkbox(browser, "audience", "parents").click()
    browser.wait(lambda d: params(browser).get("audience") == "parents")

    browser.driver.back()
    browser.wait(lambda d: params(browser).get("q") == "neglected" and "audience" not in params(browser))
    browser.wait(lambda d: not checkbox(browser, "audience", "parents").is_selected(), "Back did not untick the filter")
    assert search_input(browser).get_attribute("value") == "neglected"

    browser.driver.back()
    browser.wait(lambda d: search_input(browser).get_attribute("value") == "family", "Back did not restore the query")
    assert checkbox(browser, "topics", "child-protection").is_selected()
    browser.wait(lambda d: set(browser.result_ids()) == {"mifgash", "parents-as-partners"})

    browser.driver.forward()
    browser.wait(lambda d: search_input(browser).get_attribute("value") == "neglected")


def test_search_all_languages(browser):
    browser.open_search("en", "?q=%D1%81%D0%B5%D0%BC%D1%8C%D0%B8")  # семьи
    assert "foster-family-club" not in browser.result_ids(), "the English page searches English by default"
    browser.find("#search-all").click()
    browser.wait(lambda d: params(browser).get("all") == "1")
    browser.wait_for_result("foster-family-club", "searching every language did not find a Russian card")
    assert browser.script(
        "return document.querySelector(`[data-result-id='foster-family-club']`).dataset.resultLang") == "ru"
    browser.open_search("en", "?q=%D7%94%D7%96%D7%A0%D7%97%D7%94&all=1")  # הזנחה
    assert browser.find("#search-all").is_selected()
    browser.wait_for_result("pnima")


def test_result_count_is_announced(browser):
    browser.open_search("ru")
    type_query(browser, "семьи")
    browser.wait_for_result("foster-family-club")
    region = browser.find("[data-search-page] [aria-live='polite']")
    browser.wait(lambda d: "1" in region.text, "the live region does not give the count")
    assert region.get_attribute("data-search-status") is not None
    type_query(browser, "naglact")
    browser.wait(lambda d: "naglact" in region.text, "the live region does not say nothing was found")


def test_keyboard_only(browser):
    browser.open_search("he")
    actions = ActionChains(browser.driver)
    for _ in range(40):
        if browser.script("return document.activeElement?.id") == "search-query":
            break
        actions.send_keys(Keys.TAB).perform()
    else:
        pytest.fail("Tab never reached the search field")
    ActionChains(browser.driver).send_keys("ולקהילות").perform()
    browser.wait_for_result("resilient-community")
    for _ in range(80):
        ActionChains(browser.driver).send_keys(Keys.TAB).perform()
        if browser.script("return !!document.activeElement?.closest('[data-result-id]')"):
            break
    else:
        pytest.fail("Tab never reached a result")
    focused = browser.script("return document.activeElement")
    assert focused.tag_name == "a"
    assert browser.script("return getComputedStyle(document.activeElement).outlineStyle") != "none", "focus is not visible"
    href = focused.get_attribute("href")
    ActionChains(browser.driver).send_keys(Keys.ENTER).perform()
    browser.wait(lambda d: d.current_url == href, "Enter on a result did not open it")


def test_filters_are_keyboard_operable(browser):
    browser.open_search("en")
    browser.wait(lambda d: len(browser.result_ids()) == 5)
    box = checkbox(browser, "evidence", "evaluated")
    browser.script("arguments[0].focus()", box)
    ActionChains(browser.driver).send_keys(Keys.SPACE).perform()
    browser.wait(lambda d: browser.result_ids() == ["mifgash"], "Space on a filter did not apply it")


def test_results_show_within_100ms_of_the_last_keystroke(browser):
    browser.open_search("en")
    type_query(browser, "neglected")
    browser.wait(lambda d: browser.result_ids() == ["mifgash"])  # the shards are now cached
    type_query(browser, "")
    browser.wait(lambda d: len(browser.result_ids()) == 5)
    browser.script("""
        const field = document.querySelector('[data-search-form] input[type=search]');
        window.__timing = { input: 0, render: 0 };
        field.addEventListener('input', () => { window.__timing.input = performance.now(); });
        new MutationObserver(() => {
          const ids = [...document.querySelectorAll('[data-result-id]')].map(e => e.dataset.resultId);
          if (ids.length === 1 && ids[0] === 'mifgash' && !window.__timing.render) window.__timing.render = performance.now();
        }).observe(document.querySelector('[data-search-results]'), { childList: true, subtree: true });""")
    search_input(browser).send_keys("neglected")
    browser.wait(lambda d: browser.script("return window.__timing.render"), "the results never showed")
    timing = browser.script("return window.__timing")
    elapsed = timing["render"] - timing["input"]
    assert 0 <= elapsed < 100, f"results showed {elapsed:.0f} ms after the last keystroke"


def test_filters_collapse_on_narrow_screens(browser):
    driver = browser.driver
    size = driver.get_window_size()
    try:
        driver.set_window_size(400, 800)
        browser.open_search("en")
        details = browser.find("[data-search-page] details.filters")
        summary = details.find_element("css selector", "summary")
        assert summary.is_displayed()
        assert details.get_attribute("open") is None, "filters start collapsed on a narrow screen"
        browser.script("arguments[0].focus()", summary)
        ActionChains(driver).send_keys(Keys.ENTER).perform()
        browser.wait(lambda d: details.get_attribute("open") is not None, "Enter on the summary did not open the filters")
        assert checkbox(browser, "evidence", "evaluated").is_displayed()
    finally:
        driver.set_window_size(size["width"], size["height"])


def test_each_page_loads_only_the_scripts_it_needs(browser):
    def scripts():
        return browser.script("""
            return performance.getEntriesByType('resource').map(e => new URL(e.name).pathname)
              .filter(p => p.endsWith('.js'))""")

    def modules():
        return browser.script("return [...document.querySelectorAll('script[src]')].map(s => [s.type, new URL(s.src).pathname])")

    # A card has "add to shortlist": the shortlist script only, and nothing of search.
    browser.open("/en/practices/mifgash/")
    browser.visible("h1")
    assert modules() == [["module", "/assets/js/shortlist.js"]]
    assert not any("/search/" in path or "search-page" in path for path in scripts())

    # Pages without shortlist controls or search load no script at all.
    for path in ("/en/about/", "/en/topics/"):
        browser.open(path)
        browser.visible("h1")
        assert modules() == []
        assert scripts() == []

    browser.open_search("en")
    assert modules() == [["module", "/assets/js/shortlist.js"], ["module", "/assets/js/search-page.js"]]
    assert "/assets/js/catalog-filters.js" not in scripts()
