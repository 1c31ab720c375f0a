// The catalog as practices, for the catalog filters (catalog-filters.js): built from each
// language's search index manifest, facets file and id list only, never from document
// chunks, so that every practice of every page can be filtered and counted at once.
// Plain ES module, no DOM.
import { SearchIndex } from './search/engine.js';

/**
 * Loads the indexes of `languages` (the site's, in its order) under `base` and builds the
 * catalog of `language`. An index that fails to load is left out (its error is passed to
 * `onError`); the catalog is null when the page language's own index fails.
 */
export async function loadCatalog(base, language, languages, { fetch, onError = () => {} } = {}) {
  const codes = [language, ...new Set(languages)].filter((code, i, all) => code && all.indexOf(code) === i);
  const settled = await Promise.allSettled(codes.map(async (code) => {
    const index = await SearchIndex.load(base, code, fetch ? { fetch } : undefined);
    const { facets, ids } = index.manifest;
    if (!facets || !ids) throw new Error(`${index.url}manifest.json lists no facets or ids file`);
    const [facetFile, idList] = await Promise.all([index.file(facets), index.file(ids)]);
    return { code, index, facets: facetFile, ids: idList };
  }));
  const parts = [];
  settled.forEach((outcome) => (outcome.status === 'fulfilled' ? parts.push(outcome.value) : onError(outcome.reason)));
  if (parts[0]?.code !== language) return null;
  return new Catalog(parts, [...new Set([language, ...languages])].sort((a, b) => rank(languages, a) - rank(languages, b)));
}

/**
 * Every practice once, in catalog order: those of the page language (`parts[0]`) in its
 * index's document order (title collation), then those written only in other languages,
 * each shown in its first language (in `order`, the site's), sorted by id as the server
 * sorts them. A practice's facet values are those of the document shown, except
 * `language`: every language it is written in.
 */
export class Catalog {
  /** `parts`: [{code, index, facets, ids}], the page language first. */
  constructor(parts, order = parts.map((part) => part.code)) {
    this.parts = parts;
    this.language = parts[0].code;
    // Every facet value as a slot: its facet, key, label and the language of the label.
    this.values = [];
    const slots = new Map();
    const facetOf = new Map();
    const slot = (name, key, label, lang) => {
      const id = `${name}\u0000${key}`;
      if (!slots.has(id)) {
        if (!facetOf.has(name)) facetOf.set(name, facetOf.size);
        slots.set(id, this.values.length);
        this.values.push({ name, key: String(key), label: label ?? String(key), lang, facet: facetOf.get(name) });
      }
      return slots.get(id);
    };
    this.slotOf = (name, key) => slots.get(`${name}\u0000${key}`);
    const local = parts.map((part) => (part.facets.facets ?? []).flatMap((facet) => (facet.values ?? []).map((value) =>
      (facet.name === 'language' ? -1 : slot(facet.name, value.key, value.label, part.code === this.language ? null : part.code)))));
    const languageSlot = new Map(parts.map((part) => {
      const own = (part.facets.facets ?? []).find((facet) => facet.name === 'language')?.values?.find((value) => value.key === part.code);
      return [part.code, slot('language', part.code, own?.label ?? part.code, part.code)];
    }));

    const byId = new Map();
    const first = [];
    const others = [];
    parts.forEach((part, p) => part.ids.forEach((id, doc) => {
      let practice = byId.get(id);
      if (!practice) {
        practice = { id, lang: part.code, part: p, doc, languages: [] };
        byId.set(id, practice);
        (p === 0 ? first : others).push(practice);
      }
      practice.languages.push(part.code);
    }));
    others.sort((a, b) => compareCodePoints(a.id, b.id));
    this.practices = [...first, ...others];
    for (const practice of this.practices) {
      practice.languages.sort((a, b) => rank(order, a) - rank(order, b));
      const own = (parts[practice.part].facets.docs?.[practice.doc] ?? []).map((v) => local[practice.part][v]).filter((s) => s >= 0);
      practice.values = [...new Set([...own, ...practice.languages.map((code) => languageSlot.get(code))])];
    }
    this.byId = byId;
  }

