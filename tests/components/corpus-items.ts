/**
 * Real engine output for the component tests: analyze() on texts from tests/fixtures/corpus/, and
 * look-ups of a target by the words of its source sentence.
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { analyze } from '../../lib/analyze';
import type { Analysis } from '../../lib/analysis-types';
import type { Target } from '../../lib/targets/types';

// From this file's path: happy-dom replaces the global URL in component tests.
const CORPUS = join(dirname(fileURLToPath(import.meta.url)), '../fixtures/corpus');

const cache = new Map<string, Analysis>();

/** Path relative to tests/fixtures/corpus/. */
export function analyzeCorpus(file: string): Analysis {
  let analysis = cache.get(file);
  if (!analysis) {
    const text = readFileSync(join(CORPUS, file), 'utf8');
    analysis = analyze(text);
    cache.set(file, analysis);
  }
  return analysis;
}

/** The first target whose source text is exactly `text`; fails the test when the engine has none. */
export function targetByText(file: string, text: string): Target {
  const target = analyzeCorpus(file).targets.find((t) => t.text === text);
  if (!target) throw new Error(`no target "${text}" in ${file}`);
  return target;
}
