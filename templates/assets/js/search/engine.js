// Search over the prebuilt per-language index (docs/search-index.md): loads only the files a
// query needs, caches each, and ranks with BM25 from the postings' precomputed scores.
// Plain ES module, no dependencies, no DOM.
import { loadAnalyzer } from '../analysis/load.js';
import { tokenize } from '../analysis/tokenize.js';
import { codes, fromCodes } from '../analysis/snowball-program.js';
import { prefixLengths } from '../analysis/stem-he.js';
import { byDistance, distance } from './fuzzy.js';
import { filterAndCount, mergeFacets } from './facets.js';

/** Weights of a word's matches: its exact or stemmed terms count 1. */
const PREFIX = 0.7;
const DECODED = Symbol('decoded postings');
const FUZZY = [1, 0.6, 0.4];
/** A typed word's prefix expands into at most this many term shards; a shorter word, whose terms fill more, keeps to its own shard. */
const PREFIX_SHARDS = 3;
const own = (object, key) => (Object.hasOwn(object, key) ? object[key] : undefined);

/** Code-point order, as the build sorts terms (UTF-16 order differs beyond the BMP). */
export function compareTerms(a, b) {
  const x = codes(a), y = codes(b);
  for (let i = 0; i < x.length && i < y.length; i++) if (x[i] !== y[i]) return x[i] - y[i];
  return x.length - y.length;
}

/** Flat postings (docs/search-index.md) as [doc, score, position…] lists. */
export function decodePostings(flat) {
  const postings = [];
  let doc = 0;
  for (let i = 0; i < flat.length;) {
    doc += flat[i];
    const posting = [doc, flat[i + 1]];
    const count = flat[i + 2];
    let position = 0;
    for (let k = 0; k < count; k++) posting.push((position += flat[i + 3 + k]));
    postings.push(posting);
    i += 3 + count;
  }
  return postings;
}

export class SearchIndex {
  /** Total bytes fetched so far by this index (response bodies). */
  bytesLoaded = 0;

  constructor(url, fetchImpl) {
    this.url = url;
    this.get = fetchImpl;
    this.cache = new Map();
  }

  /** Loads `${baseUrl}${language}/manifest.json`; everything else loads as searches need it. */
  static async load(baseUrl, language, { fetch: fetchImpl = globalThis.fetch } = {}) {
    const index = new SearchIndex(`${baseUrl}${language}/`, fetchImpl);
    const manifest = (index.manifest = await index.file('manifest.json'));
    if (manifest.version !== 1) throw new Error(`search index version ${manifest.version} is not supported`);
    index.analyzer = await loadAnalyzer(manifest.language);
    return index;
  }

  /** Searches this index alone; see searchAll. */
  search(params) {
    return searchAll([this], params);
  }

  /** A file of the index as parsed JSON, fetched once. */
  file(path) {
    let promise = this.cache.get(path);
    if (!promise) {
      const get = this.get;
      promise = (async () => {
        const response = await get(this.url + path);
        if (!response.ok) throw new Error(`${this.url}${path}: HTTP ${response.status}`);
        const bytes = await response.arrayBuffer();
        this.bytesLoaded += bytes.byteLength;
        return JSON.parse(new TextDecoder().decode(bytes));
      })();
      this.cache.set(path, promise);
      promise.catch(() => this.cache.delete(path));
    }
    return promise;
  }

  /**
   * The metadata of documents `docs` (their numbers), in that order, each with its `doc`;
   * loads only their chunks.
   */
  documents(docs) {
    const { docs: folder, docChunkSize: size, documents } = this.manifest;
    return Promise.all([...docs].map(async (doc) => {
      if (!(doc >= 0 && doc < documents)) throw new RangeError(`no document ${doc}`);
      return { doc, ...(await this.file(`${folder}${(doc - doc % size) / size}.json`))[doc % size] };
    }));
  }

  /** The number of the term shard whose range holds `term` (-1 when the index has no terms). */
  shardNumber(term) {
    const shards = this.manifest.terms;
    let low = 0, high = shards.length - 1, found = -1;
    while (low <= high) {
      const middle = (low + high) >> 1;
      if (compareTerms(shards[middle], term) <= 0) (found = middle), (low = middle + 1);
      else high = middle - 1;
    }
    return found;
  }

