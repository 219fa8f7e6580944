/**
 * The analysis as it travels from the background's engine to a page: one compact string, two JSON
 * documents on two lines, the paint plan first (see PaintPlan) and the rest after it.
 *
 * Why not the Analysis object itself: Chrome's extension messaging converts a message value by value
 * into its own tree, copies that between processes and builds it again in the page, which for a 50,000-
 * character report (some 500 targets and 2,000 keyword hits, each a small object) cost about 20 ms on the
 * page's main thread — more than the engine. A single string crosses as one value, and JSON.parse is
 * native. Tables of same-shaped objects are sent as a key list and rows of values, keyword hits as flat
 * numbers into term and theme tables, so the string is about a third of the plain JSON.
 */
import type { Analysis } from '../analysis-types';
import { countBodyCues } from '../report-cues';
import type { KeywordHit } from '../keywords/types';

const WIRE_VERSION = 5;

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

/**
 * What the page needs to paint, and to judge whether the page is a report, before anything else: the head
 * of the wire string, parsed on its own. The rest (every target's fields, sections, keyword terms) is
 * decoded after the highlights are up: the reader's time to highlights does not include building some
 * 3,000 objects, nor the garbage collection they would bring into the paint.
 */
export interface PaintPlan {
  /** Per target: start, end, 1 for a target or 0 for a result (targets shared out over several indicators share one span). */
  figures: number[];
  /** Per keyword hit: start, end, index into `themes`. */
  hits: number[];
  themes: string[];
  /** How many sections the outline has. */
  sections: number;
  /** countBodyCues of the text (report-cues.ts): read here, where the text is read anyway, not in the page. */
  bodyCues: number;
}

/** The engine's answer as the page holds it: the paint plan now, the whole analysis when asked. */
export interface EngineAnswer {
  plan: PaintPlan;
  /** The whole analysis: decoded on the first call, then kept. */
  analysis(): Promise<Analysis>;
}

interface WireHead extends PaintPlan {
  v: number;
}

interface WireBody {
  title: string | null;
  year: number | null;
  headline: Analysis['headline'];
  sections: Table;
  targets: Table;
  /** Per keyword hit, the index of its term in `terms`. */
  hitTerms: number[];
  terms: string[];
}

/** The plan of an analysis of `text`. */
export function paintPlanOf(analysis: Analysis, text: string): PaintPlan {
  const themes: string[] = [];
  const themeIds = new Map<string, number>();
  const figures: number[] = new Array(analysis.targets.length * 3);
  analysis.targets.forEach((t, i) => {
    figures[i * 3] = t.start;
    figures[i * 3 + 1] = t.end;
    figures[i * 3 + 2] = t.kind === 'target' ? 1 : 0;
  });
  const hits: number[] = new Array(analysis.keywords.length * 3);
  analysis.keywords.forEach((k, i) => {
    hits[i * 3] = k.start;
    hits[i * 3 + 1] = k.end;
    hits[i * 3 + 2] = intern(k.theme, themes, themeIds);
  });
  return { figures, hits, themes, sections: analysis.sections.length, bodyCues: countBodyCues(text) };
}

/** The head of the wire: the paint plan, which the background sends first. */
export function encodeHead(analysis: Analysis, text: string): string {
  return JSON.stringify({ v: WIRE_VERSION, ...paintPlanOf(analysis, text) } satisfies WireHead);
}

/** The rest of the analysis. `text` is the text that was analysed (the page has it, and gets it back). */
export function encodeBody(analysis: Analysis, text: string): string {
  const terms: string[] = [];
  const termIds = new Map<string, number>();
  const body: WireBody = {
    title: analysis.title,
    year: analysis.year,
    headline: analysis.headline,
    sections: toTable(analysis.sections, text),
    targets: toTable(analysis.targets, text),
    hitTerms: analysis.keywords.map((k) => intern(k.term, terms, termIds)),
    terms,
  };
  return JSON.stringify(body);
}

/** Head and body as one string on two lines (JSON never holds a raw line break): see decodeAnalysis. */
export function encodeAnalysis(analysis: Analysis, text: string): string {
  return `${encodeHead(analysis, text)}\n${encodeBody(analysis, text)}`;
}

/** The paint plan from the head, or the reason it cannot be read. */
function readHead(head: string): PaintPlan {
  const parsed = JSON.parse(head) as Partial<WireHead> | null;
  if (parsed?.v !== WIRE_VERSION) {
    // Background and page run the same build; another version means an update is half applied.
    throw new Error(`analysis in wire format ${String(parsed?.v)}, expected ${WIRE_VERSION}: reload the page`);
  }
  const { figures = [], hits = [], themes = [], sections = 0, bodyCues = 0 } = parsed;
  return { figures, hits, themes, sections, bodyCues };
}

/**
 * Reads the head now; the body is awaited and decoded when analysis() is first called. `text` is the text
 * that was sent for analysis.
 */
export function readAnswer(head: string, body: () => Promise<string>, text: string): EngineAnswer {
  const plan = readHead(head);
  let analysis: Promise<Analysis> | null = null;
  return {
    plan,
    analysis() {
      analysis ??= body().then((b) => decodeBody(JSON.parse(b) as WireBody, plan, text));
      return analysis;
    },
  };
}

/**
 * The whole analysis back from encodeAnalysis's one string. The extension itself sends head and body as
 * two messages (engine-port.ts); the one-string form is for tests and tools that hold an answer whole.
 */
export function decodeAnalysis(encoded: string, text: string): Analysis {
  const cut = encoded.indexOf('\n');
  const plan = readHead(cut < 0 ? encoded : encoded.slice(0, cut));
  if (cut < 0) throw new Error('analysis without its body: reload the page');
  return decodeBody(JSON.parse(encoded.slice(cut + 1)) as WireBody, plan, text);
}

function decodeBody(body: WireBody, plan: PaintPlan, text: string): Analysis {
  const { hits, themes } = plan;
  const { hitTerms, terms } = body;
  const keywords: KeywordHit[] = new Array(hitTerms.length);
  for (let i = 0, h = 0; i < hitTerms.length; i++, h += 3) {
    keywords[i] = { start: hits[h]!, end: hits[h + 1]!, term: terms[hitTerms[i]!]!, theme: themes[hits[h + 2]!]! };
  }
  return {
    title: body.title,
    year: body.year,
    headline: body.headline,
    sections: fromTable(body.sections, text),
    targets: fromTable(body.targets, text),
    keywords,
  };
}
