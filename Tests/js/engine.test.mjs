// The search engine (templates/assets/js/search/engine.js) against the sample site's real
// index: built once into PRACTICA_SITE (default /tmp/practica-js-site) if it is missing, and
// read through a fetch that serves files from that folder (no network, no server).
import { before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const repository = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const site = path.resolve(process.env.PRACTICA_SITE || '/tmp/practica-js-site');
const { SearchIndex, searchAll, decodePostings, compareTerms } = await import(path.join(repository, 'templates/assets/js/search/engine.js'));
const { analyzer } = await import(path.join(repository, 'templates/assets/js/analysis/analysis.js'));

const LANGUAGES = ['en', 'ru', 'bg', 'he'];

before(() => {
  if (existsSync(path.join(site, 'search', 'en', 'manifest.json'))) return;
  const run = (command, args) => execFileSync(command, args, { cwd: repository, stdio: 'pipe', timeout: 30 * 60_000 });
  run('swift', ['build', '--product', 'practica']);
  run(path.join(repository, '.build/debug/practica'), ['build', '--site', '.', '--output', site]);
});

/** A fetch that reads URL paths from the site folder and logs what it was asked for. */
function folderFetch(log = []) {
  const fetchImpl = async (url) => {
    log.push(url);
    try {
      return new Response(await readFile(path.join(site, decodeURIComponent(url))));
    } catch {
      return new Response('not found', { status: 404 });
    }
  };
  fetchImpl.log = log;
  return fetchImpl;
}

const load = (language, fetchImpl = folderFetch()) => SearchIndex.load('/search/', language, { fetch: fetchImpl });
const loadAll = (fetchImpl = folderFetch()) => Promise.all(LANGUAGES.map((language) => load(language, fetchImpl)));
const ids = (response) => response.results.map((result) => result.id);

describe('stemmed and exact matches', () => {
  test('an inflected Russian query finds the foster family club', async () => {
    const ru = await load('ru');
    for (const query of ['приемной семье', 'семьям', 'Приёмной семьёй']) {
      assert.equal(ids(await ru.search({ query }))[0], 'foster-family-club', query);
    }
  });

  test('English inflected forms find their cards', async () => {
    const en = await load('en');
    const families = ids(await en.search({ query: 'families' }));
    assert.ok(families.includes('families-first') && families.includes('mifgash'), families.join());
    assert.deepEqual(ids(await en.search({ query: 'neglected' })), ['mifgash']);
    const result = (await en.search({ query: 'neglected' })).results[0];
    assert.ok(result.terms.includes('neglected') && result.terms.includes('neglect'), result.terms.join());
  });

  test('a Hebrew prefixed form finds the cards that use the bare form', async () => {
    const he = await load('he');
    const bare = analyzer('he').stem('משפחה');
    for (const query of ['והמשפחות', 'במשפחה', 'למשפחות']) {
      const response = await he.search({ query });
      assert.ok(response.total >= 3, `${query}: ${response.total}`);
      for (const result of response.results) {
        assert.equal(result.lang, 'he');
        assert.ok(result.terms.includes(bare), `${query} → ${result.id}: ${result.terms}`);
      }
      assert.ok(ids(response).includes('mifgash'), query);
    }
  });

  test('Bulgarian inflected forms find the regional coordination mechanism', async () => {
    const bg = await load('bg');
    for (const query of ['децата', 'родителите', 'дете']) {
      assert.deepEqual(ids(await bg.search({ query })), ['regional-coordination-mechanism'], query);
    }
  });

  test('several words must all match, unless none matches them all', async () => {
    const en = await load('en');
    assert.ok((await en.search({ query: 'families' })).total > 1);
    assert.deepEqual(ids(await en.search({ query: 'families neglect' })), ['mifgash']);
    // No document has both: the words are ranked as alternatives.
    assert.deepEqual(ids(await en.search({ query: 'neglect zzzqqq' })), ['mifgash']);
  });

  test('words that are Object.prototype members are plain words', async () => {
    const en = await load('en');
    for (const query of ['constructor', '__proto__', 'hasOwnProperty toString', 'valueOf']) {
      const response = await en.search({ query: `${query} ` });
      assert.equal(response.total, 0, query);
    }
  });
});

describe('typo tolerance and prefixes', () => {
  test('a word of 5+ letters matches at one edit', async () => {
    const en = await load('en');
    assert.deepEqual(ids(await en.search({ query: 'neglectt ' })), ['mifgash']);
    assert.ok(ids(await en.search({ query: 'familes ' })).includes('families-first'));
    assert.ok(ids(await en.search({ query: 'nelgect ' })).includes('mifgash'), 'a swap of neighbours is one edit');
  });

  test('a word of 9+ letters matches at two edits, a shorter one does not', async () => {
    const en = await load('en');
    // "collaborasion" → "collaboras", two edits from "collabor" (resilient-community's "collaboration").
    assert.deepEqual(ids(await en.search({ query: 'collaborasion ' })), ['resilient-community']);
    assert.ok(ids(await en.search({ query: 'communitty ' })).includes('resilient-community'));
    assert.equal((await en.search({ query: 'fomilx ' })).total, 0, 'two edits in a word of 6');
    assert.equal((await en.search({ query: 'famelies ' })).total, 0, 'no typo tolerance for its stem "fame"');
    assert.equal((await en.search({ query: 'negk ' })).total, 0, 'under 5 letters: no typo tolerance');
  });

  test('typo tolerance stays off when the word has a match', async () => {
    const en = await load('en');
    // "parents" has its stem "parent"; "parenta" or "paren" would be one edit away.
    for (const result of (await en.search({ query: 'parents ' })).results) {
      assert.deepEqual(result.terms, ['parents', 'parent']);
    }
  });

  test('the last word typed matches as a prefix while typing', async () => {
    const en = await load('en');
    const typing = await en.search({ query: 'negl' });
    assert.deepEqual(ids(typing), ['mifgash']);
    assert.ok(typing.results[0].terms.includes('neglect'));
    assert.equal((await en.search({ query: 'negl ' })).total, 0, 'a finished word is not a prefix');
    assert.deepEqual(ids(await en.search({ query: 'community negl' })), ['mifgash']);
    const first = await en.search({ query: 'negl community' });
    assert.ok(first.results.every((r) => !r.terms.includes('neglect')), 'only the last word is a prefix');
    assert.ok((await en.search({ query: 'children negl' })).total >= 1);
    assert.equal((await en.search({ query: 'n' })).total, 0, 'one letter is not a prefix');
  });
});

describe('ranking', () => {
  test('a title match outranks a body-only match', async () => {
    const en = await load('en');
    const response = await en.search({ query: 'community' });
    assert.ok(response.total >= 3);
    assert.equal(response.results[0].id, 'resilient-community');
    assert.match(response.results[0].title, /community/i);
    for (const other of response.results.slice(1)) assert.doesNotMatch(other.title, /communit/i);
    const scores = response.results.map((result) => result.score);
    assert.deepEqual(scores, [...scores].sort((a, b) => b - a));
  });

  test('words standing together earn a bonus', async () => {
    const en = await load('en');
    const [together] = (await en.search({ query: 'resilient community' })).results;
    const [alone] = (await en.search({ query: 'resilient' })).results;
    const community = (await en.search({ query: 'community' })).results.find((r) => r.id === together.id);
    assert.equal(together.id, 'resilient-community');
    assert.ok(together.score > alone.score + community.score, `${together.score} vs ${alone.score} + ${community.score}`);
  });

  test('results are deterministic, ties broken by document number', async () => {
    const first = await (await load('en')).search({ query: 'family support' });
    const again = await (await load('en')).search({ query: 'family support' });
    assert.deepEqual(again, first);
    const browse = await (await load('he')).search({});
    assert.deepEqual(browse.results.map((r) => r.doc), browse.results.map((_, i) => i));
    const all = await searchAll(await loadAll(), { query: 'families' });
    assert.deepEqual(await searchAll(await loadAll(), { query: 'families' }), all);
  });
});

describe('browsing and facets', () => {
  test('an empty query returns every document in build order, paged', async () => {
    const en = await load('en');
    const response = await en.search({ query: '  ' });
    assert.equal(response.total, en.manifest.documents);
    assert.deepEqual(response.results.map((r) => r.doc), [0, 1, 2, 3, 4]);
    assert.ok(response.results.every((r) => r.score === 0 && r.url.startsWith('/en/') && r.title));
    const page = await en.search({ limit: 2, offset: 2 });
    assert.equal(page.total, 5);
    assert.deepEqual(page.results, response.results.slice(2, 4));
  });

  test('facet filters alone narrow the results: OR within a facet, AND across facets', async () => {
    const en = await load('en');
    assert.deepEqual(ids(await en.search({ filters: { topics: ['neglect'] } })), ['mifgash']);
    const either = ids(await en.search({ filters: { topics: ['neglect', 'poverty'] } }));
    assert.deepEqual(either, ['families-first', 'mifgash']);
    const both = await en.search({ filters: { topics: ['family-support'], audience: ['parents'] } });
    assert.deepEqual(ids(both), ['mifgash', 'parents-as-partners']);
    for (const result of both.results) {
      assert.ok(result.facets.topics.includes('family-support') && result.facets.audience.includes('parents'));
    }
    assert.equal((await en.search({ filters: { cost: ['RUB-2'] } })).total, 0, 'no English card has that cost');
  });

  test('facet counts follow the query and the other facets\' filters', async () => {
    const en = await load('en');
    const cases = [
      { query: '', filters: {} },
      { query: 'families', filters: {} },
      { query: 'community', filters: { topics: ['family-support'] } },
      { query: '', filters: { topics: ['family-support', 'poverty'], audience: ['parents'] } },
    ];
    for (const { query, filters } of cases) {
      const response = await en.search({ query, filters, limit: 0 });
      assert.ok(response.facets.length > 0);
      for (const facet of response.facets) {
        for (const value of facet.values) {
          // Choosing this value alone in its facet would give exactly `count` results.
          const narrowed = await en.search({ query, filters: { ...filters, [facet.name]: [value.key] }, limit: 0 });
          assert.equal(value.count, narrowed.total, `${query} ${facet.name}=${value.key}`);
          assert.equal(value.selected, (filters[facet.name] ?? []).includes(value.key));
          assert.ok(value.label);
        }
      }
    }
    const topics = (await en.search({ query: 'neglect' })).facets.find((f) => f.name === 'topics');
    // Values come in taxonomies.yml's order, not alphabetically.
    assert.deepEqual(topics.values.map((v) => v.key), ['child-protection', 'neglect', 'family-support']);
  });

  test('facets and filters work across languages', async () => {
    const indexes = await loadAll();
    const everything = await searchAll(indexes, {});
    const documents = indexes.reduce((sum, index) => sum + index.manifest.documents, 0);
    assert.equal(everything.total, documents);
    const languages = everything.facets.find((f) => f.name === 'language');
    assert.deepEqual(languages.values.map((v) => [v.key, v.count]), indexes.map((i) => [i.manifest.language, i.manifest.documents]));
    const slavic = await searchAll(indexes, { filters: { language: ['ru', 'bg'] } });
    assert.deepEqual(ids(slavic), ['foster-family-club', 'regional-coordination-mechanism']);
    const rubles = await searchAll(indexes, { filters: { cost: ['RUB-2'] } });
    assert.deepEqual(rubles.results.map((r) => [r.id, r.lang]), [['foster-family-club', 'ru']]);
  });
});

describe('documents by number', () => {
  test('documents() gives the metadata of the documents asked for, in that order', async () => {
    const en = await load('en');
    const browse = await en.search({ limit: 5 });
    const byDoc = new Map(browse.results.map((r) => [r.doc, r]));
    const documents = await en.documents([3, 0, 4]);
    assert.deepEqual(documents.map((d) => d.doc), [3, 0, 4]);
    for (const document of documents) {
      const { doc, id, title, summary, url, lang, facets } = byDoc.get(document.doc);
      assert.deepEqual({ doc, id, title, summary, url, lang, facets }, document);
    }
    assert.deepEqual(await en.documents([]), []);
    await assert.rejects(en.documents([5]), RangeError);
    await assert.rejects(en.documents([-1]), RangeError);
  });

  test('documents() loads only the chunks that hold them, each once', async () => {
    const fetchImpl = folderFetch();
    const en = await load('en', fetchImpl);
    await en.documents([1, 2, 1]);
    assert.deepEqual(fetchImpl.log.filter((url) => url.includes('/docs/')), [`/search/en/${en.manifest.docs}0.json`]);
    // A larger index: chunk k holds documents k×docChunkSize…; asking for one loads only its chunk.
    const chunks = Array.from({ length: 3 }, (_, k) => Array.from({ length: 2 }, (_, i) => ({ id: `p${k * 2 + i}` })));
    const log = [];
    const fake = async (url) => {
      log.push(url);
      if (url.endsWith('manifest.json')) {
        return new Response(JSON.stringify({ version: 1, language: 'en', documents: 6, docChunkSize: 2, docs: 'd/' }));
      }
      return new Response(JSON.stringify(chunks[Number(url.match(/d\/(\d)\.json$/)[1])]));
    };
    const index = await SearchIndex.load('/x/', 'en', { fetch: fake });
    assert.deepEqual((await index.documents([5, 4, 0])).map((d) => [d.doc, d.id]), [[5, 'p5'], [4, 'p4'], [0, 'p0']]);
    assert.deepEqual(log, ['/x/en/manifest.json', '/x/en/d/2.json', '/x/en/d/0.json']);
  });
});

describe('several languages', () => {
  test('merged results are ordered by comparable scores', async () => {
    const indexes = await loadAll();
    const response = await searchAll(indexes, { query: 'families' });
    assert.ok(response.total >= 4);
    const scores = response.results.map((r) => r.score);
    assert.deepEqual(scores, [...scores].sort((a, b) => b - a));
    const mixed = await searchAll(indexes, { query: 'семьям' });
    assert.deepEqual(mixed.results.map((r) => r.lang), ['ru']);
  });
});

describe('no results', () => {
  test('suggests the word forms of the nearest index terms, not their stems', async () => {
    const en = await load('en');
    const response = await en.search({ query: 'fomilx ' });
    assert.equal(response.total, 0);
    assert.deepEqual(response.results, []);
    assert.ok(response.suggestions.includes('family'), response.suggestions.join());
    assert.ok(!response.suggestions.includes('famili'), 'a stem is not a word to suggest');
    assert.ok(response.suggestions.length <= 5);
    const found = await en.search({ query: 'families' });
    assert.deepEqual(found.suggestions, []);
    const filtered = await en.search({ query: 'families', filters: { topics: ['no-such-topic'] } });
    assert.equal(filtered.total, 0);
    assert.deepEqual(filtered.suggestions, [], 'the words matched: filters emptied the results');
  });
});

describe('loading', () => {
  test('loads only the files a query needs, each once', async () => {
    const fetchImpl = folderFetch();
    const en = await load('en', fetchImpl);
    assert.deepEqual(fetchImpl.log, ['/search/en/manifest.json']);
    const afterManifest = en.bytesLoaded;
    assert.ok(afterManifest > 0);

    await en.search({ query: 'neglect', limit: 0 });
    assert.ok(en.bytesLoaded > afterManifest);
    assert.ok(!fetchImpl.log.some((url) => url.includes('/docs/')), 'no results shown, no document chunk');
    assert.ok(!fetchImpl.log.some((url) => url.includes('/vocab/')), 'an exact match needs no vocabulary');

    await en.search({ query: 'neglect' });
    const loaded = en.bytesLoaded;
    const requests = fetchImpl.log.length;
    assert.ok(fetchImpl.log.some((url) => url.includes('/docs/')));
    await en.search({ query: 'neglect' });
    await en.search({ query: 'Neglected' });
    assert.equal(en.bytesLoaded, loaded, 'cached');
    assert.equal(fetchImpl.log.length, requests);

    await en.search({ query: 'community' });
    assert.ok(en.bytesLoaded > loaded, 'a new shard');
    assert.equal(new Set(fetchImpl.log).size, fetchImpl.log.length, 'no file fetched twice');
  });

  test('bytesLoaded is the sum of the response bodies', async () => {
    const fetchImpl = folderFetch();
    const he = await load('he', fetchImpl);
    await he.search({ query: 'במשפחה' });
    let sum = 0;
    for (const url of fetchImpl.log) sum += (await readFile(path.join(site, decodeURIComponent(url)))).length;
    assert.equal(he.bytesLoaded, sum);
  });

  test('a missing file or an unknown format version is an error', async () => {
    await assert.rejects(load('xx'), /404/);
    const future = async (url) => new Response(JSON.stringify({ version: 2, language: 'en' }));
    await assert.rejects(SearchIndex.load('/search/', 'en', { fetch: future }), /version 2/);
  });
});

describe('term shards as ranges', () => {
  // Three shards: terms below "fo", from "fo" below "fp", and from "fp" on (docs/search-index.md).
  const files = {
    'manifest.json': {
      version: 1, language: 'en', documents: 3, bm25: { k1: 5, b: 0.75 }, vocab: {}, facets: 'facets.json', ids: 'ids.json',
      terms: ['', 'fo', 'fp'], termFiles: 't/', docChunkSize: 4, docs: 'd/',
    },
    // Flat postings: document gap, score×100, position count, position gaps.
    't/0.json': { club: [0, 500, 1, 1] },
    't/1.json': { foster: [0, 900, 1, 0, 2, 100, 2, 3, 4], fostering: [1, 300, 1, 0] },
    't/2.json': { zoo: [1, 100, 0] },
    'facets.json': { facets: [{ name: 'language', values: [{ key: 'en', label: 'English' }] }], docs: [[0], [0], [0]] },
    'd/0.json': [{ id: 'a', title: 'A' }, { id: 'b', title: 'B' }, { id: 'c', title: 'C' }],
  };
  const fake = (log) => async (url) => {
    log.push(url.replace('/x/en/', ''));
    return new Response(JSON.stringify(files[url.replace('/x/en/', '')]));
  };

  test('decodes flat postings into documents and positions', () => {
    assert.deepEqual(decodePostings([0, 900, 1, 0, 2, 100, 2, 3, 4]), [[0, 900, 0], [2, 100, 3, 7]]);
    assert.deepEqual(decodePostings([1, 100, 0]), [[1, 100]]);
  });

  test('a word loads only the shard whose range holds it', async () => {
    const log = [];
    const index = await SearchIndex.load('/x/', 'en', { fetch: fake(log) });
    assert.equal(index.shardNumber('club'), 0);
    assert.equal(index.shardNumber('fo'), 1);
    assert.equal(index.shardNumber('fostering'), 1);
    assert.equal(index.shardNumber('zoo'), 2);
    const response = await index.search({ query: 'foster ', counts: false });
    assert.deepEqual(response.results.map((r) => r.id), ['a', 'c']);
    assert.deepEqual(log, ['manifest.json', 't/1.json', 'd/0.json'], 'no other shard, and no facets without counts or filters');
  });

  test('the typed last word expands as a prefix within its range', async () => {
    const log = [];
    const index = await SearchIndex.load('/x/', 'en', { fetch: fake(log) });
    const response = await index.search({ query: 'fost', counts: false });
    assert.deepEqual(response.results.map((r) => r.id).sort(), ['a', 'b', 'c']);
    assert.ok(!log.includes('t/2.json') && !log.includes('t/0.json'), log.join());
  });

  test('filters load the facets file even when counts are off', async () => {
    const log = [];
    const index = await SearchIndex.load('/x/', 'en', { fetch: fake(log) });
    const response = await index.search({ query: 'club', counts: false, filters: { language: ['en'] } });
    assert.deepEqual(response.results.map((r) => r.id), ['a']);
    assert.ok(log.includes('facets.json'));
  });

  test('terms compare by code points, as the build sorts them', () => {
    assert.ok(compareTerms('\uFFFD', '\u{1F600}') < 0, 'UTF-16 order would put the emoji first');
    assert.ok(compareTerms('a', 'ab') < 0 && compareTerms('ab', 'a') > 0 && compareTerms('x', 'x') === 0);
  });
});