  /** A value's label ({label, lang}: lang is null when the label is in the page language). */
  label(name, key) {
    const value = this.values[this.slotOf(name, key)];
    return value ? { label: value.label, lang: value.lang } : { label: String(key), lang: null };
  }

  /**
   * The facets to offer ([{name, values: [{key, label, lang, count}]}]): the values some
   * practice has, with how many practices have each, in the page language's order, then
   * the values only other languages' files list; also any value `selected` names.
   */
  facets(selected = {}) {
    const counts = new Array(this.values.length).fill(0);
    for (const practice of this.practices) for (const s of practice.values) counts[s]++;
    const facets = new Map();
    this.values.forEach((value, s) => {
      if (!counts[s] && !list(selected[value.name]).includes(value.key)) return;
      if (!facets.has(value.name)) facets.set(value.name, []);
      facets.get(value.name).push({ key: value.key, label: value.label, lang: value.lang, count: counts[s] });
    });
    for (const [name, keys] of Object.entries(selected)) {
      for (const key of list(keys)) {
        if (this.slotOf(name, key) !== undefined) continue;
        if (!facets.has(name)) facets.set(name, []);
        facets.get(name).push({ key, label: key, lang: null, count: 0 });
      }
    }
    return [...facets].map(([name, values]) => ({ name, values }));
  }

  /**
   * The practices passing `filters` ({facet: [keys]}: OR within a facet, AND across facets),
   * in catalog order, and each value's count ({facet: {key: count}}): the practices that
   * have it and pass every other facet's filter.
   */
  filter(filters = {}) {
    const wanted = new Map();
    for (const [name, keys] of Object.entries(filters)) {
      const chosen = list(keys);
      if (!chosen.length) continue;
      wanted.set(name, new Set(chosen.map((key) => this.slotOf(name, key)).filter((s) => s !== undefined)));
    }
    const counts = new Array(this.values.length).fill(0);
    const passing = [];
    const names = [...wanted.keys()];
    for (const practice of this.practices) {
      const failed = names.filter((name) => !practice.values.some((s) => wanted.get(name).has(s)));
      if (!failed.length) passing.push(practice);
      if (failed.length > 1) continue;
      for (const s of practice.values) if (!failed.length || this.values[s].name === failed[0]) counts[s]++;
    }
    const byName = {};
    this.values.forEach((value, s) => {
      (byName[value.name] ??= {})[value.key] = counts[s];
    });
    return { passing, counts: byName };
  }

  /**
   * The documents shown for `practices` (each with `practice` added), in that order,
   * loading only their chunks.
   */
  async documents(practices) {
    const wanted = this.parts.map(() => []);
    for (const practice of practices) wanted[practice.part].push(practice.doc);
    const loaded = await Promise.all(this.parts.map((part, p) => (wanted[p].length ? part.index.documents(wanted[p]) : [])));
    const found = loaded.map((documents) => new Map(documents.map((document) => [document.doc, document])));
    return practices.map((practice) => ({ ...found[practice.part].get(practice.doc), practice }));
  }

  /** Bytes fetched so far by the indexes. */
  get bytesLoaded() {
    return this.parts.reduce((sum, part) => sum + part.index.bytesLoaded, 0);
  }
}

const list = (keys) => [].concat(keys ?? []).map(String);

function rank(order, code) {
  const index = order.indexOf(code);
  return index < 0 ? order.length : index;
}

/** Strings by Unicode code points, as Swift orders practice ids. */
export function compareCodePoints(a, b) {
  const x = [...a];
  const y = [...b];
  for (let i = 0; i < Math.min(x.length, y.length); i++) {
    if (x[i] !== y[i]) return x[i].codePointAt(0) - y[i].codePointAt(0);
  }
  return x.length - y.length;
}
