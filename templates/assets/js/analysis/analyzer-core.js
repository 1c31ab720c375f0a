// What an analyzer is, apart from its stemmer: shared by analysis.js (every stemmer, loaded at
// once) and load.js (only the stemmer a language needs, loaded on demand). Plain ES module.
import { normalize } from './normalize.js';
import { tokenize } from './tokenize.js';
import { codes, fromCodes } from './snowball-program.js';

/** Longer tokens are not stemmed: no real word is, and it bounds pathological input. */
const MAXIMUM_STEM_LENGTH = 64;

/** The analyzers' names and modules, by primary language subtag; other languages are `plain`. */
export const STEMMER_MODULES = {
  en: { name: 'snowball-english', module: 'stem-en.js', exported: 'stemEnglish' },
  ru: { name: 'snowball-russian', module: 'stem-ru.js', exported: 'stemRussian' },
  bg: { name: 'savoy-bulgarian', module: 'stem-bg.js', exported: 'stemBulgarian' },
  he: { name: 'light-hebrew', module: 'stem-he.js', exported: 'stemHebrew', usesVocabulary: true },
  iw: { name: 'light-hebrew', module: 'stem-he.js', exported: 'stemHebrew', usesVocabulary: true },
};

/** The primary subtag of a BCP 47 tag ("en-GB" → "en"), and its stemmer's entry, if any. */
export function stemmerEntry(language) {
  const primary = String(language ?? '').split(/[-_]/)[0].toLowerCase();
  return { primary, entry: Object.hasOwn(STEMMER_MODULES, primary) ? STEMMER_MODULES[primary] : null };
}

/** An analyzer from a stem function (word code points, vocabulary → code points); `entry` null means plain. */
export function makeAnalyzer(primary, entry, stem) {
  const stemToken = (token, vocabulary) => {
    const word = codes(token);
    if (!entry || word.length > MAXIMUM_STEM_LENGTH) return token;
    return fromCodes(stem(word, vocabulary ?? null));
  };
  return {
    language: primary,
    name: entry ? entry.name : 'plain',
    usesVocabulary: Boolean(entry?.usesVocabulary),
    /** The terms of `text` in order, repeats included. */
    terms: (text, vocabulary) => tokenize(text).map((token) => stemToken(token, vocabulary)),
    /** The stem of one word after normalization (the word is not split). */
    stem: (word) => stemToken(normalize(word), null),
  };
}
