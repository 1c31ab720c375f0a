// Text normalization for search, step for step the same as the build's
// TextNormalizer.swift: NFKC → lowercase (final ς folded to σ) → NFD → drop
// diacritics → NFC. Punctuation stays; tokenize.js splits on it.

const MARK = /\p{M}/u;

/** Normalizes text the way the search index was built. */
export function normalize(text) {
  if (!text) return '';
  // Lowercasing after NFKC catches compatibility forms that only then become capitals.
  const decomposed = String(text).normalize('NFKC').toLowerCase().normalize('NFD');
  const kept = [];
  let previous = 0;
  for (const character of decomposed) {
    let value = character.codePointAt(0);
    // toLowerCase picks ς or σ from context; the index always uses σ.
    if (value === 0x3c2) value = 0x3c3;
    if (isDropped(value, previous)) continue;
    kept.push(value === 0x3c3 ? 'σ' : character);
    previous = value;
  }
  return kept.join('').normalize('NFC');
}

/** Whether a decomposed code point is a diacritic to remove, given the last one kept. */
export function isDropped(value, previous) {
  // The breve of й and ў is part of the letter in Russian, Bulgarian and Belarusian.
  if (value === 0x306 && (previous === 0x438 || previous === 0x443)) return false;
  return inDiacriticBlock(value) && MARK.test(String.fromCodePoint(value));
}

/** Blocks whose marks are accents or vowel points: Latin/Greek/Cyrillic diacritics,
 * Cyrillic titlo, Hebrew niqqud and cantillation, Arabic harakat; plus variation
 * selectors, which would otherwise be left over as tokens. Marks of other scripts
 * (Indic vowel signs, kana voicing) are kept. */
function inDiacriticBlock(v) {
  return (v >= 0x300 && v <= 0x36f) || (v >= 0x483 && v <= 0x489) || (v >= 0x591 && v <= 0x5c7)
    || (v >= 0x610 && v <= 0x61a) || (v >= 0x64b && v <= 0x65f) || v === 0x670
    || (v >= 0x1ab0 && v <= 0x1aff) || (v >= 0x1dc0 && v <= 0x1dff)
    || (v >= 0x20d0 && v <= 0x20ff) || (v >= 0xfe00 && v <= 0xfe0f) || (v >= 0xfe20 && v <= 0xfe2f)
    || (v >= 0xe0100 && v <= 0xe01ef);
}
