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

const WIRE_VERSION = 3;

/**
 * Same-shaped records as one key list and one row of values each. Columns named in `interned` hold, instead
 * of their strings, indexes into `strings` (null stays null): section titles, units, directions and
 * indicators repeat from row to row, and Chinese text costs the messaging most.
 */
interface Table {
  keys: string[];
  rows: unknown[][];
  interned: number[];
  strings: string[];
  /** Columns whose every value is the text of the row's own span (text.slice(start, end)): sent as null. */
  spans: number[];
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

function toTable<T extends object>(records: readonly T[], text: string): Table {
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
  // A column that repeats the analysed text (a target's own words) is left for the page to cut out again.
  const spans: number[] = [];
  const startCol = keys.indexOf('start');
  const endCol = keys.indexOf('end');
  if (startCol >= 0 && endCol >= 0 && rows.length > 0) {
    keys.forEach((_, c) => {
      const same = rows.every((row) => typeof row[c] === 'string' && row[c] === text.slice(row[startCol] as number, row[endCol] as number));
      if (!same) return;
      spans.push(c);
      for (const row of rows) row[c] = null;
    });
  }
  // A column of strings (or nulls) where values repeat is sent as indexes into one string list.
  const strings: string[] = [];
  const ids = new Map<string, number>();
  const interned: number[] = [];
  keys.forEach((_, c) => {
    let count = 0;
    const distinct = new Set<unknown>();
    for (const row of rows) {
      const v = row[c];
      if (v === null) continue;
      if (typeof v !== 'string') return;
      count++;
      distinct.add(v);
    }
    if (count === 0 || distinct.size * 2 > count || spans.includes(c)) return;
    interned.push(c);
    for (const row of rows) if (row[c] !== null) row[c] = intern(row[c] as string, strings, ids);
  });
  return { keys, rows, interned, strings, spans };
}

function fromTable<T>(table: Table, text: string): T[] {
  const { keys, rows, interned, strings, spans } = table;
  const isInterned = keys.map((_, c) => interned.includes(c));
  const isSpan = keys.map((_, c) => spans.includes(c));
  const startCol = keys.indexOf('start');
  const endCol = keys.indexOf('end');
  const out: T[] = new Array(rows.length);
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i]!;
    const record: Record<string, unknown> = {};
    for (let k = 0; k < keys.length; k++) {
      const v = row[k];
      record[keys[k]!] = isSpan[k] ? text.slice(row[startCol] as number, row[endCol] as number) : isInterned[k] && v !== null ? strings[v as number] : v;
    }
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

/** `text` is the text that was analysed (the page has it too, and gets it back in decodeAnalysis). */
export function encodeAnalysis(analysis: Analysis, text: string): string {
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
    sections: toTable(analysis.sections, text),
    targets: toTable(analysis.targets, text),
    hits,
    terms,
    themes,
  };
  return JSON.stringify(wire);
}

/** `text` is the text that was sent for analysis. */
export function decodeAnalysis(encoded: string, text: string): Analysis {
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
    sections: fromTable(wire.sections, text),
    targets: fromTable(wire.targets, text),
    keywords,
  };
}
