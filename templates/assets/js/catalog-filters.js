// Facet filters for the catalog, /<lang>/practices/: a progressive enhancement of the
// server-rendered list. It reads every catalog entry's facets from the search indexes (the
// page's language, plus the languages of entries written only in others), shows the filter
// panel, and hides the entries that the ticked values exclude. The state is in the URL
// (?topics=a,b&audience=…), and Back undoes a change. Without JavaScript, nothing changes.
import { SearchIndex } from './search/engine.js';
import {
  FACETS, FacetPanel, History, activeFilters, countSelected, facetLegends, fill, readState, strings, writeState,
} from './search-ui.js';

const details = document.querySelector('[data-catalog-filters]');
const list = document.querySelector('[data-catalog]');
if (details && list) startCatalogFilters(details, list).catch((error) => console.error(error));

async function startCatalogFilters(details, list) {
  const text = strings(details);
  const language = details.dataset.lang;
  const numbers = new Intl.NumberFormat(language);
  const count = document.querySelector('[data-catalog-count]');
  const layout = document.querySelector('[data-catalog-layout]');
  const unfiltered = count?.textContent ?? '';

  // Each entry names the language its practice is shown in (another one where the page language has no version).
  const entries = [...list.querySelectorAll('li.entry[data-practice-id]')].map((li) => ({
    li,
    id: li.dataset.practiceId,
    lang: li.dataset.practiceLang || language,
    values: new Map(),
  }));
  const needed = [...new Set([language, ...entries.map((entry) => entry.lang)])];
  const settled = await Promise.allSettled(needed.map((code) => everything(details.dataset.index, code)));
  const loaded = new Map();
  settled.forEach((outcome, index) => {
    if (outcome.status === 'fulfilled') loaded.set(needed[index], outcome.value);
    else console.error(outcome.reason);
  });
  if (!loaded.has(language)) return;

  for (const entry of entries) {
    const result = loaded.get(entry.lang)?.results.get(entry.id);
    for (const [name, keys] of Object.entries(result?.facets ?? {})) entry.values.set(name, new Set(keys));
  }
  const facets = universe(loaded, language, entries, pageLabels(list, language));

  const steps = new History();
  let filters = activeFilters(readState(location.search).filters);
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
  panel.build(facets, { total: entries.length, selected: filters });
  layout?.classList.add('has-filters');

  function apply() {
    let visible = 0;
    for (const entry of entries) {
      const shown = matches(entry, filters);
      entry.li.hidden = !shown;
      if (shown) visible += 1;
    }
    const counts = {};
    for (const facet of facets) {
      counts[facet.name] = {};
      for (const value of facet.values) {
        counts[facet.name][value.key] = entries.filter((entry) =>
          matches(entry, filters, facet.name) && entry.values.get(facet.name)?.has(value.key)).length;
      }
    }
    panel.showSelection(filters);
    panel.showCounts(counts);
    const message = countSelected(filters)
      ? fill(text.count, { count: numbers.format(visible), total: numbers.format(entries.length) })
      : unfiltered;
    if (count && count.textContent !== message) count.textContent = message;
  }

  window.addEventListener('popstate', () => {
    steps.restored();
    filters = activeFilters(readState(location.search).filters);
    apply();
  });
  apply();
}

/** Every document of one language's index, by practice id. */
async function everything(base, code) {
  const index = await SearchIndex.load(base, code);
  const head = await index.search({ query: '', filters: {}, limit: 0 });
  const all = head.total ? await index.search({ query: '', filters: {}, limit: head.total }) : head;
  return { head, results: new Map((all.results ?? []).map((result) => [result.id, result])) };
}

/** Whether an entry has, in each filtered facet but `except`, one of the ticked values. */
function matches(entry, filters, except) {
  return Object.entries(filters).every(([name, keys]) =>
    name === except || keys.some((key) => entry.values.get(name)?.has(key)));
}

/**
 * Labels in the page's language that the entries' own links to term pages carry
 * (/<lang>/<facet>/<key>/), by facet and key: they name values that only entries written in
 * other languages have.
 */
function pageLabels(list, language) {
  const labels = new Map();
  const path = new RegExp(`/${language}/(topics|audience|regions|evidence)/([^/]+)/$`);
  for (const link of list.querySelectorAll('a[href]')) {
    const match = new URL(link.href, location.href).pathname.match(path);
    if (!match) continue;
    const key = `${match[1]}\u0000${decodeURIComponent(match[2])}`;
    if (!labels.has(key) && link.textContent.trim()) labels.set(key, link.textContent.trim());
  }
  return labels;
}

/**
 * The facet values the catalog's entries have, with how many have each; labelled in the
 * page's language where its index or the page knows the value, otherwise in the language
 * of the index that does.
 */
function universe(loaded, language, entries, known) {
  const order = [language, ...[...loaded.keys()].filter((code) => code !== language)];
  const facets = [];
  for (const name of FACETS) {
    const values = new Map();
    for (const code of order) {
      for (const facet of loaded.get(code)?.head.facets ?? []) {
        if (facet.name !== name) continue;
        for (const value of facet.values ?? []) {
          if (values.has(value.key)) continue;
          const own = code === language ? value.label : known.get(`${name}\u0000${value.key}`);
          values.set(value.key, own
            ? { key: value.key, label: own, lang: null }
            : { key: value.key, label: value.label ?? value.key, lang: code });
        }
      }
    }
    const used = [...values.values()]
      .map((value) => ({ ...value, count: entries.filter((entry) => entry.values.get(name)?.has(value.key)).length }))
      .filter((value) => value.count > 0);
    if (used.length) facets.push({ name, values: used });
  }
  return facets;
}
