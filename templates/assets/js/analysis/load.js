// The analyzer of one language, loading only that language's stemmer module: a search in
// Russian fetches no English, Bulgarian or Hebrew code. Same analyzers as analysis.js.
import { makeAnalyzer, stemmerEntry } from './analyzer-core.js';

/** Resolves to the analyzer for a BCP 47 language tag (see analysis.js). */
export async function loadAnalyzer(language) {
  const { primary, entry } = stemmerEntry(language);
  if (!entry) return makeAnalyzer(primary, null, null);
  const module = await import(`./${entry.module}`);
  return makeAnalyzer(primary, entry, module[entry.exported]);
}
