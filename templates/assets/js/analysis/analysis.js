// Search-term analysis in the browser: the same terms the build (Swift module
// PracticaSearch, Analyzer) put in the index. Both are checked against
// Tests/Shared/analysis-cases.json. Plain ES module, no dependencies.
import { normalize } from './normalize.js';
import { tokenize } from './tokenize.js';
import { codes, fromCodes } from './snowball-program.js';
import { stemEnglish } from './stem-en.js';
import { stemRussian } from './stem-ru.js';
import { stemBulgarian } from './stem-bg.js';
import { stemHebrew } from './stem-he.js';

export { normalize, tokenize };

/** Longer tokens are not stemmed: no real word is, and it bounds pathological input. */
const MAXIMUM_STEM_LENGTH = 64;

const STEMMERS = {
  en: { name: 'snowball-english', stem: stemEnglish },
  ru: { name: 'snowball-russian', stem: stemRussian },
  bg: { name: 'savoy-bulgarian', stem: stemBulgarian },
  he: { name: 'light-hebrew', stem: stemHebrew, usesVocabulary: true },
  iw: { name: 'light-hebrew', stem: stemHebrew, usesVocabulary: true },
};
const PLAIN = { name: 'plain', stem: (word) => word };

/**
 * The analyzer for a BCP 47 language tag ("ru", "en-GB"); languages without a stemmer
 * only normalize and tokenize. `terms(text, vocabulary)` takes, for Hebrew, a Set of the
 * index's terms: prefix letters are stripped only where the rest is a known term.
 */
export function analyzer(language) {
  const primary = String(language ?? '').split(/[-_]/)[0].toLowerCase();
  const stemmer = Object.hasOwn(STEMMERS, primary) ? STEMMERS[primary] : PLAIN;
  const stemToken = (token, vocabulary) => {
    const word = codes(token);
    if (word.length > MAXIMUM_STEM_LENGTH) return token;
    return fromCodes(stemmer.stem(word, vocabulary ?? null));
  };
  return {
    language: primary,
    name: stemmer.name,
    usesVocabulary: Boolean(stemmer.usesVocabulary),
    /** The terms of `text` in order, repeats included. */
    terms: (text, vocabulary) => tokenize(text).map((token) => stemToken(token, vocabulary)),
    /** The stem of one word after normalization (the word is not split). */
    stem: (word) => stemToken(normalize(word), null),
  };
}
