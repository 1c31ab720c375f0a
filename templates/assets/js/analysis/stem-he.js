// A light, conservative stemmer for unvocalized Hebrew, the same rules as the build's
// HebrewStemmer.swift and HebrewPrefixes.swift (niqqud is already gone after normalize):
// 1. Final letter forms become ordinary forms: ך→כ, ם→מ, ן→נ, ף→פ, ץ→צ.
// 2. Prefix letters are stripped only with a vocabulary, and only when what remains, as
//    written or stemmed, is in it; the longest such prefix wins; two letters must remain.
//    Prefixes stack as: ו, then ש / כש / מש, then one of ב כ ל מ, then ה — but ב, כ, ל
//    absorb the article, so בה, כה, לה are not prefixes (מה is).
// 3. One ending is removed, the first that applies, keeping at least the letters given:
//    ים (2 left), ות (2), ה (2), ת construct of ה (3), י construct of ים (3).
import { codes, fromCodes } from './snowball-program.js';

const [VAV, SHIN, KAF, MEM, BET, LAMED, HE] = codes('ושכמבלה');
const ENDINGS = [['ים', 2], ['ות', 2], ['ה', 2], ['ת', 3], ['י', 3]]
  .map(([ending, keep]) => ({ ending: codes(ending).map(ordinaryForm), keep }));

/** Stems an array of code points, given an optional Set of known terms; returns the stem. */
export function stemHebrew(word, vocabulary) {
  const written = word.slice();
  const folded = word.map(ordinaryForm);
  if (vocabulary) {
    const remainder = knownRemainder(written, folded, vocabulary);
    if (remainder) return remainder;
  }
  return removeEnding(folded);
}

/** The stem after the longest prefix whose remainder the vocabulary knows, if any. */
function knownRemainder(written, folded, vocabulary) {
  for (const length of prefixLengths(folded)) {
    if (folded.length - length < 2) continue;
    const remainder = removeEnding(folded.slice(length));
    if (vocabulary.has(fromCodes(remainder)) || vocabulary.has(fromCodes(written.slice(length)))) {
      return remainder;
    }
  }
  return null;
}

/** Removes the first plural or construct ending that leaves enough letters. */
function removeEnding(word) {
  for (const { ending, keep } of ENDINGS) {
    if (word.length - ending.length < keep) continue;
    if (ending.every((letter, i) => word[word.length - ending.length + i] === letter)) {
      return word.slice(0, word.length - ending.length);
    }
  }
  return word;
}

/** Lengths of every prefix sequence `word` starts with, longest first. */
export function prefixLengths(word) {
  const result = new Set();
  for (const conjunction of word[0] === VAV ? [0, 1] : [0]) {
    for (const relative of relativeLengths(word, conjunction)) {
      const afterRelative = conjunction + relative;
      const hasPreposition = afterRelative < word.length && isPreposition(word[afterRelative]);
      for (const preposition of hasPreposition ? [0, 1] : [0]) {
        const position = afterRelative + preposition;
        const absorbsArticle = preposition === 1 && word[afterRelative] !== MEM;
        const hasArticle = !absorbsArticle && position < word.length && word[position] === HE;
        for (const article of hasArticle ? [0, 1] : [0]) {
          if (position + article > 0) result.add(position + article);
        }
      }
    }
  }
  return [...result].sort((a, b) => b - a);
}

/** Lengths of ש, כש or מש at `position` (0 for none). */
function relativeLengths(word, position) {
  const lengths = [0];
  if (position >= word.length) return lengths;
  if (word[position] === SHIN) lengths.push(1);
  if (position + 1 < word.length && word[position + 1] === SHIN
    && (word[position] === KAF || word[position] === MEM)) lengths.push(2);
  return lengths;
}

const isPreposition = (letter) => letter === BET || letter === KAF || letter === LAMED || letter === MEM;

/** The ordinary form of a final letter (ך ם ן ף ץ each precede their ordinary form). */
function ordinaryForm(letter) {
  return letter === 0x5da || letter === 0x5dd || letter === 0x5df || letter === 0x5e3 || letter === 0x5e5
    ? letter + 1
    : letter;
}
