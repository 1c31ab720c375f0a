// Search-term analysis in the browser: the same terms the build (Swift module
// PracticaSearch, Analyzer) put in the index. Both are checked against
// Tests/Shared/analysis-cases.json. Plain ES module, no dependencies. This module brings every
// stemmer; a page that needs one language's imports load.js instead.
import { normalize } from './normalize.js';
import { tokenize } from './tokenize.js';
import { makeAnalyzer, stemmerEntry } from './analyzer-core.js';
import { stemEnglish } from './stem-en.js';
import { stemRussian } from './stem-ru.js';
import { stemBulgarian } from './stem-bg.js';
import { stemHebrew } from './stem-he.js';

export { normalize, tokenize };

const STEMS = { stemEnglish, stemRussian, stemBulgarian, stemHebrew };

/**
 * The analyzer for a BCP 47 language tag ("ru", "en-GB"); languages without a stemmer
 * only normalize and tokenize. `terms(text, vocabulary)` takes, for Hebrew, a Set of the
 * index's terms: prefix letters are stripped only where the rest is a known term.
 */
export function analyzer(language) {
  const { primary, entry } = stemmerEntry(language);
  return makeAnalyzer(primary, entry, entry && STEMS[entry.exported]);
}
