import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analysis, analysisCases } from './fixtures.mjs';

const cases = analysisCases();

test('the shared table covers all four stemmed languages with at least 60 cases', () => {
  assert.ok(cases.length >= 60);
  const languages = new Set(cases.map((c) => analysis.analyzer(c.language).language));
  for (const language of ['en', 'ru', 'bg', 'he']) assert.ok(languages.has(language), language);
});

for (const [index, c] of cases.entries()) {
  test(`shared case ${index + 1} (${c.language}): ${c.note ?? c.input.slice(0, 40)}`, () => {
    const analyzer = analysis.analyzer(c.language);
    // The vocabulary a build would have: the corpus words analysed without one.
    const vocabulary = c.vocabulary ? new Set(c.vocabulary.flatMap((w) => analyzer.terms(w))) : undefined;
    assert.deepEqual(analyzer.terms(c.input, vocabulary), c.terms);
  });
}
