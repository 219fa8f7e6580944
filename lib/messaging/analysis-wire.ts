/**
 * The analysis as it travels from the background's engine to a page: one compact JSON string.
 *
 * Why not the Analysis object itself: Chrome's extension messaging converts a message value by value
 * into its own tree, copies that between processes and builds it again in the page, which for a 50,000-
 * character report (some 500 targets and 2,000 keyword hits, each a small object) cost about 20 ms on the
 * page's main thread — more than the engine. A single string crosses as one value, and JSON.parse is
 * native. Tables of same-shaped objects are sent as a key list and rows of values, keyword hits as flat
 * numbers into a term table, so the string is about a third of the plain JSON.
 */
import type { Analysis } from '../analysis-types';
import type { KeywordHit } from '../keywords/types';

const WIRE_VERSION = 1;

/** Same-shaped records as one key list and one row of values each. */
interface Table {
  keys: string[];
  rows: unknown[][];
}

interface WireAnalysis {
  v: number;
  title: string | null;
  year: number | null;
  headline: Analysis['headline'];
  sections: Table;
  targets: Table;
  /** Keyword hits: [start, end, term index, theme index] per hit, flat. */
  hits: number[];
  terms: string[];
  themes: string[];
}

function toTable<T extends object>(records: readonly T[]): Table {
  const keys: string[] = [];
  const seen = new Set<string>();
  for (const r of records) {
    for (const k of Object.keys(r)) {
      if (!seen.has(k)) {
        seen.add(k);
        keys.push(k);
      }
    }
  }
  const rows = records.map((r) => keys.map((k) => (r as Record<string, unknown>)[k] ?? null));
  return { keys, rows };
}

function fromTable<T>(table: Table): T[] {
  const { keys, rows } = table;
  const out: T[] = new Array(rows.length);
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i]!;
    const record: Record<string, unknown> = {};
    for (let k = 0; k < keys.length; k++) record[keys[k]!] = row[k];
    out[i] = record as T;
  }
  return out;
}

/** Index of `value` in `list`, adding it the first time. */
function intern(value: string, list: string[], ids: Map<string, number>): number {
  let id = ids.get(value);
  if (id === undefined) {
    id = list.length;
    list.push(value);
    ids.set(value, id);
  }
  return id;
}

export function encodeAnalysis(analysis: Analysis): string {
  const terms: string[] = [];
  const themes: string[] = [];
  const termIds = new Map<string, number>();
  const themeIds = new Map<string, number>();
  const hits: number[] = new Array(analysis.keywords.length * 4);
  analysis.keywords.forEach((k, i) => {
    hits[i * 4] = k.start;
    hits[i * 4 + 1] = k.end;
    hits[i * 4 + 2] = intern(k.term, terms, termIds);
    hits[i * 4 + 3] = intern(k.theme, themes, themeIds);
  });
  const wire: WireAnalysis = {
    v: WIRE_VERSION,
    title: analysis.title,
    year: analysis.year,
    headline: analysis.headline,
    sections: toTable(analysis.sections),
    targets: toTable(analysis.targets),
    hits,
    terms,
    themes,
  };
  return JSON.stringify(wire);
}

export function decodeAnalysis(encoded: string): Analysis {
  const wire = JSON.parse(encoded) as WireAnalysis;
  if (wire?.v !== WIRE_VERSION) {
    // Background and page run the same build; another version means an update is half applied.
    throw new Error(`analysis in wire format ${String(wire?.v)}, expected ${WIRE_VERSION}: reload the page`);
  }
  const { hits, terms, themes } = wire;
  const keywords: KeywordHit[] = new Array(hits.length / 4);
  for (let i = 0, h = 0; h < hits.length; i++, h += 4) {
    keywords[i] = { start: hits[h]!, end: hits[h + 1]!, term: terms[hits[h + 2]!]!, theme: themes[hits[h + 3]!]! };
  }
  return {
    title: wire.title,
    year: wire.year,
    headline: wire.headline,
    sections: fromTable(wire.sections),
    targets: fromTable(wire.targets),
    keywords,
  };
}
