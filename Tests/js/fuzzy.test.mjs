// The bounded edit distance behind the search engine's typo tolerance.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { byDistance, distance } from '../../templates/assets/js/search/fuzzy.js';

const d = (a, b, max = 3) => distance(Array.from(a), Array.from(b), max);

test('counts insertions, deletions, substitutions and swaps of neighbours', () => {
  assert.equal(d('neglect', 'neglect'), 0);
  assert.equal(d('neglectt', 'neglect'), 1);
  assert.equal(d('famil', 'famili'), 1);
  assert.equal(d('famly', 'family'), 1);
  assert.equal(d('fomilx', 'famili'), 2);
  assert.equal(d('nelgect', 'neglect'), 1);
  assert.equal(d('', 'abc'), 3);
  assert.equal(d('семья', 'семьи'), 1);
  assert.equal(d('משפחה', 'משפחות'), 2);
});

test('stops at the bound', () => {
  assert.equal(d('abcdef', 'uvwxyz', 1), 2);
  assert.equal(d('a', 'abcd', 2), 3);
  assert.equal(d('kitten', 'sitting', 2), 3);
  assert.equal(d('kitten', 'sitting', 3), 3);
});

test('counts code points, not UTF-16 units', () => {
  assert.equal(d('a𝒳b', 'ab'), 1);
});

test('orders pairs by distance, then by term', () => {
  const pairs = [['b', 1], ['a', 2], ['a', 1], ['c', 0]];
  assert.deepEqual(pairs.sort(byDistance), [['c', 0], ['a', 1], ['b', 1], ['a', 2]]);
});
