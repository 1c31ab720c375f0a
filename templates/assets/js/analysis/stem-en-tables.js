// The `among` tables of Snowball's english.sbl (Snowball 3.1), in the order and with the
// substring links the Snowball compiler emits; SnowballProgram's search relies on both.
import { among } from './snowball-program.js';

export const regionPrefixes = among([
  ['arsen', -1, -1],
  ['commun', -1, -1],
  ['emerg', -1, -1],
  ['gener', -1, -1],
  ['inter', -1, -1],
  ['later', -1, -1],
  ['organ', -1, -1],
  ['past', -1, -1],
  ['univers', -1, -1],
]);

export const apostropheSuffixes = among([
  ["'", -1, 1],
  ["'s'", 0, 1],
  ["'s", -1, 1],
]);

export const step1aSuffixes = among([
  ['ied', -1, 2],
  ['s', -1, 3],
  ['ies', 1, 2],
  ['sses', 1, 1],
  ['ss', 1, -1],
  ['us', 1, -1],
]);

export const eedExceptions = among([
  ['succ', -1, 1],
  ['proc', -1, 1],
  ['exc', -1, 1],
]);

export const ingExceptions = among([
  ['even', -1, 2],
  ['cann', -1, 2],
  ['inn', -1, 2],
  ['earr', -1, 2],
  ['herr', -1, 2],
  ['out', -1, 2],
  ['y', -1, 1],
]);

export const step1bSuffixes = among([
  ['', -1, -1],
  ['ed', 0, 2],
  ['eed', 1, 1],
  ['ing', 0, 3],
  ['edly', 0, 2],
  ['eedly', 4, 1],
  ['ingly', 0, 2],
]);

export const step1bEndings = among([
  ['', -1, 3],
  ['bb', 0, 2],
  ['dd', 0, 2],
  ['ff', 0, 2],
  ['gg', 0, 2],
  ['bl', 0, 1],
  ['mm', 0, 2],
  ['nn', 0, 2],
  ['pp', 0, 2],
  ['rr', 0, 2],
  ['at', 0, 1],
  ['tt', 0, 2],
  ['iz', 0, 1],
]);

export const step2Suffixes = among([
  ['anci', -1, 3],
  ['enci', -1, 2],
  ['ogi', -1, 14],
  ['li', -1, 16],
  ['bli', 3, 12],
  ['abli', 4, 4],
  ['alli', 3, 8],
  ['fulli', 3, 9],
  ['lessli', 3, 15],
  ['ousli', 3, 10],
  ['entli', 3, 5],
  ['aliti', -1, 8],
  ['biliti', -1, 12],
  ['iviti', -1, 11],
  ['tional', -1, 1],
  ['ational', 14, 7],
  ['alism', -1, 8],
  ['ation', -1, 7],
  ['ization', 17, 6],
  ['izer', -1, 6],
  ['ator', -1, 7],
  ['iveness', -1, 11],
  ['fulness', -1, 9],
  ['ousness', -1, 10],
  ['ogist', -1, 13],
]);

export const step3Suffixes = among([
  ['icate', -1, 4],
  ['ative', -1, 6],
  ['alize', -1, 3],
  ['iciti', -1, 4],
  ['ical', -1, 4],
  ['tional', -1, 1],
  ['ational', 5, 2],
  ['ful', -1, 5],
  ['ness', -1, 5],
]);

export const step4Suffixes = among([
  ['ic', -1, 1],
  ['ance', -1, 1],
  ['ence', -1, 1],
  ['able', -1, 1],
  ['ible', -1, 1],
  ['ate', -1, 1],
  ['ive', -1, 1],
  ['ize', -1, 1],
  ['iti', -1, 1],
  ['al', -1, 1],
  ['ism', -1, 1],
  ['ion', -1, 2],
  ['er', -1, 1],
  ['ous', -1, 1],
  ['ant', -1, 1],
  ['ent', -1, 1],
  ['ment', 15, 1],
  ['ement', 16, 1],
]);

export const step5Suffixes = among([
  ['e', -1, 1],
  ['l', -1, 2],
]);

export const exceptions = among([
  ['andes', -1, -1],
  ['atlas', -1, -1],
  ['bias', -1, -1],
  ['cosmos', -1, -1],
  ['early', -1, 6],
  ['gently', -1, 4],
  ['howe', -1, -1],
  ['idly', -1, 3],
  ['news', -1, -1],
  ['only', -1, 7],
  ['singly', -1, 8],
  ['skies', -1, 2],
  ['skis', -1, 1],
  ['sky', -1, -1],
  ['ugly', -1, 5],
]);

/** Replacements for `exceptions` results 1...8. */
export const exceptionForms = ['ski', 'sky', 'idl', 'gentl', 'ugli', 'earli', 'onli', 'singl'];
