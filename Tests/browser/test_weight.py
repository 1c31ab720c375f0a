"""Weight: a practice card loads at most 150 KB all told — its HTML, stylesheets, scripts (with the
modules they import) and the images it references — and at most 30 KB of CSS; pages without
interactive parts load no JavaScript; images in card bodies have a width, a height and loading="lazy".

Bytes are counted uncompressed (KB = 1,000 bytes): the browser's Resource Timing decodedBodySize for
what it loaded, checked against the files' own sizes fetched from the test server, plus the size of
every image the page references, loaded yet or not (lazy images below the fold are not).
"""
import re
import urllib.request
from html.parser import HTMLParser
from urllib.parse import urljoin, urlsplit

import pytest

from conftest import CARDS, IMAGE_HEIGHT, IMAGE_WIDTH, LANGUAGES, Browser

PAGE_BUDGET = 150_000
CSS_BUDGET = 30_000

# Every byte the page asked for, and every asset it references, by path.
RESOURCES = """
const navigation = performance.getEntriesByType('navigation')[0];
const loaded = performance.getEntriesByType('resource').map((e) => [e.name, e.initiatorType, e.decodedBodySize, e.transferSize]);
const referenced = [
  ...[...document.querySelectorAll('link[rel~=stylesheet][href]')].map((e) => [e.href, 'css']),
  ...[...document.querySelectorAll('script[src]')].map((e) => [e.src, 'script']),
  ...[...document.querySelectorAll('img[src]')].map((e) => [e.src, 'img']),
  ...[...document.querySelectorAll('img[srcset], source[srcset]')].flatMap((e) => e.srcset.split(',').map((s) => [new URL(s.trim().split(/\\s+/)[0], location.href).href, 'img'])),
];
return { html: navigation.decodedBodySize, url: location.href, loaded, referenced };
"""


def size_of(url):
    with urllib.request.urlopen(urllib.request.Request(url, headers={"Accept-Encoding": "identity"})) as response:
        return len(response.read())


def weigh(browser, path):
    """{path: bytes} of the page and everything it loads or references; the browser's own figures checked."""
    browser.open(path)
    browser.visible("h1")
    browser.wait(lambda d: browser.script("return document.readyState") == "complete")
    browser.wait(lambda d: browser.script("return [...document.querySelectorAll('[data-shortlist-toggle]')].every((b) => !b.hidden)"))
    found = browser.script(RESOURCES)
    origin = "{0.scheme}://{0.netloc}".format(urlsplit(found["url"]))
    sizes = {urlsplit(found["url"]).path: size_of(found["url"])}
    assert found["html"] == sizes[urlsplit(found["url"]).path], "the HTML's decoded size differs from the file's"
    kinds = {urlsplit(found["url"]).path: "html"}
    for url, kind, decoded, _ in found["loaded"]:
        if not url.startswith(origin) or "/favicon" in url:
            continue
        name = urlsplit(url).path
        sizes[name] = size_of(url)
        kinds[name] = {"link": "css", "script": "script", "img": "img", "other": "script"}.get(kind, kind)
        assert decoded == sizes[name], f"{name}: the browser decoded {decoded} bytes, the file has {sizes[name]}"
    for url, kind in found["referenced"]:
        if url.startswith(origin) and urlsplit(url).path not in sizes:
            sizes[urlsplit(url).path] = size_of(url)
            kinds[urlsplit(url).path] = kind
    return sizes, kinds


def table(sizes, kinds):
    return "\n".join(f"  {size:>8,} B  {kinds.get(name, '?'):<6} {name}" for name, size in sorted(sizes.items(), key=lambda i: -i[1]))


@pytest.mark.parametrize("lang", LANGUAGES)
def test_a_card_page_weighs_at_most_150_kb_with_at_most_30_kb_of_css(browser, lang):
    sizes, kinds = weigh(browser, f"/{lang}/practices/{CARDS[lang]}/")
    total = sum(sizes.values())
    css = sum(size for name, size in sizes.items() if kinds[name] == "css")
    print(f"\n{lang} card: {total:,} bytes, CSS {css:,}\n" + table(sizes, kinds))
    assert css > 0 and any(kinds[name] == "script" for name in sizes), "the card loads its stylesheet and its shortlist script"
    assert css <= CSS_BUDGET, f"CSS is {css:,} bytes, over {CSS_BUDGET:,}:\n{table(sizes, kinds)}"
    assert total <= PAGE_BUDGET, f"the card page loads {total:,} bytes, over {PAGE_BUDGET:,}:\n{table(sizes, kinds)}"


