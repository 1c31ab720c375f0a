// Facet filters for the catalog, /<lang>/practices/[page/<n>/]: a progressive enhancement of
// the server-rendered, paged list. It loads, for every site language, the search index's
// manifest, facets file and id list (no document chunks), which say every practice's facet
// values; it shows the filter panel with counts per practice, not per translation. With no
// value ticked the server's page (its entries and pagination) stays as it is; with some, the
// server's list and pagination are hidden and the matching practices of the whole catalog
// are listed in catalog order, a page at a time behind a "show more" button, loading only
// the document chunks of the practices shown. The state is in the URL (?topics=a,b&…), and
// Back undoes a change. Without JavaScript, nothing changes.
import { loadCatalog } from './catalog-model.js';
import {
  FacetPanel, History, activeFilters, countSelected, facetLegends, fill, h, readState, strings, writeState,
} from './search-ui.js';

/** Practices added to the filtered list at a time (a theme may set data-page-size on the filters instead). */
const PAGE = 48;

const details = document.querySelector('[data-catalog-filters]');
const list = document.querySelector('[data-catalog]');
if (details && list) startCatalogFilters(details, list).catch((error) => console.error(error));

async function startCatalogFilters(details, list) {
  const text = strings(details);
  const language = details.dataset.lang;
  const root = details.dataset.root || details.dataset.index.replace(/search\/$/, '');
  const numbers = new Intl.NumberFormat(language);
  const count = document.querySelector('[data-catalog-count]');
  const layout = document.querySelector('[data-catalog-layout]');
  const container = list.parentElement;
  const paginations = [...container.querySelectorAll('.pagination')];
  const unfiltered = count?.textContent ?? '';
  const switcher = languageSwitcher();
  const languages = (details.dataset.languages ?? '').split(',').map((code) => code.trim()).filter(Boolean);

  const catalog = await loadCatalog(details.dataset.index, language, languages.length ? languages : [...switcher.keys()], {
    onError: (error) => console.error(error),
  });
  if (!catalog) return;
  const total = catalog.practices.length;

  const results = h('ul', { class: 'entries', 'data-catalog-results': true, hidden: true });
  const more = h('button', { type: 'button', 'data-catalog-more': true }, text.more ?? '…');
  const moreRow = h('p', { class: 'search-more-row', hidden: true }, more);
  container.append(results, moreRow);

  const steps = new History();
  let filters = activeFilters(readState(location.search).filters);
  let matching = [];
  let shown = 0;
  let sequence = 0;
  let pending = false;
  const panel = new FacetPanel({
    details,
    body: details.querySelector('[data-facets]'),
    legends: facetLegends(details),
    text,
    language,
    idPrefix: 'catalog-filter',
    onChange(selection) {
      filters = activeFilters(selection);
      steps.commit(writeState({ filters }));
      apply();
    },
  });
  panel.build(catalog.facets(filters), { total, selected: filters });
  layout?.classList.add('has-filters');

  more.addEventListener('click', () => {
    if (!pending) showMore(true);
  });
  window.addEventListener('popstate', () => {
    steps.restored();
    filters = activeFilters(readState(location.search).filters);
    apply();
  });
  apply();

  /** Shows the state of `filters`: counts, the count line, and the server's page or the matching practices. */
  function apply() {
    const ticket = ++sequence;
    const { passing, counts } = catalog.filter(filters);
    const active = countSelected(filters) > 0;
    panel.showSelection(filters);
    panel.showCounts(counts);
    const message = active ? fill(text.count, { count: numbers.format(passing.length), total: numbers.format(total) }) : unfiltered;
    if (count && count.textContent !== message) count.textContent = message;
    list.hidden = active;
    for (const nav of paginations) nav.hidden = active;
    if (!active) {
      matching = [];
      shown = 0;
      pending = false;
      results.hidden = true;
      results.replaceChildren();
      moreRow.hidden = true;
      return;
    }
    matching = passing;
    shown = 0;
    showMore(false, ticket);
  }

  /** Lists the next PAGE matching practices; `append` adds them to those shown and moves focus to the first. */
  async function showMore(append, ticket = sequence) {
    const size = Math.max(1, Math.floor(Number(details.dataset.pageSize))) || PAGE;
    const slice = matching.slice(append ? shown : 0, (append ? shown : 0) + size);
    let documents;
    pending = true;
    try {
      documents = await catalog.documents(slice);
    } catch (error) {
      console.error(error);
      documents = slice.map((practice) => ({ practice }));
    } finally {
      if (ticket === sequence) pending = false;
    }
    if (ticket !== sequence) return;
    const items = documents.map(entry);
    if (append) results.append(...items);
    else results.replaceChildren(...items);
    shown = (append ? shown : 0) + items.length;
    results.hidden = false;
    moreRow.hidden = shown >= matching.length;
    if (append && items.length) items[0].querySelector('a')?.focus();
  }

  /** One practice, marked up as the server's catalog entries are (entry.mustache), as far as the index tells. */
  function entry({ practice, title, summary, url, lang = practice.lang, facets = {} }) {
    const foreign = lang !== language;
    const own = (attributes) => (foreign ? { ...attributes, lang, dir: switcher.get(lang)?.dir ?? 'auto' } : attributes);
    const name = title ?? practice.id;
    const href = url ?? `${root}${lang}/practices/${encodeURIComponent(practice.id)}/`;
    return h('li', { class: 'entry', 'data-practice-id': practice.id, 'data-practice-lang': lang },
      h('article', {},
        h('h2', { class: 'entry-title' }, h('a', foreign ? { href, lang, dir: own({}).dir, hreflang: lang } : { href }, name)),
        foreign ? h('p', { class: 'other-language' }, text.onlyIn ?? '', ' ',
          practice.languages.flatMap((code) => [h('span', { class: 'badge', lang: code }, endonym(code)), ' '])) : null,
        summary ? h('p', own({ class: 'summary' }), summary) : null,
        facts(facets),
        h('button', {
          type: 'button', class: 'shortlist-toggle', 'data-shortlist-toggle': true, 'data-practice-id': practice.id,
          'data-practice-title': name, hidden: true,
        }, text.shortlistAdd ?? '')));
  }

  /** The facts list of facts.mustache: cost and time (their bands, or “not stated”), first region, evidence, audience, topics. */
  function facts(values) {
    const keys = (name) => [].concat(values[name] ?? []).map(String);
    const link = (name, key, attributes = {}) => {
      const { label, lang } = catalog.label(name, key);
      return h('a', { ...attributes, href: `${root}${language}/${name}/${encodeURIComponent(key)}/`, lang }, label);
    };
    const fact = (label, ...content) => h('div', { class: 'fact' }, h('dt', {}, label ?? ''), h('dd', {}, ...content));
    const wide = (label, ...content) => h('div', { class: 'fact fact-wide' }, h('dt', {}, label ?? ''), h('dd', {}, ...content));
    const missing = (label) => h('div', { class: 'fact fact-missing' }, h('dt', {}, label ?? ''), h('dd', {}, text.notStated ?? ''));
    const band = (name) => keys(name).slice(0, 1).map((key) => h('bdi', { lang: catalog.label(name, key).lang }, catalog.label(name, key).label));
    const chips = (name) => keys(name).flatMap((key) => [link(name, key, { class: 'chip' }), ' ']);
    const rows = [
      keys('regions').length && fact(text.fieldFirstRegion, link('regions', keys('regions')[0])),
      keys('evidence').length && fact(text.fieldEvidence, link('evidence', keys('evidence')[0])),
      keys('audience').length && wide(text.fieldAudience, chips('audience')),
      keys('topics').length && wide(text.fieldTopics, chips('topics')),
    ].filter(Boolean);
    if (!rows.length && !keys('cost').length && !keys('time').length) return null;
    return h('dl', { class: 'facts' },
      keys('cost').length ? fact(text.fieldCost, band('cost')) : missing(text.fieldCost),
      keys('time').length ? fact(text.fieldTime, band('time')) : missing(text.fieldTime),
      rows);
  }

  function endonym(code) {
    const { label, lang } = catalog.label('language', code);
    return lang || label !== code ? label : switcher.get(code)?.name ?? code;
  }
}

/** The site's languages as the page's language switcher lists them: code → {name, dir}. */
function languageSwitcher() {
  const languages = new Map();
  for (const item of document.querySelectorAll('.language-switcher [lang]')) {
    const code = item.getAttribute('hreflang') || item.getAttribute('lang');
    if (code && !languages.has(code)) languages.set(code, { name: item.textContent.trim(), dir: item.getAttribute('dir') || 'auto' });
  }
  return languages;
}