  /** The term shard `number` as term → postings, each list decoded once, when first asked for. */
  async shardAt(number) {
    if (number < 0) return { postings: () => undefined, terms: [] };
    const raw = await this.file(`${this.manifest.termFiles}${number}.json`);
    raw[DECODED] ??= new Map();
    return {
      terms: Object.keys(raw),
      postings: (term) => {
        if (!Object.hasOwn(raw, term)) return undefined;
        if (!raw[DECODED].has(term)) raw[DECODED].set(term, decodePostings(raw[term]));
        return raw[DECODED].get(term);
      },
    };
  }

  /** The postings of `term` ([doc, score, position…] lists), or undefined. */
  async postings(term) {
    return (await this.shardAt(this.shardNumber(term))).postings(term);
  }

  /** Every term starting with `prefix`, with its postings, from at most PREFIX_SHARDS shards. */
  async prefixed(prefix) {
    const first = this.shardNumber(prefix);
    const shards = this.manifest.terms;
    let last = first;
    while (last + 1 < shards.length && shards[last + 1].startsWith(prefix)) last++;
    if (last - first + 1 > PREFIX_SHARDS) last = first;
    const found = [];
    for (let n = first; n <= last; n++) {
      const shard = await this.shardAt(n);
      for (const term of shard.terms) if (term.startsWith(prefix)) found.push([term, shard.postings(term)]);
    }
    return found;
  }

  /** Index terms within `maxFor(length)` edits of any of `words`, as [term, distance, word form], nearest first. */
  async near(words, maxFor, limit) {
    const found = new Map();
    const jobs = [];
    for (const word of words) {
      const a = codes(word);
      const max = maxFor(a.length);
      for (let n = a.length - max; max && n <= a.length + max; n++) {
        const path = own(this.manifest.vocab, String(n));
        if (!path) continue;
        jobs.push(this.file(path).then((entries) => {
          for (const entry of entries) {
            const [term, form] = typeof entry === 'string' ? [entry, entry] : entry;
            const d = distance(a, codes(term), max);
            if (d <= max && !(found.get(term)?.[0] <= d)) found.set(term, [d, form]);
          }
        }));
      }
    }
    await Promise.all(jobs);
    return [...found].map(([term, [d, form]]) => [term, d, form]).sort(byDistance).slice(0, limit);
  }

  /**
   * A query word's matches: term → [weight, postings]. Its stem (for Hebrew, also the stems
   * left by each possible prefix) where the index has it; if `prefix`, every term starting
   * with it; failing both, terms within one edit of the word or a stem of 5+ letters, two of 9+.
   */
  async word(token, prefix) {
    const { stem, usesVocabulary } = this.analyzer;
    const letters = codes(token);
    const rests = [token];
    if (usesVocabulary) for (const n of prefixLengths(letters)) if (letters.length - n > 1) rests.push(fromCodes(letters.slice(n)));
    const stems = [...new Set(rests.map(stem))];
    const alts = new Map();
    const add = async (terms, weight) => {
      const lists = await Promise.all(terms.map((term) => this.postings(term)));
      terms.forEach((term, i) => lists[i] && !alts.has(term) && alts.set(term, [weight(i), lists[i]]));
    };
    await add(stems, () => 1);
    if (prefix) {
      for (const rest of rests) {
        if (codes(rest).length < (rest === token ? 2 : 3)) continue;
        for (const [term, postings] of await this.prefixed(rest)) if (!alts.has(term)) alts.set(term, [PREFIX, postings]);
      }
    }
    const sources = [token, ...stems];
    if (!alts.size) {
      const near = await this.near(sources, (n) => (n >= 9 ? 2 : n >= 5 ? 1 : 0), 10);
      await add(near.map(([term]) => term), (i) => FUZZY[near[i][1]]);
    }
    return { token, sources, alts };
  }

  /** Per query word, document → [score, positions, matched terms]. */
  match(words, idf) {
    const { k1 } = this.manifest.bm25;
    return words.map(({ token, alts }) => {
      const docs = new Map();
      for (const [term, [weight, postings]] of alts) {
        const factor = weight * idf(term) * (k1 + 1);
        for (const [doc, score, ...positions] of postings) {
          const tf = score / 100;
          const value = (factor * tf) / (tf + k1);
          const seen = docs.get(doc);
          if (!seen) docs.set(doc, [value, positions, [token, term]]);
          else {
            if (value > seen[0]) seen.splice(0, 2, value, positions);
            seen[2].push(term);
          }
        }
      }
      return docs;
    });
  }
}

