// The Snowball Russian stemmer (russian.sbl as of Snowball 3.1), ported routine by
// routine like the build's RussianStemmer.swift; both are checked against Snowball's
// own output in Tests/Shared/snowball-ru.tsv.
import { SnowballProgram, codes, grouping } from './snowball-program.js';
import * as T from './stem-ru-tables.js';

const vowels = grouping('аеиоуыэюя');
const [A, YA, I, N, IO, IE] = codes('аяинёе');

/** Stems an array of code points in place and returns it. */
export function stemRussian(word) {
  const p = new SnowballProgram(word);
  for (let i = 0; i < p.limit; i += 1) if (p.current[i] === IO) p.current[i] = IE;
  const { rv, r2 } = markRegions(p);
  p.cursor = p.limit;
  if (p.cursor < rv) return p.current;
  const savedLimitBackward = p.limitBackward;
  // Every suffix rule works inside RV, the part after the first vowel.
  p.limitBackward = rv;
  removeInflection(p);
  p.cursor = p.limit;
  p.ket = p.cursor;
  if (p.eatB(I)) {
    p.bra = p.cursor;
    p.sliceDel();
  }
  p.cursor = p.limit;
  removeDerivational(p, r2);
  p.cursor = p.limit;
  tidyUp(p);
  p.limitBackward = savedLimitBackward;
  return p.current;
}

/** RV starts after the first vowel; R2 after the second vowel–non-vowel pair. */
function markRegions(p) {
  const regions = { rv: p.limit, r2: p.limit };
  const start = p.cursor;
  if (p.goOutGrouping(vowels)) {
    p.cursor += 1;
    regions.rv = p.cursor;
    if (p.goInGrouping(vowels) && skipPair(p) && p.goInGrouping(vowels)) {
      p.cursor += 1;
      regions.r2 = p.cursor;
    }
  }
  p.cursor = start;
  return regions;
}

/** Past the non-vowel just found, then to and past the next vowel. */
function skipPair(p) {
  p.cursor += 1;
  if (!p.goOutGrouping(vowels)) return false;
  p.cursor += 1;
  return true;
}

/** A perfective gerund; or else an optional reflexive, then an adjectival, verb or noun ending. */
function removeInflection(p) {
  const start = p.limit - p.cursor;
  if (removeEnding(p, T.perfectiveGerund, true)) return;
  p.cursor = p.limit - start;
  const beforeReflexive = p.limit - p.cursor;
  if (!removeEnding(p, T.reflexive, false)) p.cursor = p.limit - beforeReflexive;
  const afterReflexive = p.limit - p.cursor;
  if (removeAdjectival(p)) return;
  p.cursor = p.limit - afterReflexive;
  if (removeEnding(p, T.verb, true)) return;
  p.cursor = p.limit - afterReflexive;
  removeEnding(p, T.noun, false);
}

/** Deletes the longest ending of `table`; with `groupOneAfterAOrYa`, result 1 endings
 * count only after а or я, which stays. */
function removeEnding(p, table, groupOneAfterAOrYa) {
  p.ket = p.cursor;
  const found = p.findAmongB(table);
  if (found === 0) return false;
  p.bra = p.cursor;
  if (found === 1 && groupOneAfterAOrYa && !(p.eatB(A) || p.eatB(YA))) return false;
  p.sliceDel();
  return true;
}

/** An adjective ending, then optionally a participle suffix before it. */
function removeAdjectival(p) {
  p.ket = p.cursor;
  if (p.findAmongB(T.adjective) === 0) return false;
  p.bra = p.cursor;
  p.sliceDel();
  const afterAdjective = p.limit - p.cursor;
  p.ket = p.cursor;
  const found = p.findAmongB(T.participle);
  p.bra = p.cursor;
  if (found === 0 || (found === 1 && !(p.eatB(A) || p.eatB(YA)))) {
    p.cursor = p.limit - afterAdjective;
    return true;
  }
  p.sliceDel();
  return true;
}

/** -ост/-ость in R2. */
function removeDerivational(p, r2) {
  p.ket = p.cursor;
  if (p.findAmongB(T.derivational) === 0) return;
  p.bra = p.cursor;
  if (r2 > p.cursor) return;
  p.sliceDel();
}

/** Superlative -ейш(е), then нн → н; or нн → н; or a final soft sign. */
function tidyUp(p) {
  p.ket = p.cursor;
  const found = p.findAmongB(T.tidyUp);
  if (found === 0) return;
  p.bra = p.cursor;
  if (found === 1) {
    p.sliceDel();
    p.ket = p.cursor;
    if (!p.eatB(N)) return;
    p.bra = p.cursor;
    if (!p.eatB(N)) return;
    p.sliceDel();
  } else if (found === 2) {
    if (!p.eatB(N)) return;
    p.sliceDel();
  } else {
    p.sliceDel();
  }
}
