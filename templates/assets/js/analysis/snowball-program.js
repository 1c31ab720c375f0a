// The state and primitives of a Snowball program (https://snowballstem.org), ported from
// the reference runtime (snowballstemmer's basestemmer.py) like the Swift build side's
// SnowballProgram.swift. Words are arrays of code points, never UTF-16 units, so that
// lengths and positions agree with Swift's Unicode scalars.

/** The code points of a string. */
export const codes = (text) => Array.from(text, (c) => c.codePointAt(0));

/** A string from code points. */
export function fromCodes(values) {
  let text = '';
  for (const value of values) text += String.fromCodePoint(value);
  return text;
}

/** Snowball `grouping`: a set of code points. */
export const grouping = (chars) => new Set(codes(chars));

/** Snowball `among` table rows: [string, substring index, result]. */
export const among = (rows) =>
  rows.map(([s, substringIndex, result]) => ({ s: codes(s), substringIndex, result }));

export class SnowballProgram {
  constructor(word) {
    this.current = word;
    this.cursor = 0;
    this.limit = word.length;
    this.limitBackward = 0;
    this.bra = 0;
    this.ket = this.limit;
  }

  inGroupingB(g) {
    if (this.cursor <= this.limitBackward || !g.has(this.current[this.cursor - 1])) return false;
    this.cursor -= 1;
    return true;
  }

  outGroupingB(g) {
    if (this.cursor <= this.limitBackward || g.has(this.current[this.cursor - 1])) return false;
    this.cursor -= 1;
    return true;
  }

  /** Moves forward to the next code point in `g`. */
  goOutGrouping(g) {
    while (this.cursor < this.limit) {
      if (g.has(this.current[this.cursor])) return true;
      this.cursor += 1;
    }
    return false;
  }

  /** Moves forward to the next code point not in `g`. */
  goInGrouping(g) {
    while (this.cursor < this.limit) {
      if (!g.has(this.current[this.cursor])) return true;
      this.cursor += 1;
    }
    return false;
  }

  /** Moves backward to just after the previous code point in `g`. */
  goOutGroupingB(g) {
    while (this.cursor > this.limitBackward) {
      if (g.has(this.current[this.cursor - 1])) return true;
      this.cursor -= 1;
    }
    return false;
  }

  /** Steps back over `value` if it is the code point before the cursor. */
  eatB(value) {
    if (this.cursor <= this.limitBackward || this.current[this.cursor - 1] !== value) return false;
    this.cursor -= 1;
    return true;
  }

  /** Steps back over `s` if the text before the cursor ends with it. */
  eqSB(s) {
    if (this.cursor - this.limitBackward < s.length) return false;
    const start = this.cursor - s.length;
    for (let i = 0; i < s.length; i += 1) if (this.current[start + i] !== s[i]) return false;
    this.cursor = start;
    return true;
  }

  /** Replaces [bra, ket) with `s`, keeping the cursor where Snowball keeps it. */
  sliceFrom(s) {
    const adjustment = s.length - (this.ket - this.bra);
    this.current.splice(this.bra, this.ket - this.bra, ...s);
    this.limit += adjustment;
    if (this.cursor >= this.ket) this.cursor += adjustment;
    else if (this.cursor > this.bra) this.cursor = this.bra;
    this.ket = this.bra + s.length;
  }

  sliceDel() {
    this.sliceFrom([]);
  }

  /** Matches the longest table string starting at the cursor; its result, or 0. */
  findAmong(v) {
    return this.search(v, 1);
  }

  /** Matches the longest table string ending at the cursor; its result, or 0. */
  findAmongB(v) {
    return this.search(v, -1);
  }

  /** Snowball's binary search over a sorted among table, forwards or backwards. */
  search(v, direction) {
    let i = 0;
    let j = v.length;
    const c = this.cursor;
    const edge = direction > 0 ? this.limit : this.limitBackward;
    let commonI = 0;
    let commonJ = 0;
    let firstKeyInspected = false;
    for (;;) {
      const k = i + ((j - i) >> 1);
      let diff = 0;
      let common = Math.min(commonI, commonJ);
      const w = v[k].s;
      for (let n = common; n < w.length; n += 1) {
        const at = direction > 0 ? c + common : c - common;
        if (at === edge) { diff = -1; break; }
        const textCode = direction > 0 ? this.current[at] : this.current[at - 1];
        const tableCode = direction > 0 ? w[common] : w[w.length - 1 - common];
        diff = textCode - tableCode;
        if (diff !== 0) break;
        common += 1;
      }
      if (diff < 0) { j = k; commonJ = common; } else { i = k; commonI = common; }
      if (j - i <= 1) {
        if (i > 0 || j === i || firstKeyInspected) break;
        firstKeyInspected = true;
      }
    }
    for (;;) {
      const w = v[i];
      if (commonI >= w.s.length) {
        this.cursor = c + direction * w.s.length;
        return w.result;
      }
      i = w.substringIndex;
      if (i < 0) return 0;
    }
  }
}
