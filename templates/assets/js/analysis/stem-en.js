// The Snowball English stemmer ("Porter2", english.sbl as of Snowball 3.1), ported
// routine by routine like the build's EnglishStemmer.swift; both are checked against
// Snowball's own output in Tests/Shared/snowball-en.tsv.
import { SnowballProgram, codes, grouping } from './snowball-program.js';
import * as T from './stem-en-tables.js';
import { step2, step3, step4, step5, shortSyllable, vowels } from './stem-en-steps.js';

const aeo = grouping('aeo');
const [APOSTROPHE, Y_LOWER, Y_UPPER] = codes("'yY");
const w = (text) => codes(text);
const EXCEPTION_FORMS = T.exceptionForms.map(w);
const SS = w('ss'); const IE = w('ie'); const I = w('i'); const EE = w('ee'); const E = w('e');

/** Stems an array of code points in place and returns it. */
export function stemEnglish(word) {
  const p = new SnowballProgram(word);
  if (exception(p)) return p.current;
  p.cursor = 0;
  if (p.limit < 3) return p.current;
  const yFound = prelude(p);
  const r = markRegions(p);
  p.limitBackward = p.cursor;
  // Each step starts from the end of the word as the previous step left it.
  for (const step of [step1a, step1b, step1c, step2, step3, step4, step5]) {
    p.cursor = p.limit;
    step(p, r);
  }
  p.cursor = p.limitBackward;
  if (yFound) {
    for (let i = 0; i < p.limit; i += 1) if (p.current[i] === Y_UPPER) p.current[i] = Y_LOWER;
  }
  return p.current;
}

/** Whole words with irregular stems, or none (results below 1 leave the word alone). */
function exception(p) {
  p.bra = p.cursor;
  const found = p.findAmong(T.exceptions);
  if (found === 0) return false;
  p.ket = p.cursor;
  if (p.cursor < p.limit) return false;
  if (found > 0) p.sliceFrom(EXCEPTION_FORMS[found - 1]);
  return true;
}

/** Drops a leading apostrophe and marks consonantal y as Y; reports whether any Y was made. */
function prelude(p) {
  let yFound = false;
  if (p.limit > 0 && p.current[0] === APOSTROPHE) {
    p.bra = 0;
    p.ket = 1;
    p.sliceDel();
  }
  p.cursor = 0;
  if (p.limit > 0 && p.current[0] === Y_LOWER) {
    p.current[0] = Y_UPPER;
    yFound = true;
  }
  for (let i = 0; i + 1 < p.limit; i += 1) {
    if (vowels.has(p.current[i]) && p.current[i + 1] === Y_LOWER) {
      p.current[i + 1] = Y_UPPER;
      yFound = true;
    }
  }
  p.cursor = 0;
  return yFound;
}

/** R1 and R2, the regions after the first and second non-vowel following a vowel. */
function markRegions(p) {
  const r = { p1: p.limit, p2: p.limit };
  const start = p.cursor;
  const done = () => { p.cursor = start; return r; };
  if (p.findAmong(T.regionPrefixes) === 0) {
    p.cursor = start;
    if (!skipVowelThenConsonant(p)) return done();
  }
  r.p1 = p.cursor;
  if (!skipVowelThenConsonant(p)) return done();
  r.p2 = p.cursor;
  return done();
}

function skipVowelThenConsonant(p) {
  if (!p.goOutGrouping(vowels)) return false;
  p.cursor += 1;
  if (!p.goInGrouping(vowels)) return false;
  p.cursor += 1;
  return true;
}

/** Possessive apostrophes, then -sses, -ied/-ies and plural -s. */
function step1a(p) {
  const start = p.limit - p.cursor;
  p.ket = p.cursor;
  if (p.findAmongB(T.apostropheSuffixes) === 0) {
    p.cursor = p.limit - start;
  } else {
    p.bra = p.cursor;
    p.sliceDel();
  }
  p.ket = p.cursor;
  const found = p.findAmongB(T.step1aSuffixes);
  if (found === 0) return;
  p.bra = p.cursor;
  if (found === 1) {
    p.sliceFrom(SS);
  } else if (found === 2) {
    if (p.cursor - 2 < p.limitBackward) p.sliceFrom(IE);
    else { p.cursor -= 2; p.sliceFrom(I); }
  } else if (found === 3) {
    if (p.cursor <= p.limitBackward) return;
    p.cursor -= 1;
    if (!p.goOutGroupingB(vowels)) return;
    p.cursor -= 1;
    p.sliceDel();
  }
}

/** -eed/-eedly in R1, and -ed/-edly/-ing/-ingly after a vowel, with tidying of the result. */
function step1b(p, r) {
  p.ket = p.cursor;
  const found = p.findAmongB(T.step1bSuffixes);
  p.bra = p.cursor;
  const start = p.limit - p.cursor;
  if (found === 1) { replaceEed(p, r); return; }
  if (found === 3) { if (ingException(p)) return; } else if (found !== 2) return;
  p.cursor = p.limit - start;
  const beforeVowelSearch = p.limit - p.cursor;
  if (!p.goOutGroupingB(vowels)) return;
  p.cursor = p.limit - beforeVowelSearch;
  p.sliceDel();
  tidyAfterSuffix(p, r);
}

function replaceEed(p, r) {
  const start = p.limit - p.cursor;
  if (r.p1 <= p.cursor) {
    const beforeStem = p.limit - p.cursor;
    const isException = p.findAmongB(T.eedExceptions) !== 0 && p.cursor <= p.limitBackward;
    if (!isException) {
      p.cursor = p.limit - beforeStem;
      p.sliceFrom(EE);
    }
  }
  p.cursor = p.limit - start;
}

function ingException(p) {
  const found = p.findAmongB(T.ingExceptions);
  if (found === 0) return false;
  if (found !== 1) return p.cursor <= p.limitBackward;
  const afterY = p.limit - p.cursor;
  if (!(p.outGroupingB(vowels) && p.cursor <= p.limitBackward)) return false;
  p.cursor = p.limit - afterY;
  p.bra = p.cursor;
  p.sliceFrom(IE);
  return true;
}

function tidyAfterSuffix(p, r) {
  p.ket = p.cursor;
  p.bra = p.cursor;
  const end = p.limit - p.cursor;
  const found = p.findAmongB(T.step1bEndings);
  if (found === 1) { p.sliceFrom(E); return; }
  if (found === 2) {
    const beforeDouble = p.limit - p.cursor;
    if (p.inGroupingB(aeo) && p.cursor <= p.limitBackward) return;
    p.cursor = p.limit - beforeDouble;
  } else {
    if (p.cursor !== r.p1) return;
    const atEnd = p.limit - p.cursor;
    if (!shortSyllable(p)) return;
    p.cursor = p.limit - atEnd;
    p.sliceFrom(E);
    return;
  }
  p.cursor = p.limit - end;
  p.ket = p.cursor;
  if (p.cursor <= p.limitBackward) return;
  p.cursor -= 1;
  p.bra = p.cursor;
  p.sliceDel();
}

/** Terminal y or Y → i after a non-vowel that is not the first letter. */
function step1c(p) {
  p.ket = p.cursor;
  if (!(p.eatB(Y_LOWER) || p.eatB(Y_UPPER))) return;
  p.bra = p.cursor;
  if (!(p.outGroupingB(vowels) && p.cursor > p.limitBackward)) return;
  p.sliceFrom(I);
}
