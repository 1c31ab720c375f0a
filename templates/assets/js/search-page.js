// The search page, /<lang>/search/: the form, the facet filters and the results, all
// kept in the URL (?q=…&topics=a,b&all=1). Typing rewrites the current history entry;
// submitting, ticking a filter or following a suggestion adds one, and Back restores it.
import { SearchIndex, searchAll } from './search/engine.js';
import {
  FacetPanel, History, activeFilters, countSelected, countsOf, facetLegends, fill, h, highlight,
  mergeUniverses, readState, strings, suggestionText, useAnalyzer, writeState,
} from './search-ui.js';

/** Results per page, and the pause after a keystroke before searching. */
const PAGE = 20;
const DEBOUNCE_MS = 60;

const root = document.querySelector('[data-search-page]');
if (root) startSearchPage(root);

function startSearchPage(root) {
  const text = strings(root);
  const language = root.dataset.lang;
  const languages = [...new Set([language, ...(root.dataset.languages ?? '').split(',').filter(Boolean)])];
  const numbers = new Intl.NumberFormat(language);
  const form = root.querySelector('[data-search-form]');
  const input = form.querySelector('input[type="search"]');
  const allRow = root.querySelector('[data-search-all]');
  const allBox = allRow.querySelector('input[type="checkbox"]');
  const layout = root.querySelector('[data-search-layout]');
  const status = root.querySelector('[data-search-status]');
  const suggestions = root.querySelector('[data-search-suggestions]');
  const results = root.querySelector('[data-search-results]');
  const more = root.querySelector('[data-search-more]');
  const steps = new History();

  let state = readState(location.search);
  let sequence = 0;
  let timer = 0;
  let shown = 0;
  let panelKey = '';
  let labels = new Map();

  const panel = new FacetPanel({
    details: root.querySelector('[data-filters]'),
    body: root.querySelector('[data-facets]'),
    legends: facetLegends(root),
    text,
    language,
    idPrefix: 'filter',
    onChange(filters) {
      state = { ...state, q: input.value, filters };
      commit();
    },
  });

  // Indexes and the facet values of all their documents ("universe"), loaded once each.
  const indexes = new Map();
  const universes = new Map();
  const indexFor = (code) => {
    if (!indexes.has(code)) {
      const loading = SearchIndex.load(root.dataset.index, code);
      loading.then((index) => useAnalyzer(code, index.analyzer), () => indexes.delete(code));
      indexes.set(code, loading);
    }
    return indexes.get(code);
  };
  const universeFor = (mode, loaded) => {
    if (!universes.has(mode)) {
      const codes = mode === 'all' ? languages : [language];
      const loading = Promise.all(loaded.map((index) => index.search({ query: '', filters: {}, limit: 0 })))
        .then((responses) => mergeUniverses(responses.map((response, i) => ({
          lang: codes[i] === language ? null : codes[i], response }))));
      loading.catch(() => universes.delete(mode));
      universes.set(mode, loading);
    }
    return universes.get(mode);
  };

  /** Runs the search for `state`; `append` adds the next page to the results shown. */
  async function update({ append = false } = {}) {
    const ticket = ++sequence;
    const current = { ...state, filters: activeFilters(state.filters) };
    const mode = current.all && languages.length > 1 ? 'all' : 'one';
    if (!append && !status.textContent) status.textContent = text.loading ?? '';
    try {
      const loaded = await Promise.all((mode === 'all' ? languages : [language]).map(indexFor));
      const universe = await universeFor(mode, loaded);
      const params = { query: current.q, filters: current.filters, limit: PAGE, offset: append ? shown : 0 };
      const response = mode === 'all' ? await searchAll(loaded, params) : await loaded[0].search(params);
      if (ticket !== sequence) return;
      showPanel(mode, universe, current.filters);
      panel.showCounts(countsOf(response.facets));
      show(response, current, mode, append);
    } catch (error) {
      if (ticket !== sequence) return;
      console.error(error);
      fail();
    }
  }

  function showPanel(mode, universe, filters) {
    // The language facet says nothing in one language, unless the URL already selects in it.
    const key = mode === 'one' && filters.language ? 'one+language' : mode;
    if (key !== panelKey) {
      labels = labelMap(universe.facets);
      panel.build(universe.facets, { total: universe.total, hide: mode === 'one' ? ['language'] : [], selected: filters });
      panelKey = key;
    }
    panel.showSelection(filters);
  }

  function show(response, current, mode, append) {
    for (const facet of response.facets ?? []) {
      for (const value of facet.values ?? []) {
        const key = `${facet.name}\u0000${value.key}`;
        if (!labels.has(key)) labels.set(key, { label: value.label ?? value.key, lang: null });
      }
    }
    const total = response.total ?? 0;
    if (total > 0) status.textContent = fill(text.count, { count: numbers.format(total) });
    else if (current.q.trim()) status.textContent = fill(text.noResults, { query: current.q.trim() });
    else status.textContent = countSelected(current.filters) ? text.noMatches : fill(text.count, { count: numbers.format(0) });

    const words = (response.suggestions ?? []).map(suggestionText).filter(Boolean);
    if (total === 0 && words.length) {
      const links = words.flatMap((word, index) => {
        const link = h('a', { href: writeState({ ...current, q: word }) || '?', 'data-suggestion': word }, word);
        link.addEventListener('click', (event) => {
          if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
          event.preventDefault();
          input.value = word;
          state = { ...state, q: word };
          commit();
          input.focus();
        });
        return index ? [', ', link] : [link];
      });
      suggestions.replaceChildren(h('p', {}, text.didYouMean ?? '', ' ', ...links));
      suggestions.hidden = false;
    } else {
      suggestions.replaceChildren();
      suggestions.hidden = true;
    }

    const items = (response.results ?? []).map((result) => item(result, mode));
    let list = results.querySelector('ol');
    if (!append || !list) {
      list = h('ol', { class: 'entries search-results' });
      results.replaceChildren(list);
      shown = 0;
    }
    list.append(...items);
    shown += items.length;
    if (!items.length && !shown) results.replaceChildren();
    more.hidden = shown >= total || items.length === 0;
    if (append && items.length) items[0].querySelector('a')?.focus();
  }

  /** One result: its title as a link, its summary with the matched words marked, chips for its facets. */
  function item(result, mode) {
    const lang = result.lang ?? language;
    const foreign = lang !== language;
    const terms = result.terms ?? [];
    const chips = [];
    for (const [name, keys] of Object.entries(result.facets ?? {})) {
      if (name === 'language' && mode !== 'all') continue;
      for (const key of keys ?? []) chips.push({ name, key, ...(labels.get(`${name}\u0000${key}`) ?? { label: key, lang: null }) });
    }
    const order = ['language', 'topics', 'audience', 'regions', 'evidence', 'replication', 'cost', 'time'];
    chips.sort((a, b) => rank(order, a.name) - rank(order, b.name));
    return h('li', { class: 'entry result', 'data-result-id': result.id, 'data-result-lang': lang },
      h('article', {},
        h('h2', { class: 'entry-title' },
          h('a', { href: result.url, lang: foreign ? lang : null, hreflang: foreign ? lang : null, dir: foreign ? 'auto' : null },
            highlight(result.title ?? result.id, terms, lang))),
        result.summary ? h('p', { class: 'summary', lang: foreign ? lang : null, dir: foreign ? 'auto' : null },
          highlight(result.summary, terms, lang)) : null,
        chips.length ? h('ul', { class: 'chips' },
          chips.map((chip) => h('li', {}, h('span', {
            class: chip.name === 'language' ? 'badge' : 'chip',
            'data-facet': chip.name,
            lang: chip.name === 'language' ? chip.key : chip.lang,
            dir: chip.lang ? 'auto' : null,
          }, chip.label)))) : null));
  }

  function fail() {
    status.replaceChildren(text.failed ?? '', ' ', h('a', { href: root.dataset.catalogUrl }, text.catalog ?? root.dataset.catalogUrl));
    results.replaceChildren();
    suggestions.hidden = true;
    more.hidden = true;
  }

  /** A new history entry for the state, then the search. */
  function commit() {
    clearTimeout(timer);
    steps.commit(writeState(state));
    update();
  }

  function typed() {
    clearTimeout(timer);
    timer = setTimeout(() => {
      if (input.value === state.q) return;
      state = { ...state, q: input.value };
      steps.preview(writeState(state));
      update();
    }, DEBOUNCE_MS);
  }

  function restore() {
    state = readState(location.search);
    input.value = state.q;
    allBox.checked = state.all;
  }

  function start() {
    restore();
    form.hidden = false;
    layout.hidden = false;
    allRow.hidden = languages.length < 2;
    input.addEventListener('input', (event) => {
      if (!event.isComposing) typed();
    });
    input.addEventListener('compositionend', typed);
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      state = { ...state, q: input.value };
      commit();
    });
    allBox.addEventListener('change', () => {
      state = { ...state, q: input.value, all: allBox.checked };
      commit();
    });
    more.addEventListener('click', () => update({ append: true }));
    window.addEventListener('popstate', () => {
      clearTimeout(timer);
      steps.restored();
      restore();
      update();
    });
    update();
  }

  start();
}

function labelMap(facets) {
  const map = new Map();
  for (const facet of facets ?? []) {
    for (const value of facet.values ?? []) {
      map.set(`${facet.name}\u0000${value.key}`, { label: value.label ?? value.key, lang: value.lang ?? null });
    }
  }
  return map;
}

function rank(order, name) {
  const index = order.indexOf(name);
  return index < 0 ? order.length : index;
}
