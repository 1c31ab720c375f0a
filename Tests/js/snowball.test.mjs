import { test } from 'node:test';
import assert from 'node:assert/strict';
import { stemPairs, analysis } from './fixtures.mjs';

for (const [language, table] of [['en', 'snowball-en.tsv'], ['ru', 'snowball-ru.tsv']]) {
  test(`the ${language} stemmer reproduces every stem in ${table}`, () => {
    const pairs = stemPairs(table);
    assert.ok(pairs.length >= 2000, `only ${pairs.length} reference words`);
    const { stem } = analysis.analyzer(language);
    const wrong = pairs
      .filter(([word, expected]) => stem(word) !== expected)
      .map(([word, expected]) => `${word}→${stem(word)} want ${expected}`);
    assert.deepEqual(wrong.slice(0, 20), []);
  });
}
