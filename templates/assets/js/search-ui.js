// Shared pieces of the search page (search-page.js) and the catalog filters
// (catalog-filters.js): URL state, the facet filter panel, result highlighting and
// small DOM helpers. Everything from the index is inserted as text nodes, never as HTML,
// and nothing sets inline styles: the page's Content-Security-Policy forbids them.
import { makeAnalyzer, stemmerEntry } from './analysis/analyzer-core.js';
import { fill, h, strings } from './dom.js';

export { fill, h, strings };

/** Facets in the order the filter panel shows them. */
export const FACETS = ['topics', 'audience', 'regions', 'evidence', 'replication', 'cost', 'time', 'language'];




/** The facet names' labels, from `data-facet-<name>` attributes of `root`. */
export function facetLegends(root) {
  return Object.fromEntries(FACETS.map((name) => [name, root.getAttribute(`data-facet-${name}`) || name]));
}

// ---------------------------------------------------------------------------------------
// URL state: ?q=…&topics=a,b&audience=…&all=1

/** The state in a query string: the words, the selected keys per facet and whether every language is searched. */
export function readState(search) {
  const params = new URLSearchParams(search);
  const filters = {};
  for (const name of FACETS) {
    const keys = (params.get(name) ?? '').split(',').map((key) => key.trim()).filter(Boolean);
    if (keys.length) filters[name] = [...new Set(keys)];
  }
  return { q: params.get('q') ?? '', filters, all: params.get('all') === '1' };
}

/** The query string for a state (with its leading "?", or "" when the state is empty). */
export function writeState({ q = '', filters = {}, all = false }) {
  const params = new URLSearchParams();
  if (q.trim()) params.set('q', q);
  for (const name of FACETS) {
    if (filters[name]?.length) params.set(name, filters[name].join(','));
  }
  if (all) params.set('all', '1');
  const text = params.toString();
  return text ? `?${text}` : '';
}

/** Only the facets with a selection, as the engine takes them. */
export function activeFilters(filters) {
  return Object.fromEntries(Object.entries(filters).filter(([, keys]) => keys?.length));
}

export function countSelected(filters) {
  return Object.values(filters).reduce((sum, keys) => sum + (keys?.length ?? 0), 0);
}

/**
 * The browser history as the page's state: `preview` rewrites the current entry (while
 * typing), `commit` adds an entry (a submitted search, a filter toggled) after putting the
 * current one back to the last committed state, so that Back returns to it.
 */
export class History {
  constructor() {
    this.committed = location.search;
    history.replaceState({ practicaSearch: true }, '', location.href);
  }

  url(search) {
    return location.pathname + search + location.hash;
  }

  preview(search) {
    if (search !== location.search) history.replaceState({ practicaSearch: true }, '', this.url(search));
  }

  commit(search) {
    if (search === this.committed) {
      this.preview(search);
      return;
    }
    if (location.search !== this.committed) history.replaceState({ practicaSearch: true }, '', this.url(this.committed));
    history.pushState({ practicaSearch: true }, '', this.url(search));
    this.committed = search;
  }

  /** After popstate: the entry the browser moved to is committed. */
  restored() {
    this.committed = location.search;
  }
}

// ---------------------------------------------------------------------------------------
// Highlighting

const WORD = /[\p{L}\p{N}\p{M}]+/gu;
const analyzers = new Map();

/** Highlights in `language` use `analysis`, the analyzer its search index loaded (engine.js). */
export function useAnalyzer(language, analysis) {
  analyzers.set(language, analysis);
}

// Before its index has loaded a language only normalizes: the page never fetches a stemmer twice.
function analyzerFor(language) {
  if (!analyzers.has(language)) analyzers.set(language, makeAnalyzer(stemmerEntry(language).primary, null, null));
  return analyzers.get(language);
}

/**
 * `text` as text nodes with <mark> around each word whose analysed form is one of `terms`
 * (the index terms a result matched). For Hebrew the terms double as the vocabulary that
 * lets prefix letters (ו, ה, ב, ל, ש…) be stripped.
 */
export function highlight(text, terms, language) {
  const fragment = document.createDocumentFragment();
  const wanted = new Set((terms ?? []).map(String));
  if (!text || wanted.size === 0) {
    fragment.append(text ?? '');
    return fragment;
  }
  const analysis = analyzerFor(language);
  let last = 0;
  for (const match of String(text).matchAll(WORD)) {
    const word = match[0];
    const hit = analysis.terms(word, wanted).some((term) => wanted.has(term)) || wanted.has(word.toLowerCase());
    if (!hit) continue;
    if (match.index > last) fragment.append(text.slice(last, match.index));
    fragment.append(h('mark', {}, word));
    last = match.index + word.length;
  }
  if (last < text.length) fragment.append(text.slice(last));
  return fragment;
}

// ---------------------------------------------------------------------------------------
// The filter panel

/**
 * Fieldsets of checkboxes, one per facet, inside a <details> that is a disclosure on
 * narrow screens and always open on wide ones. The list of values stays put while the
 * counts change, so focus never jumps; values with no match are dimmed, not removed.
 */
