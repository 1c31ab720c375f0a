// The catalog model of the catalog filters (templates/assets/js/catalog-model.js) against the
// sample site's real indexes and pages, built into PRACTICA_SITE (see engine.test.mjs), and
// against synthetic indexes for order and size.
import { before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const repository = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const site = path.resolve(process.env.PRACTICA_SITE || '/tmp/practica-js-site');
const { Catalog, compareCodePoints, loadCatalog } = await import(path.join(repository, 'templates/assets/js/catalog-model.js'));

const LANGUAGES = ['en', 'he', 'ru', 'bg'];

before(() => {
  if (existsSync(path.join(site, 'search', 'en', 'manifest.json'))) return;
  const run = (command, args) => execFileSync(command, args, { cwd: repository, stdio: 'pipe', timeout: 30 * 60_000 });
  run('swift', ['build', '--product', 'practica']);
  run(path.join(repository, '.build/debug/practica'), ['build', '--site', '.', '--output', site]);
});

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

const load = (language, fetchImpl = folderFetch(), languages = LANGUAGES) =>
  loadCatalog('/search/', language, languages, { fetch: fetchImpl, onError: (error) => { throw error; } });

/** The server's catalog, every page of it: [id, language shown, term keys per facet]. */
function serverCatalog(language) {
  const entries = [];
  for (let page = 1, file = path.join(site, language, 'practices', 'index.html'); existsSync(file);
    page += 1, file = path.join(site, language, 'practices', 'page', String(page), 'index.html')) {
    const html = readFileSync(file, 'utf8');
    for (const [, body] of html.matchAll(/<li class="entry"([\s\S]*?)<\/li>\s*(?=<li class="entry"|<\/ul>)/g)) {
      const [, id, lang] = body.match(/data-practice-id="([^"]+)" data-practice-lang="([^"]+)"/);
      const terms = {};
      for (const [, facet, key] of body.matchAll(new RegExp(`href="/${language}/(topics|audience|regions|evidence)/([^/"]+)/"`, 'g'))) {
        (terms[facet] ??= []).push(decodeURIComponent(key));
      }
      entries.push({ id, lang, terms });
    }
  }
  return entries;
}

describe('the practices', () => {
  for (const language of LANGUAGES) {
    test(`${language}: every practice once, in the server's catalog order, shown in the server's language`, async () => {
      const catalog = await load(language);
      const server = serverCatalog(language);
      assert.equal(server.length, 9);
      assert.deepEqual(catalog.practices.map((p) => [p.id, p.lang]), server.map((e) => [e.id, e.lang]));
    });
  }

  test('a practice knows every language it is written in, in the site\'s order', async () => {
    const catalog = await load('ru');
    assert.deepEqual(catalog.byId.get('families-first').languages, ['en', 'he']);
    assert.equal(catalog.byId.get('families-first').lang, 'en', 'shown in its first language');
    assert.deepEqual(catalog.byId.get('pnima').languages, ['he']);
  });

  test('only manifests, facets files and id lists are loaded', async () => {
    const fetchImpl = folderFetch();
    const catalog = await load('en', fetchImpl);
    assert.equal(fetchImpl.log.length, 12);
    for (const url of fetchImpl.log) assert.match(url, /^\/search\/(en|he|ru|bg)\/(manifest|facets\.\w+|ids\.\w+)\.json$/);
    let sum = 0;
    for (const url of fetchImpl.log) sum += (await readFile(path.join(site, url))).length;
    assert.equal(catalog.bytesLoaded, sum);
  });
});

describe('filters and counts', () => {
  test('values some practice has, labelled in the page language, counted per practice', async () => {
    const catalog = await load('en');
    const facets = new Map(catalog.facets().map((facet) => [facet.name, facet]));
    const topics = facets.get('topics').values;
    const fosterCare = topics.find((value) => value.key === 'foster-care');
    assert.deepEqual(fosterCare, { key: 'foster-care', label: 'Foster care', lang: null, count: 1 }, 'only the Russian card has it');
    assert.ok(topics.every((value) => value.count > 0));
    // families-first, mifgash and resilient-community are in English and Hebrew: counted once each.
    const family = catalog.filter({ topics: ['family-support'] }).passing.map((p) => p.id);
    assert.equal(topics.find((value) => value.key === 'family-support').count, family.length);
    assert.equal(new Set(family).size, family.length);
    const languages = facets.get('language').values.map((value) => [value.key, value.count]);
    assert.deepEqual(languages, [['en', 5], ['he', 5], ['ru', 1], ['bg', 1]]);
    assert.equal(facets.get('language').values.find((value) => value.key === 'he').label, 'עברית');
  });

  for (const language of LANGUAGES) {
    test(`${language}: filters match the server's entries, OR within a facet and AND across`, async () => {
      const catalog = await load(language);
      const server = serverCatalog(language);
      const cases = [
        { topics: ['child-protection'] },
        { topics: ['neglect', 'poverty'] },
        { topics: ['family-support'], audience: ['parents'] },
        { regions: ['israel'], evidence: ['pilot', 'evaluated'] },
      ];
      for (const filters of cases) {
        const expected = server.filter((entry) => Object.entries(filters)
          .every(([facet, keys]) => keys.some((key) => entry.terms[facet]?.includes(key)))).map((entry) => entry.id);
        assert.deepEqual(catalog.filter(filters).passing.map((p) => p.id), expected, JSON.stringify(filters));
      }
    });
  }

  test('a value\'s count is what ticking it alone in its facet would give', async () => {
    const catalog = await load('he');
    const cases = [{}, { topics: ['family-support', 'poverty'] }, { topics: ['child-protection'], audience: ['parents'] }, { language: ['en'] }];
    for (const filters of cases) {
      const { counts } = catalog.filter(filters);
      for (const facet of catalog.facets()) {
        for (const value of facet.values) {
          const narrowed = catalog.filter({ ...filters, [facet.name]: [value.key] }).passing.length;
          assert.equal(counts[facet.name][value.key], narrowed, `${JSON.stringify(filters)} ${facet.name}=${value.key}`);
        }
      }
    }
  });

  test('unknown keys and facets match nothing; a URL\'s unknown value is offered so that it can be cleared', async () => {
    const catalog = await load('en');
    assert.equal(catalog.filter({ topics: ['no-such-topic'] }).passing.length, 0);
    assert.equal(catalog.filter({ colour: ['red'] }).passing.length, 0);
    assert.deepEqual(catalog.filter({ topics: ['no-such-topic', 'neglect'] }).passing.map((p) => p.id),
      catalog.filter({ topics: ['neglect'] }).passing.map((p) => p.id));
    const offered = catalog.facets({ topics: ['no-such-topic'] }).find((facet) => facet.name === 'topics').values;
    assert.deepEqual(offered.at(-1), { key: 'no-such-topic', label: 'no-such-topic', lang: null, count: 0 });
  });
});

describe('documents', () => {
  test('loads only the chunks of the practices asked for, and gives them in that order', async () => {
    const fetchImpl = folderFetch();
    const catalog = await load('en', fetchImpl);
    const before = fetchImpl.log.length;
    const wanted = catalog.filter({ topics: ['neglect'] }).passing;
    const documents = await catalog.documents(wanted);
    assert.deepEqual(documents.map((d) => d.id), wanted.map((p) => p.id));
    assert.deepEqual(documents.map((d) => d.practice), wanted);
    for (const document of documents) {
      assert.equal(document.lang, document.practice.lang);
      assert.ok(document.title && document.url.startsWith(`/${document.lang}/practices/${document.id}/`));
    }
    const fetched = fetchImpl.log.slice(before);
    assert.deepEqual(fetched.map((url) => url.split('/')[2]).sort(), [...new Set(wanted.map((p) => p.lang))].sort());
    assert.ok(fetched.every((url) => url.includes('/docs/')));
  });
});

describe('loading', () => {
  test('a language whose index fails is left out; without the page language\'s there is no catalog', async () => {
    const errors = [];
    const missing = folderFetch();
    const fetchImpl = async (url) => (url.startsWith('/search/bg/') ? new Response('gone', { status: 404 }) : missing(url));
    const catalog = await loadCatalog('/search/', 'en', LANGUAGES, { fetch: fetchImpl, onError: (error) => errors.push(error) });
    assert.equal(catalog.practices.length, 8);
    assert.ok(!catalog.byId.has('regional-coordination-mechanism'));
    assert.equal(errors.length, 1);
    assert.equal(await loadCatalog('/search/', 'bg', LANGUAGES, { fetch: fetchImpl, onError: () => {} }), null);
  });

  test('the page language comes first whatever the list says, and an empty list means it alone', async () => {
    const catalog = await load('ru', folderFetch(), []);
    assert.deepEqual(catalog.practices.map((p) => p.id), ['foster-family-club']);
  });
});

describe('a large synthetic catalog', () => {
  /** An index part of `n` documents: ids, facets with topics t0…t19 and the language. */
  function part(code, ids) {
    const topics = Array.from({ length: 20 }, (_, i) => ({ key: `t${i}`, label: `${code} topic ${i}` }));
    return {
      code,
      index: { bytesLoaded: 0 },
      ids,
      facets: {
        facets: [{ name: 'topics', values: topics }, { name: 'language', values: [{ key: code, label: code.toUpperCase() }] }],
        docs: ids.map((_, d) => [d % 20, (d * 7 + 3) % 20, 20]),
      },
    };
  }

  test('10,000 practices: order, first language and counts', () => {
    const en = Array.from({ length: 6000 }, (_, i) => `p${String(i).padStart(5, '0')}`);
    // Practices written only in Hebrew or Russian, and some in both: shown in Hebrew, the first of the two.
    const he = Array.from({ length: 3000 }, (_, i) => `h${String(2999 - i).padStart(5, '0')}`);
    const ru = [...Array.from({ length: 1000 }, (_, i) => `r${i}`), ...he.slice(0, 500), 'p00001'];
    const catalog = new Catalog([part('en', en), part('he', he), part('ru', ru)], ['en', 'he', 'ru']);
    assert.equal(catalog.practices.length, 10000);
    assert.deepEqual(catalog.practices.slice(0, 6000).map((p) => p.id), en);
    const rest = catalog.practices.slice(6000).map((p) => p.id);
    assert.deepEqual(rest, [...rest].sort(compareCodePoints));
    assert.equal(catalog.byId.get('h02999').lang, 'he');
    assert.deepEqual(catalog.byId.get('h02999').languages, ['he', 'ru']);
    assert.deepEqual(catalog.byId.get('p00001').languages, ['en', 'ru']);

    const { passing, counts } = catalog.filter({ topics: ['t3', 't5'], language: ['ru'] });
    assert.ok(passing.length > 0);
    assert.equal(counts.language.ru, passing.length);
    assert.equal(catalog.facets().find((f) => f.name === 'language').values.find((v) => v.key === 'ru').count, 1501);
  });

  test('ids compare by code points', () => {
    assert.ok(compareCodePoints('a', 'b') < 0 && compareCodePoints('ab', 'a') > 0 && compareCodePoints('x', 'x') === 0);
    assert.ok(compareCodePoints('\uffff', '\u{10000}') < 0, 'not by UTF-16 code units');
  });
});
