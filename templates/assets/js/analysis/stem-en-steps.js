// Steps 2–5 of Porter2 (Snowball english.sbl, 3.1): derivational suffixes in R1 and R2,
// then final -e and -ll; as EnglishStemmer+Steps.swift on the build side.
import { codes, grouping } from './snowball-program.js';
import * as T from './stem-en-tables.js';

export const vowels = grouping('aeiouy');
const vowelsWXY = grouping('aeiouywxY');
const validLI = grouping('cdeghkmnrt');
const [L, S, T_] = codes('lst');
const STEP2 = ['tion', 'ence', 'ance', 'able', 'ent', 'ize', 'ate', 'al', 'ful', 'ous', 'ive',
  'ble', 'og', 'og', 'less'].map((text) => codes(text));
const IC = codes('ic');
const PAST = codes('past');

/** A short syllable ends at the cursor. */
export function shortSyllable(p) {
  const start = p.limit - p.cursor;
  if (p.outGroupingB(vowelsWXY) && p.inGroupingB(vowels) && p.outGroupingB(vowels)) return true;
  p.cursor = p.limit - start;
  if (p.outGroupingB(vowels) && p.inGroupingB(vowels) && p.cursor <= p.limitBackward) return true;
  p.cursor = p.limit - start;
  return p.eqSB(PAST);
}

/** Double suffixes in R1 reduced to single ones ("-ational" → "-ate"). */
export function step2(p, r) {
  p.ket = p.cursor;
  const found = p.findAmongB(T.step2Suffixes);
  if (found === 0) return;
  p.bra = p.cursor;
  if (r.p1 > p.cursor) return;
  if (found === 14) {
    if (!p.eatB(L)) return;
    p.sliceFrom(STEP2[13]);
  } else if (found === 16) {
    if (!p.inGroupingB(validLI)) return;
    p.sliceDel();
  } else {
    p.sliceFrom(STEP2[found - 1]);
  }
}

/** -icate, -alize, -ful, -ness … in R1; -ative in R2. */
export function step3(p, r) {
  p.ket = p.cursor;
  const found = p.findAmongB(T.step3Suffixes);
  if (found === 0) return;
  p.bra = p.cursor;
  if (r.p1 > p.cursor) return;
  if (found === 1) p.sliceFrom(STEP2[0]);
  else if (found === 2) p.sliceFrom(STEP2[6]);
  else if (found === 3) p.sliceFrom(STEP2[7]);
  else if (found === 4) p.sliceFrom(IC);
  else if (found === 5) p.sliceDel();
  else if (r.p2 <= p.cursor) p.sliceDel();
}

/** Suffixes deleted in R2; -ion only after s or t. */
export function step4(p, r) {
  p.ket = p.cursor;
  const found = p.findAmongB(T.step4Suffixes);
  if (found === 0) return;
  p.bra = p.cursor;
  if (r.p2 > p.cursor) return;
  if (found === 2 && !(p.eatB(S) || p.eatB(T_))) return;
  p.sliceDel();
}

/** Final -e in R2, or in R1 unless after a short syllable; -ll → -l in R2. */
export function step5(p, r) {
  p.ket = p.cursor;
  const found = p.findAmongB(T.step5Suffixes);
  if (found === 0) return;
  p.bra = p.cursor;
  if (found === 1) {
    if (r.p2 > p.cursor) {
      if (r.p1 > p.cursor) return;
      const beforeE = p.limit - p.cursor;
      if (shortSyllable(p)) return;
      p.cursor = p.limit - beforeE;
    }
    p.sliceDel();
  } else {
    if (!(r.p2 <= p.cursor && p.eatB(L))) return;
    p.sliceDel();
  }
}