export class FacetPanel {
  constructor({ details, body, legends, text, language, idPrefix, onChange }) {
    this.details = details;
    this.body = body;
    this.legends = legends;
    this.text = text;
    this.onChange = onChange;
    this.idPrefix = idPrefix;
    this.numbers = new Intl.NumberFormat(language);
    this.inputs = new Map();
    this.summary = details.querySelector('summary');
    this.summaryLabel = this.summary?.textContent ?? '';
    const wide = matchMedia('(min-width: 48rem)');
    const fit = () => {
      this.details.open = wide.matches || this.details.dataset.userOpen === '1';
    };
    wide.addEventListener('change', fit);
    this.details.addEventListener('toggle', () => {
      if (!wide.matches) this.details.dataset.userOpen = this.details.open ? '1' : '';
    });
    fit();
    this.body.addEventListener('change', (event) => {
      if (event.target instanceof HTMLInputElement && event.target.type === 'checkbox') this.onChange(this.selection());
    });
  }

  /**
   * Builds the fieldsets from `facets` ([{name, values: [{key, label, count, lang?}]}]), in
   * FACETS order with values in the index's display order, leaving out facets that cannot
   * narrow anything (one value that every document has).
   */
  build(facets, { total, hide = [], selected = {} }) {
    const byName = new Map(facets.map((facet) => [facet.name, facet]));
    const names = [...FACETS, ...facets.map((facet) => facet.name).filter((name) => !FACETS.includes(name))];
    this.inputs.clear();
    const fieldsets = [];
    for (const name of names) {
      const facet = byName.get(name);
      if (!facet || !facet.values.length) continue;
      const chosen = selected[name] ?? [];
      const useless = facet.values.length === 1 && facet.values[0].count >= total && !chosen.length;
      if ((hide.includes(name) && !chosen.length) || useless) continue;
      const list = h('ul', { class: 'facet-values' });
      facet.values.forEach((value, index) => {
        const id = `${this.idPrefix}-${name}-${index}`;
        const input = h('input', { type: 'checkbox', id, name, value: value.key });
        input.checked = chosen.includes(value.key);
        const count = h('span', { class: 'facet-count' });
        const label = h('label', { for: id },
          h('span', { class: 'facet-label', lang: value.lang ?? null, dir: value.lang ? 'auto' : null }, value.label ?? value.key),
          ' ', count);
        const item = h('li', { class: 'facet-value' }, input, label);
        this.inputs.set(`${name}\u0000${value.key}`, { input, count, item });
        list.append(item);
      });
      fieldsets.push(h('fieldset', { class: 'facet', 'data-facet': name }, h('legend', {}, this.legends[name] ?? name), list));
    }
    const clear = h('button', { type: 'button', class: 'facet-clear', 'data-clear-filters': true }, this.text.clearFilters ?? 'Clear');
    clear.addEventListener('click', () => {
      this.onChange({});
      // The button hides itself; focus goes to the first filter rather than being lost.
      this.body.querySelector('input')?.focus();
    });
    this.clearButton = clear;
    this.body.replaceChildren(...fieldsets, clear);
    this.details.hidden = fieldsets.length === 0;
    this.showSelection(selected);
  }

  /** The checked keys per facet. */
  selection() {
    const filters = {};
    for (const { input } of this.inputs.values()) {
      if (!input.checked) continue;
      (filters[input.name] ??= []).push(input.value);
    }
    return filters;
  }

  /** Checks exactly the keys of `filters`. */
  showSelection(filters) {
    for (const { input } of this.inputs.values()) input.checked = Boolean(filters[input.name]?.includes(input.value));
    const count = countSelected(filters);
    this.clearButton.hidden = count === 0;
    if (this.summary) this.summary.textContent = count ? fill(this.text.filtersActive ?? '{label} ({count})', { label: this.summaryLabel, count: this.numbers.format(count) }) : this.summaryLabel;
  }

  /** Shows `counts` ({name: {key: count}}); a value missing there has none. */
  showCounts(counts) {
    for (const [composite, { input, count, item }] of this.inputs) {
      const [name, key] = composite.split('\u0000');
      const value = counts[name]?.[key] ?? 0;
      count.textContent = `(${this.numbers.format(value)})`;
      item.classList.toggle('is-empty', value === 0 && !input.checked);
    }
  }
}

/**
 * The facet values of several indexes' documents as one list ({total, facets}): counts
 * summed, each label from the first index that has the value, with that index's language
 * as `lang` when it is not the page's (`lang: null` in `parts`).
 */
export function mergeUniverses(parts) {
  const facets = new Map();
  let total = 0;
  for (const { lang, response } of parts) {
    total += response.total ?? 0;
    for (const facet of response.facets ?? []) {
      if (!facets.has(facet.name)) facets.set(facet.name, new Map());
      const values = facets.get(facet.name);
      for (const value of facet.values ?? []) {
        const seen = values.get(value.key);
        if (seen) seen.count += value.count ?? 0;
        else values.set(value.key, { key: value.key, label: value.label ?? value.key, count: value.count ?? 0, lang });
      }
    }
  }
  return { total, facets: [...facets].map(([name, values]) => ({ name, values: [...values.values()] })) };
}

/** {name: {key: count}} from the engine's facets. */
export function countsOf(facets) {
  const counts = {};
  for (const facet of facets ?? []) {
    counts[facet.name] = {};
    for (const value of facet.values ?? []) counts[facet.name][value.key] = value.count ?? 0;
  }
  return counts;
}

/** Text for a suggestion, whatever shape the engine gives it. */
export function suggestionText(suggestion) {
  if (typeof suggestion === 'string') return suggestion;
  return suggestion?.query ?? suggestion?.word ?? suggestion?.term ?? suggestion?.text ?? '';
}
