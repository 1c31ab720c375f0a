// Typo tolerance: edit distance with a bound, counting a swap of neighbours as one edit.

/** The distance between arrays `a` and `b`, or `max + 1` once it must exceed `max`. */
export function distance(a, b, max) {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let older = [];
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    let least = i;
    for (let j = 1; j <= b.length; j++) {
      let v = Math.min(prev[j] + 1, row[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, older[j - 2] + 1);
      row.push(v);
      least = Math.min(least, v);
    }
    if (least > max) return max + 1;
    older = prev;
    prev = row;
  }
  return Math.min(prev[b.length], max + 1);
}

/** Orders [term, distance] pairs nearest first, then by term. */
export const byDistance = (x, y) => x[1] - y[1] || (x[0] < y[0] ? -1 : x[0] > y[0] ? 1 : 0);
