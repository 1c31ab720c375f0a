// Tokens for search, the same as the build's Tokenizer.swift: maximal runs of letters,
// numbers and marks in normalized text (apostrophes, hyphens and all other punctuation
// separate tokens); Han and hiragana characters are tokens on their own, as in Unicode
// word segmentation, keeping only the marks that follow them.
import { normalize } from './normalize.js';

const WORD = /[\p{L}\p{N}\p{M}]/u;
const MARK = /\p{M}/u;

/** The normalized tokens of `text`. */
export function tokenize(text) {
  const tokens = [];
  let token = '';
  let soloOpen = false;
  const flush = () => {
    if (token) tokens.push(token);
    token = '';
  };
  for (const character of normalize(text)) {
    if (!WORD.test(character)) {
      flush();
      soloOpen = false;
      continue;
    }
    const isSolo = standsAlone(character.codePointAt(0));
    const isMark = MARK.test(character);
    if (isSolo || (soloOpen && !isMark)) flush();
    if (isSolo) soloOpen = true;
    else if (!isMark) soloOpen = false;
    token += character;
  }
  flush();
  return tokens;
}

/** Han ideographs and hiragana: scripts written without spaces between words. */
function standsAlone(v) {
  return v === 0x3005 || v === 0x3007 || (v >= 0x3041 && v <= 0x3096) || (v >= 0x309d && v <= 0x309f)
    || (v >= 0x3400 && v <= 0x4dbf) || (v >= 0x4e00 && v <= 0x9fff) || (v >= 0xf900 && v <= 0xfaff)
    || (v >= 0x20000 && v <= 0x3ffff);
}
