import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analysis } from './fixtures.mjs';

const { analyzer, normalize, tokenize } = analysis;
const languages = ['en', 'ru', 'bg', 'he', 'ja', ''];

test('empty, blank and punctuation-only text has no terms', () => {
  for (const language of languages) {
    for (const text of ['', ' ', '\n\t', '!?…—«»', "'''", '---', '\u0301\u05b8', '🚀❤️', null, undefined]) {
      assert.deepEqual(analyzer(language).terms(text), [], `${language}: ${text}`);
      assert.deepEqual(analyzer(language).terms(text, new Set(['x'])), []);
    }
  }
});

test('a 1 MB run of letters is one token, left unstemmed', () => {
  const word = 'ayeyuy'.repeat(180000);
  for (const language of languages) assert.deepEqual(analyzer(language).terms(word), [word]);
});

test('1 MB of mixed-script prose with and without a vocabulary', () => {
  const sentence = 'Families’ практики — децата וְהַמִּשְׁפָּחוֹת 日本語 naïve 🚀 가 𝐀́! ';
  const text = sentence.repeat(Math.floor(1000000 / sentence.length));
  for (const language of languages) {
    const terms = analyzer(language).terms(text, new Set(['משפח']));
    assert.ok(terms.length > 10000);
    assert.ok(terms.every((term) => term.length > 0));
  }
});

test('lone surrogates and random code points never crash', () => {
  let seed = 42;
  const random = () => { seed = (seed * 1103515245 + 12345) % 2147483648; return seed / 2147483648; };
  for (let i = 0; i < 300; i += 1) {
    let text = '';
    for (let j = 0; j < 40 * random(); j += 1) {
      text += random() < 0.1 ? '\ud800' : String.fromCodePoint(Math.floor(random() * 0x110000) & 0x10ffff);
    }
    for (const language of languages) {
      assert.ok(analyzer(language).terms(text).every((term) => term.length > 0));
    }
  }
});

test('stemmers accept degenerate words', () => {
  for (const word of ['', "'", 'y', 'yyyy', "'s'", 'ийя', 'ъ', 'וה', 'ה', 'ו', '1', 'ﬀ']) {
    for (const language of languages) assert.equal(typeof analyzer(language).stem(word), 'string');
  }
});

test('normalize and tokenize match the documented examples', () => {
  assert.equal(normalize('Ёлка, ЙОД!'), 'елка, йод!');
  assert.equal(normalize('Crème Brûlée'), 'creme brulee');
  assert.equal(normalize('ΟΔΟΣ'), 'οδοσ');
  assert.equal(normalize('מִשְׁפָּחָה'), 'משפחה');
  assert.deepEqual(tokenize("Don't re-use O'Brien’s code."), ['don', 't', 're', 'use', 'o', 'brien', 's', 'code']);
});

test('language tags select the stemmer by their primary subtag', () => {
  assert.equal(analyzer('EN-us').language, 'en');
  assert.equal(analyzer('en-GB').name, 'snowball-english');
  assert.equal(analyzer('ru').name, 'snowball-russian');
  assert.equal(analyzer('bg_BG').name, 'savoy-bulgarian');
  assert.equal(analyzer('iw').name, 'light-hebrew');
  assert.equal(analyzer('fr').name, 'plain');
  assert.equal(analyzer('-en').name, 'plain');
  assert.equal(analyzer('constructor').name, 'plain');
  assert.ok(analyzer('he').usesVocabulary);
  assert.ok(!analyzer('en').usesVocabulary);
  assert.equal(analyzer('en').stem('FAMILIES'), 'famili');
});
