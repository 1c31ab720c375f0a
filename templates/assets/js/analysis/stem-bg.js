// A light stemmer for Bulgarian: Jacques Savoy's rules from "Searching Strategies for
// the Bulgarian Language" (Information Retrieval 10, 2007), as implemented in Lucene's
// BulgarianStemmer, including its fix of the -ен rule; the same rules as the build's
// BulgarianStemmer.swift. Removes the article, then plural endings, then one vowel.
import { codes } from './snowball-program.js';

const S = Object.fromEntries(
  ['ища', 'я', 'а', 'о', 'е', 'ен', 'ият', 'ът', 'то', 'те', 'та', 'ия', 'ят', 'овци', 'ове',
    'еве', 'ци', 'зи', 'си', 'и'].map((suffix) => [suffix, codes(suffix)]),
);
const SHORT_ARTICLES = ['ът', 'то', 'те', 'та', 'ия'].map((suffix) => S[suffix]);
const [EN, HARD_SIGN, SHORT_I, KA, GE, IE, I, YA, KHA] = codes('нъйкгеиях');

/** Whether the first `length` code points of `s` end with `suffix`. */
function ends(s, length, suffix) {
  if (length < suffix.length || length > s.length) return false;
  for (let i = 0; i < suffix.length; i += 1) {
    if (s[length - suffix.length + i] !== suffix[i]) return false;
  }
  return true;
}

/** Stems an array of code points in place and returns it. */
export function stemBulgarian(s) {
  let length = s.length;
  if (length < 4) return s;
  if (length > 5 && ends(s, length, S['ища'])) return s.slice(0, length - 3);
  length = removeArticle(s, length);
  length = removePlural(s, length);
  if (length > 3) {
    if (ends(s, length, S['я'])) length -= 1;
    if (ends(s, length, S['а']) || ends(s, length, S['о']) || ends(s, length, S['е'])) length -= 1;
  }
  if (length > 4 && ends(s, length, S['ен'])) {
    s[length - 2] = EN;
    length -= 1;
  }
  // ъ before a final consonant is a fleeting vowel (вятър/ветрове).
  if (length > 5 && s[length - 2] === HARD_SIGN) {
    s[length - 2] = s[length - 1];
    length -= 1;
  }
  return s.slice(0, length);
}

/** The definite article: -ият, -ът, -то, -те, -та, -ия, -ят. */
function removeArticle(s, length) {
  if (length > 6 && ends(s, length, S['ият'])) return length - 3;
  if (length > 5 && SHORT_ARTICLES.some((suffix) => ends(s, length, suffix))) return length - 2;
  if (length > 4 && ends(s, length, S['ят'])) return length - 2;
  return length;
}

/** Plural endings, restoring the consonant or vowel a plural alters. */
function removePlural(s, length) {
  if (length > 6) {
    if (ends(s, length, S['овци'])) return length - 3; // -овци → -о
    if (ends(s, length, S['ове'])) return length - 3;
    if (ends(s, length, S['еве'])) { s[length - 3] = SHORT_I; return length - 2; } // → -й
  }
  if (length > 5) {
    if (ends(s, length, S['ища'])) return length - 3;
    if (ends(s, length, S['та'])) return length - 2;
    if (ends(s, length, S['ци'])) { s[length - 2] = KA; return length - 1; } // -ци → -к
    if (ends(s, length, S['зи'])) { s[length - 2] = GE; return length - 1; } // -зи → -г
    if (s[length - 3] === IE && s[length - 1] === I) { s[length - 3] = YA; return length - 1; }
  }
  if (length > 4) {
    if (ends(s, length, S['си'])) { s[length - 2] = KHA; return length - 1; } // -си → -х
    if (ends(s, length, S['и'])) return length - 1;
  }
  return length;
}
