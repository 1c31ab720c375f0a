// Paths and loaders shared by the node tests: the analysis modules shipped in the
// theme, and the tables in Tests/Shared that the Swift tests read too.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import path from 'node:path';

const here = path.dirname(fileURLToPath(import.meta.url));
export const sharedDirectory = path.join(here, '..', 'Shared');
export const modules = path.join(here, '..', '..', 'templates', 'assets', 'js', 'analysis');

export const analysis = await import(path.join(modules, 'analysis.js'));

/** word → stem pairs from a tab-separated Snowball reference table. */
export function stemPairs(name) {
  return readFileSync(path.join(sharedDirectory, name), 'utf8')
    .split('\n')
    .filter((line) => line.length > 0)
    .map((line) => line.split('\t'));
}

/** The rows of analysis-cases.json. */
export function analysisCases() {
  return JSON.parse(readFileSync(path.join(sharedDirectory, 'analysis-cases.json'), 'utf8'));
}
