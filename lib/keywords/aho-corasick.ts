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
 *
 * The scan is the keyword stage's hot loop, so it reads flat typed arrays and never follows a failure
 * link (the failure links are folded into the transitions when the automaton is built):
 * - a code unit becomes a small symbol by one table lookup (folding and the pattern alphabet in one); a
 *   unit that occurs in no pattern is symbol 0 and sends the scan straight back to the root;
 * - from the root, the next state is a dense array indexed by symbol (the root has hundreds of edges);
 * - from any other node, the next state is looked up in the node's short row: the symbols on which the
 *   complete transition function leads somewhere other than the root's own transition. That row is the
 *   node's trie edges plus the row of its failure node (about three entries per node on the built-in
 *   lexicon, twenty at most), sorted by symbol.
 */

export interface ScanStats {
  /**
   * Work done by scans: one per code unit read and one per match reported (failure links are resolved
   * when the automaton is built). Linear in the text length plus the number of matches; tests count it.
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
   *
   * `gaps` (optional): sorted, non-overlapping [start, end) pairs of offsets that the scan passes over as
   * if they were not in the text, so a pattern can run across a gap (a line break inside a term). Offsets
   * given to `onMatch` are still offsets in `text`.
   */
  scan(
    text: string,
    onMatch: (pattern: number, end: number) => void,
    stats?: ScanStats,
    gaps?: ArrayLike<number>,
  ): void;
}

const ROOT = 0;
const NONE = -1;
/** Symbol of the code units that occur in no pattern. */
const NO_SYMBOL = 0;
const CODE_UNITS = 0x10000;

/** The patterns as a trie over symbols, with a Map per node (easy to grow; flattened afterwards). */
interface Trie {
  children: Map<number, number>[];
  /** Pattern ending exactly at each node, or NONE. */
  output: number[];
}

/** Per node, the complete transitions that do not agree with the root's: [symbol, target] sorted by symbol. */
type Row = (readonly [number, number])[];

/**
 * Builds the automaton. `foldTable[unit]` (65,536 entries) is the unit the automaton reads instead of
 * `unit`, in the patterns and in scanned text alike (folding one unit to one unit keeps offsets exact);
 * without a table, units are read as they are. Patterns must be non-empty and distinct after folding.
 */
export function buildAutomaton(patterns: readonly string[], foldTable: Uint16Array = identityTable()): Automaton {
  if (foldTable.length !== CODE_UNITS) throw new Error('Aho-Corasick: a fold table has one entry per code unit');
  // Symbols 1, 2, … for the folded units the patterns use, in order of first appearance.
  const symbolOfFolded = new Uint16Array(CODE_UNITS);
  let symbolCount = 0;
  for (const pattern of patterns) {
    for (let i = 0; i < pattern.length; i++) {
      const folded = foldTable[pattern.charCodeAt(i)]!;
      if (symbolOfFolded[folded] === NO_SYMBOL) symbolOfFolded[folded] = ++symbolCount;
    }
  }
  // Folding and symbol in one table for the scan: one read per code unit, in a single 128 KB table
  // (two chained tables cost a second cache miss per unit on CJK text).
  const symbolOf = new Uint16Array(CODE_UNITS);
  for (let unit = 0; unit < CODE_UNITS; unit++) symbolOf[unit] = symbolOfFolded[foldTable[unit]!]!;
  const symbolAt = (text: string, i: number): number => symbolOf[text.charCodeAt(i)]!;

  const trie = buildTrie(patterns, symbolAt);
  const nodeCount = trie.children.length;
  const rootNext = new Int32Array(symbolCount + 1).fill(ROOT);
  for (const [symbol, child] of trie.children[ROOT]!) rootNext[symbol] = child;
  const { rows, dictionary } = buildRows(trie, rootNext);

  // The rows, flattened: node n's row is rowSymbol/rowTarget[rowFirst[n] .. rowFirst[n + 1]).
  const rowFirst = new Int32Array(nodeCount + 1);
  for (let node = 0; node < nodeCount; node++) rowFirst[node + 1] = rowFirst[node]! + rows[node]!.length;
  const rowSymbol = new Uint16Array(rowFirst[nodeCount]!);
  const rowTarget = new Int32Array(rowFirst[nodeCount]!);
  rows.forEach((row, node) =>
    row.forEach(([symbol, target], k) => {
      rowSymbol[rowFirst[node]! + k] = symbol;
      rowTarget[rowFirst[node]! + k] = target;
    }),
  );
  // The first node whose pattern ends at each node: the node itself or its dictionary link.
  const firstHit = Int32Array.from(dictionary, (link, node) => (trie.output[node] !== NONE ? node : link));
  const output = Int32Array.from(trie.output);

  /** The state after reading `symbol` in state `node`: one row search, no failure links. */
  function next(node: number, symbol: number): number {
    const last = rowFirst[node + 1]!;
    for (let k = rowFirst[node]!; k < last; k++) {
      const rowSym = rowSymbol[k]!;
      if (rowSym === symbol) return rowTarget[k]!;
      if (rowSym > symbol) break; // sorted: the symbol is not in the row
    }
    return rootNext[symbol]!;
  }

  /** Reads text[from, to) from state `node`, reports the matches ending there, returns the last state. */
  function scanRange(
    text: string,
    from: number,
    to: number,
    node: number,
    onMatch: (pattern: number, end: number) => void,
  ): number {
    for (let i = from; i < to; i++) {
      const symbol = symbolOf[text.charCodeAt(i)]!;
      // A unit that no pattern contains ends every partial match.
      node = symbol === NO_SYMBOL ? ROOT : next(node, symbol);
      // Patterns ending here: the node's own (longest), then shorter ones along dictionary links.
      for (let hit = firstHit[node]!; hit !== NONE; hit = dictionary[hit]!) onMatch(output[hit]!, i + 1);
    }
    return node;
  }

  function scan(
    text: string,
    onMatch: (pattern: number, end: number) => void,
    stats?: ScanStats,
    gaps: ArrayLike<number> = [],
  ): void {
    let matches = 0;
    const counted = (pattern: number, end: number): void => {
      matches++;
      onMatch(pattern, end);
    };
    const report = stats ? counted : onMatch;
    // The text between gaps, read as one: the state carries over each gap.
    let node = ROOT;
    let from = 0;
    let read = 0;
    for (let g = 0; g <= gaps.length; g += 2) {
      const to = g < gaps.length ? gaps[g]! : text.length;
      node = scanRange(text, from, to, node, report);
      read += to - from;
      if (g < gaps.length) from = gaps[g + 1]!;
    }
    if (stats) stats.steps += read + matches;
  }

  return { size: patterns.length, lengths: patterns.map((pattern) => pattern.length), scan };
}

