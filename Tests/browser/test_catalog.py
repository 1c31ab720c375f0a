"""The catalog's facet filters, /<lang>/practices/, in a real browser.

What each filter should leave is read from the server-rendered entries themselves: their
topic and audience chips link to the term pages, /<lang>/<facet>/<key>/.
"""
from urllib.parse import parse_qs, urlsplit

import pytest
from selenium.webdriver.common.action_chains import ActionChains
from selenium.webdriver.common.keys import Keys

LANGUAGES = ["en", "he", "ru", "bg"]


def open_catalog(browser, lang, query=""):
    browser.open(f"/{lang}/practices/{query}")
    browser.visible("[data-catalog-filters] fieldset[data-facet='topics']")


def visible_ids(browser):
    return browser.script("""
        return [...document.querySelectorAll('[data-catalog] li.entry')]
          .filter(e => e.offsetParent !== null).map(e => e.dataset.practiceId)""")


def all_ids(browser):
    return browser.script("return [...document.querySelectorAll('[data-catalog] li.entry')].map(e => e.dataset.practiceId)")


def ids_with(browser, lang, *terms):
    """Entries whose chips link to every one of `terms` ((facet, key) pairs)."""
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


def live_text(browser):
    return browser.find("[data-catalog-count][aria-live='polite']").text


def params(browser):
    return {key: values[0] for key, values in parse_qs(urlsplit(browser.driver.current_url).query).items()}


@pytest.mark.parametrize("lang", LANGUAGES)
def test_facet_checkboxes_alone_narrow_the_catalog(browser, lang):
    open_catalog(browser, lang)
    everything = all_ids(browser)
    assert len(everything) == 9 and visible_ids(browser) == everything
    unfiltered_count = live_text(browser)
    audience_before = counts(browser, "audience")

    checkbox(browser, "topics", "child-protection").click()
    expected = ids_with(browser, lang, ("topics", "child-protection"))
    assert 0 < len(expected) < len(everything)
    browser.wait(lambda d: visible_ids(browser) == expected, "the topic filter did not narrow the catalog")
    browser.wait(lambda d: live_text(browser) != unfiltered_count, "the count was not updated")
    assert str(len(expected)) in live_text(browser) and "9" in live_text(browser)
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
    browser.wait(lambda d: len(visible_ids(browser)) < 9, "Space on a filter did not apply it")


def test_other_language_values_are_labelled_in_the_page_language(browser):
    open_catalog(browser, "en")
    label = browser.script(
        "return document.querySelector(`[data-catalog-filters] input[value='foster-care']`).closest('li').querySelector('.facet-label').textContent")
    assert label == "Foster care"
