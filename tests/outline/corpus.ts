import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseOutline } from '../../lib/outline/parse-outline';
import type { Outline, Section } from '../../lib/outline/types';

export const CORPUS = join(__dirname, '../fixtures/corpus');

export function readCorpus(relative: string): string {
  return readFileSync(join(CORPUS, relative), 'utf8');
}

/** The 36 government work reports: 5 flattened 2022 reports and 31 provincial 2025 reports. */
export function reportPaths(): string[] {
  const flat = readdirSync(join(CORPUS, 'reports')).map((f) => `reports/${f}`);
  const provinces = readdirSync(join(CORPUS, 'reports-2025-provinces')).map((f) => `reports-2025-provinces/${f}`);
  return [...flat, ...provinces].filter((f) => f.endsWith('.txt')).sort();
}

export interface Parsed {
  text: string;
  outline: Outline;
}

const cache = new Map<string, Parsed>();
export function parse(relative: string): Parsed {
  let p = cache.get(relative);
  if (!p) {
    const text = readCorpus(relative);
    p = { text, outline: parseOutline(text) };
    cache.set(relative, p);
  }
  return p;
}

/** [marker, title, kind] of the top-level sections. */
export function topLevel(o: Outline): [string, string, string][] {
  return o.sections.filter((s) => s.level === 1).map((s) => [s.marker, s.title, s.kind]);
}

export function find(o: Outline, title: string): Section {
  const s = o.sections.find((x) => x.title === title);
  if (!s) throw new Error(`no section titled ${title}: ${o.sections.map((x) => x.title).join(' | ')}`);
  return s;
}

export function parentOf(o: Outline, s: Section): Section | null {
  return s.parentId === null ? null : (o.sections[s.parentId] ?? null);
}