let identity: Uint16Array | null = null;
/** The fold table that changes nothing, built once. */
function identityTable(): Uint16Array {
  identity ??= Uint16Array.from({ length: CODE_UNITS }, (_, unit) => unit);
  return identity;
}

function buildTrie(patterns: readonly string[], symbolAt: (text: string, i: number) => number): Trie {
  const children: Map<number, number>[] = [new Map()];
  const output: number[] = [NONE];
  patterns.forEach((pattern, index) => {
    if (pattern.length === 0) throw new Error('Aho-Corasick: empty pattern');
    let node = ROOT;
    for (let i = 0; i < pattern.length; i++) {
      const symbol = symbolAt(pattern, i);
      const edges = children[node]!;
      let child = edges.get(symbol);
      if (child === undefined) {
        child = children.length;
        children.push(new Map());
        output.push(NONE);
        edges.set(symbol, child);
      }
      node = child;
    }
    if (output[node] !== NONE) throw new Error(`Aho-Corasick: duplicate pattern "${pattern}"`);
    output[node] = index;
  });
  return { children, output };
}

/**
 * Breadth-first (a failure node is always shallower, so its row is ready): failure links (the longest
 * proper suffix that is also a trie path), each node's row (its own edges, then its failure node's row
 * for the other symbols) and dictionary links (nearest node on the failure chain that ends a pattern).
 */
function buildRows(trie: Trie, rootNext: Int32Array): { rows: Row[]; dictionary: Int32Array } {
  const nodeCount = trie.children.length;
  const fail = new Int32Array(nodeCount);
  const rows: Row[] = new Array<Row>(nodeCount);
  rows[ROOT] = []; // the root's transitions are rootNext itself
  const dictionary = new Int32Array(nodeCount).fill(NONE);
  const delta = (node: number, symbol: number): number =>
    rows[node]!.find(([rowSymbol]) => rowSymbol === symbol)?.[1] ?? rootNext[symbol]!;

  const queue: number[] = [];
  for (const child of trie.children[ROOT]!.values()) {
    fail[child] = ROOT;
    queue.push(child);
  }
  for (let head = 0; head < queue.length; head++) {
    const node = queue[head]!;
    const own = trie.children[node]!;
    const inherited = rows[fail[node]!]!.filter(([symbol]) => !own.has(symbol));
    rows[node] = [...own, ...inherited].sort((a, b) => a[0] - b[0]);
    for (const [symbol, child] of own) {
      fail[child] = delta(fail[node]!, symbol);
      const suffix = fail[child]!;
      dictionary[child] = trie.output[suffix] !== NONE ? suffix : dictionary[suffix]!;
      queue.push(child);
    }
  }
  return { rows, dictionary };
}