/** A document's score: its words' best matches plus a bonus for consecutive words standing close. */
function score(words, doc) {
  let total = 0;
  const terms = [];
  words.forEach((docs, i) => {
    const hit = docs.get(doc);
    if (!hit) return;
    total += hit[0];
    terms.push(...hit[2]);
    const before = i && words[i - 1].get(doc);
    if (!before) return;
    let gap = 10;
    for (const p of before[1]) for (const q of hit[1]) gap = Math.min(gap, q > p ? q - p : p - q + 1);
    if (gap < 10) total += 1 / gap;
  });
  return [total, [...new Set(terms)]];
}

/**
 * Searches several languages' indexes as one. Scores are comparable: idf uses the documents
 * of all the indexes; ties go to the earlier index, then the lower document number.
 * With no query words, every document matches and results keep the build's document order.
 * `counts: false` skips the facet counts (and, without filters, the facets file).
 */
export async function searchAll(indexes, { query = '', filters = {}, limit = 20, offset = 0, counts = true } = {}) {
  query = String(query ?? '');
  filters = filters ?? {};
  // Facet data is only needed to filter or to count; a plain query loads none.
  const faceted = counts !== false || Object.values(filters).some((keys) => [].concat(keys ?? []).length);
  const tokens = tokenize(query);
  const words = [...new Set(tokens)];
  const typing = /[\p{L}\p{N}\p{M}]$/u.test(query) && words.at(-1) === tokens.at(-1);
  const runs = await Promise.all(indexes.map(async (index) => ({
    index,
    words: await Promise.all(words.map((word, i) => index.word(word, typing && i === words.length - 1))),
    facets: faceted ? await index.file(index.manifest.facets) : null,
  })));

  let documents = 0;
  const df = new Map();
  for (const run of runs) {
    documents += run.index.manifest.documents;
    const counted = new Map();
    for (const word of run.words) for (const [term, [, postings]] of word.alts) counted.set(term, postings.length);
    for (const [term, n] of counted) df.set(term, (df.get(term) ?? 0) + n);
  }
  const idf = (term) => Math.log(1 + (documents - df.get(term) + 0.5) / (df.get(term) + 0.5));
  for (const run of runs) {
    run.matches = run.index.match(run.words, idf);
    run.all = words.length ? [...run.matches[0].keys()].filter((doc) => run.matches.every((docs) => docs.has(doc))) : null;
  }
  // All words (AND) unless that finds nothing anywhere; then any word (OR).
  const any = words.length && runs.every((run) => !run.all.length);

  const hits = [];
  const facetLists = runs.map((run, i) => {
    const { documents: n } = run.index.manifest;
    const docs = !words.length ? Array.from({ length: n }, (_, doc) => doc)
      : any ? [...new Set(run.matches.flatMap((docs) => [...docs.keys()]))] : run.all;
    const { passing, facets } = run.facets ? filterAndCount(run.facets, docs, filters) : { passing: docs, facets: [] };
    for (const doc of passing) hits.push({ i, doc, s: words.length ? score(run.matches, doc) : [0, []] });
    return facets;
  });
  hits.sort((a, b) => b.s[0] - a.s[0] || a.i - b.i || a.doc - b.doc);

  const start = Math.max(0, Math.floor(Number(offset)) || 0);
  const end = start + Math.max(0, Number(limit) || 0);
  const results = await Promise.all(hits.slice(start, end).map(async ({ i, doc, s }) => {
    const [{ id, title, summary, url, lang, facets }] = await runs[i].index.documents([doc]);
    return { doc, id, title, summary, url, lang, facets, score: s[0], terms: s[1] };
  }));

  const suggestions = new Map();
  if (!hits.length) {
    await Promise.all(runs.flatMap((run) => run.words.map(async ({ sources, alts }) => {
      if (alts.size) return;
      // Suggest the word form people write, not the stem the index keys on.
      for (const [, d, form] of await run.index.near(sources, (n) => (n >= 5 ? 2 : n >= 3 ? 1 : 0), 5)) {
        if (!(suggestions.get(form) <= d)) suggestions.set(form, d);
      }
    })));
  }
  return {
    total: hits.length,
    results,
    facets: mergeFacets(facetLists),
    suggestions: [...suggestions].sort(byDistance).slice(0, 5).map(([term]) => term),
  };
}