def test_a_card_with_an_image_sizes_it_loads_it_lazily_and_stays_within_budget(imaged_base_url, browser):
    imaged = Browser(browser.driver, imaged_base_url)
    sizes, kinds = weigh(imaged, "/en/practices/mifgash/")
    images = imaged.script("""return [...document.querySelectorAll('.card .body img')].map((i) => ({
        src: new URL(i.src).pathname, width: i.getAttribute('width'), height: i.getAttribute('height'),
        loading: i.getAttribute('loading'), alt: i.alt, shown: [i.getBoundingClientRect().width, i.getBoundingClientRect().height] }))""")
    assert images and images[0]["src"] == "/en/practices/mifgash/scheme.png", images
    image = images[0]
    assert (image["width"], image["height"], image["loading"]) == (str(IMAGE_WIDTH), str(IMAGE_HEIGHT), "lazy"), image
    assert image["alt"] == "How the programme is organised"
    # The space is kept before the image arrives: drawn at its aspect ratio.
    drawn_width, drawn_height = image["shown"]
    assert drawn_height > 0 and abs(drawn_width / drawn_height - IMAGE_WIDTH / IMAGE_HEIGHT) < 0.02, image
    assert "/en/practices/mifgash/scheme.png" in sizes, "the image's bytes are counted"
    total = sum(sizes.values())
    print(f"\ncard with an image: {total:,} bytes\n" + table(sizes, kinds))
    assert total <= PAGE_BUDGET, f"the card page loads {total:,} bytes, over {PAGE_BUDGET:,}:\n{table(sizes, kinds)}"
    # Every translation links the same file beside it.
    assert size_of(f"{imaged_base_url}/he/practices/mifgash/scheme.png") == sizes["/en/practices/mifgash/scheme.png"]


# JavaScript only where a page uses it -------------------------------------------------------------

# What each script drives: a page must load a script only if it has that script's element.
INTERACTIVE = "[data-shortlist-toggle], [data-catalog-filters], [data-search-page], [data-compare-page], [data-shortlist-page]"
MARKERS = ("data-shortlist-toggle", "data-catalog-filters", "data-search-page", "data-compare-page", "data-shortlist-page")


class _Scripts(HTMLParser):
    def __init__(self):
        super().__init__()
        self.scripts, self.markers = [], set()

    def handle_starttag(self, tag, attrs):
        attributes = dict(attrs)
        if tag == "script" and attributes.get("type") != "application/ld+json":
            self.scripts.append(attributes.get("src") or "(inline)")
        self.markers.update(name for name in attributes if name in MARKERS)


def site_pages(base_url):
    with urllib.request.urlopen(base_url + "/sitemap.xml") as response:
        sitemap = response.read().decode("utf-8")
    paths = {urlsplit(url).path for url in re.findall(r"<loc>([^<]+)</loc>", sitemap)}
    return sorted(paths | {"/", "/404.html"} | {f"/{lang}/practices/overview/" for lang in LANGUAGES})


def test_only_pages_with_interactive_parts_reference_scripts(base_url):
    """Across the whole sample site (every page in the sitemap): a script only where an element of
    the shortlist, the filters, the search or the compare page is; no inline scripts anywhere."""
    pages = site_pages(base_url)
    assert len(pages) > 100
    scriptless = []
    for path in pages:
        with urllib.request.urlopen(urljoin(base_url, path)) as response:
            parser = _Scripts()
            parser.feed(response.read().decode("utf-8"))
        assert "(inline)" not in parser.scripts, f"{path} has an inline script"
        if parser.scripts:
            assert parser.markers, f"{path} loads {parser.scripts} but has nothing interactive"
        else:
            assert not parser.markers, f"{path} has {parser.markers} but loads no script"
            scriptless.append(path)
    # Taxonomy indexes, the models list, the free pages, the cost/time overview and the language chooser.
    assert {"/", "/en/topics/", "/he/regions/", "/ru/about/", "/bg/models/", "/en/practices/overview/"} <= set(scriptless)


@pytest.mark.parametrize("path", ["/", "/en/topics/", "/he/regions/", "/ru/about/", "/bg/models/", "/en/practices/overview/", "/404.html"])
def test_pages_without_interactive_parts_load_no_javascript(browser, path):
    browser.open(path)
    browser.visible("main")
    browser.wait(lambda d: browser.script("return document.readyState") == "complete")
    loaded = browser.script("return performance.getEntriesByType('resource').map((e) => new URL(e.name).pathname)")
    assert not [name for name in loaded if name.endswith(".js") or name.endswith(".mjs")], f"{path} loaded {loaded}"
    assert not browser.script(f"return document.querySelector('{INTERACTIVE}') !== null")
