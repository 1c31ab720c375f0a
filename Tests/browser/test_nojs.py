"""Without JavaScript: the search page says what it needs and links to the catalog, which lists every practice."""
import pytest

LANGUAGES = ["en", "he", "ru", "bg"]


@pytest.mark.parametrize("lang", LANGUAGES)
def test_search_page_without_javascript_links_to_the_catalog(nojs_browser, lang):
    nojs_browser.open(f"/{lang}/search/?q=test")
    notice = nojs_browser.visible("[data-search-page] .notice")
    link = notice.find_element("css selector", "a")
    assert link.is_displayed() and link.get_attribute("href").endswith(f"/{lang}/practices/")
    assert notice.text.strip() != link.text.strip(), "the notice explains why"
    assert not nojs_browser.find("[data-search-form]").is_displayed(), "a form that cannot work stays hidden"
    assert not nojs_browser.find_all("[data-result-id]")


@pytest.mark.parametrize("lang", LANGUAGES)
def test_catalog_without_javascript_lists_every_practice(nojs_browser, lang):
    nojs_browser.open(f"/{lang}/practices/?topics=neglect")
    nojs_browser.visible("[data-catalog]")
    entries = nojs_browser.find_all("[data-catalog] li.entry")
    assert len(entries) == 9
    assert all(entry.is_displayed() for entry in entries)
    assert not nojs_browser.find("[data-catalog-filters]").is_displayed(), "filters need JavaScript, so they stay hidden"
    assert nojs_browser.find("[data-catalog-count]").text.endswith("9")
