/*
 * A small Aho-Corasick automaton over UTF-16 code units.
 *
 * Why our own: the npm packages we looked at do not give what the highlighter needs. `ahocorasick`
 * (1.0.2, and its fork `modern-ahocorasick`) reports only the index of each keyword's LAST character and
 * every overlapping keyword; `aho-corasick-node` returns the matched words without positions. None of them
 * resolves overlaps (the longest term must win), folds full-width forms, or is maintained with a typed API.
 * The algorithm itself is short, so we keep it here, where its behaviour is tested.
 *
 * Units, not code points: Chinese report text is almost all in the BMP, offsets everywhere in the engine
 * (and DOM Range offsets) are UTF-16 offsets, and a surrogate pair simply becomes two transitions.
 * The goto function is a Map per node: the alphabet (CJK) is far too large for arrays, and a lexicon of
 * ~1,300 terms makes ~5,000 nodes, which builds in a few milliseconds.
 */

export interface ScanStats {
  /**
   * Work done by scans: one per goto transition, per failure-link followed and per match reported.
   * Aho-Corasick keeps this linear in the text length plus the number of matches; tests count it.
   */
  steps: number;
}

export interface Automaton {
  /** Number of patterns. */
  readonly size: number;
  /** Length (code units) of each pattern, by pattern index. */
  readonly lengths: readonly number[];
  /**
   * Scans `text` once, calling `onMatch(pattern, end)` for every occurrence of every pattern (`end` is
   * exclusive). Occurrences come in order of `end`; at one `end`, the longest pattern first.
   */
  scan(text: string, onMatch: (pattern: number, end: number) => void, stats?: ScanStats): void;
}

const ROOT = 0;
const NONE = -1;

/**
 * Builds the automaton. `mapUnit` is applied to every code unit of the patterns and of scanned text
 * (folding), so it must map one unit to one unit. Patterns must be non-empty and distinct after mapping.
 */
export function buildAutomaton(
  patterns: readonly string[],
  mapUnit: (unit: number) => number = (unit) => unit,
): Automaton {
  const goto: Map<number, number>[] = [new Map()];
  const output: number[] = [NONE]; // pattern ending exactly at this node
  const lengths = patterns.map((pattern) => pattern.length);

  patterns.forEach((pattern, index) => {
    if (pattern.length === 0) throw new Error('Aho-Corasick: empty pattern');
    let node = ROOT;
    for (let i = 0; i < pattern.length; i++) {
      const unit = mapUnit(pattern.charCodeAt(i));
      const edges = goto[node]!;
      let next = edges.get(unit);
      if (next === undefined) {
        next = goto.length;
        goto.push(new Map());
        output.push(NONE);
        edges.set(unit, next);
      }
      node = next;
    }
    if (output[node] !== NONE) throw new Error(`Aho-Corasick: duplicate pattern "${pattern}"`);
    output[node] = index;
  });

  // Failure links (longest proper suffix that is also a trie path) and dictionary links (nearest
  // node on the failure chain that ends a pattern), in breadth-first order so parents come first.
  const fail = new Int32Array(goto.length);
  const dictionary = new Int32Array(goto.length).fill(NONE);
  const queue: number[] = [];
  for (const child of goto[ROOT]!.values()) {
    fail[child] = ROOT;
    queue.push(child);
  }
  for (let head = 0; head < queue.length; head++) {
    const node = queue[head]!;
    for (const [unit, child] of goto[node]!) {
      let candidate = fail[node]!;
      while (candidate !== ROOT && !goto[candidate]!.has(unit)) candidate = fail[candidate]!;
      fail[child] = goto[candidate]!.get(unit) ?? ROOT;
      const suffix = fail[child]!;
      dictionary[child] = output[suffix] !== NONE ? suffix : dictionary[suffix]!;
      queue.push(child);
    }
  }

  function scan(text: string, onMatch: (pattern: number, end: number) => void, stats?: ScanStats): void {
    let steps = 0;
    let node = ROOT;
    for (let i = 0; i < text.length; i++) {
      const unit = mapUnit(text.charCodeAt(i));
      let next = goto[node]!.get(unit);
      while (next === undefined && node !== ROOT) {
        node = fail[node]!;
        steps++;
        next = goto[node]!.get(unit);
      }
      node = next ?? ROOT;
      steps++;
      // Patterns ending here: the node's own (longest), then shorter ones along dictionary links.
      for (let hit = output[node] !== NONE ? node : dictionary[node]!; hit !== NONE; hit = dictionary[hit]!) {
        onMatch(output[hit]!, i + 1);
        steps++;
      }
    }
    if (stats) stats.steps += steps;
  }

  return { size: patterns.length, lengths, scan };
}
