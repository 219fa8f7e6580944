/** Real report texts for the anchoring tests (tests/fixtures/corpus/). */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../fixtures/corpus/', import.meta.url));

export function readReport(path: string): string {
  return readFileSync(root + path, 'utf8');
}

/** Offsets of every occurrence of `needle` in `text` (overlaps included). */
export function occurrences(text: string, needle: string): number[] {
  const out: number[] = [];
  for (let i = text.indexOf(needle); i >= 0; i = text.indexOf(needle, i + 1)) out.push(i);
  return out;
}

/** Offset of the one occurrence of `needle`; throws when absent or repeated, so a fixture change is loud. */
export function uniqueOffset(text: string, needle: string): number {
  const all = occurrences(text, needle);
  if (all.length !== 1) throw new Error(`expected one occurrence of ${needle}, found ${all.length}`);
  return all[0]!;
}
