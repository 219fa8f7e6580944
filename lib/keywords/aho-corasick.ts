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
 *   lexicon, twenty at most), sorted by symbol. Most reads do not continue a term, so a 32-bit mask per
 *   node (bit `symbol % 32` set for each symbol in the row) sends them to the root's transition without
 *   searching the row.
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

/**
 * Each node's row (see the file comment), flattened: node n's row is symbols/targets[bounds[2n] ..
 * bounds[2n + 1]), sorted by symbol; mask[n] has bit (symbol % 32) set for every symbol in it.
 */
interface Rows {
  bounds: Int32Array;
  symbols: Uint16Array;
  targets: Int32Array;
  mask: Int32Array;
}

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

  const trie = buildTrie(patterns, symbolOf);
  const rootNext = new Int32Array(symbolCount + 1).fill(ROOT);
  trie.children[ROOT]!.forEach((child, symbol) => (rootNext[symbol] = child));
  const { rows, dictionary } = buildRows(trie, rootNext);
  const { bounds, symbols, targets, mask } = rows;
  // The first node whose pattern ends at each node: the node itself or its dictionary link.
  const firstHit = Int32Array.from(dictionary, (link, node) => (trie.output[node] !== NONE ? node : link));
  const output = Int32Array.from(trie.output);

  /** The state after reading `symbol` in state `node`: at most one short row search, no failure links. */
  function next(node: number, symbol: number): number {
    // `>>>` takes the shift count mod 32: the bit for symbol % 32.
    if (((mask[node]! >>> symbol) & 1) === 0) return rootNext[symbol]!;
    const last = bounds[2 * node + 1]!;
    for (let k = bounds[2 * node]!; k < last; k++) {
      const rowSymbol = symbols[k]!;
      if (rowSymbol === symbol) return targets[k]!;
      if (rowSymbol > symbol) break; // sorted: the symbol is not in the row
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

function buildTrie(patterns: readonly string[], symbolOf: Uint16Array): Trie {
  const children: Map<number, number>[] = [new Map()];
  const output: number[] = [NONE];
  patterns.forEach((pattern, index) => {
    if (pattern.length === 0) throw new Error('Aho-Corasick: empty pattern');
    let node = ROOT;
    for (let i = 0; i < pattern.length; i++) {
      const symbol = symbolOf[pattern.charCodeAt(i)]!;
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
 * Breadth-first, so a node's failure node (always shallower) already has its row: failure links (the
 * longest proper suffix that is also a trie path), each node's row (its own edges merged with its failure
 * node's row, its own edge winning on a shared symbol) and dictionary links (nearest node on the failure
 * chain that ends a pattern). Rows are written straight into growing typed arrays, in BFS order.
 */
function buildRows(trie: Trie, rootNext: Int32Array): { rows: Rows; dictionary: Int32Array } {
  const nodeCount = trie.children.length;
  const fail = new Int32Array(nodeCount);
  const dictionary = new Int32Array(nodeCount).fill(NONE);
  const bounds = new Int32Array(2 * nodeCount); // the root's row is empty: its transitions are rootNext
  const mask = new Int32Array(nodeCount);
  let symbols = new Uint16Array(4 * nodeCount);
  let targets = new Int32Array(4 * nodeCount);
  let used = 0;

  /** The complete transition from `node` (whose row is built) on `symbol`. */
  const delta = (node: number, symbol: number): number => {
    for (let k = bounds[2 * node]!; k < bounds[2 * node + 1]!; k++) if (symbols[k] === symbol) return targets[k]!;
    return rootNext[symbol]!;
  };
  const append = (symbol: number, target: number): void => {
    if (used === symbols.length) {
      const grownSymbols = new Uint16Array(2 * used);
      grownSymbols.set(symbols);
      symbols = grownSymbols;
      const grownTargets = new Int32Array(2 * used);
      grownTargets.set(targets);
      targets = grownTargets;
    }
    symbols[used] = symbol;
    targets[used++] = target;
  };

  const queue: number[] = [];
  trie.children[ROOT]!.forEach((child) => {
    fail[child] = ROOT;
    queue.push(child);
  });
  // The current node's edges, sorted by symbol (insertion sort: a node has a few edges).
  const ownSymbols = new Int32Array(rootNext.length);
  const ownTargets = new Int32Array(rootNext.length);
  let ownCount = 0;
  const addOwn = (child: number, symbol: number): void => {
    let i = ownCount++;
    for (; i > 0 && ownSymbols[i - 1]! > symbol; i--) {
      ownSymbols[i] = ownSymbols[i - 1]!;
      ownTargets[i] = ownTargets[i - 1]!;
    }
    ownSymbols[i] = symbol;
    ownTargets[i] = child;
  };
  for (let head = 0; head < queue.length; head++) {
    const node = queue[head]!;
    ownCount = 0;
    trie.children[node]!.forEach(addOwn);

    // Merge two sorted lists: the node's own edges and its failure node's row.
    const failNode = fail[node]!;
    let k = bounds[2 * failNode]!;
    const inheritedEnd = bounds[2 * failNode + 1]!;
    bounds[2 * node] = used;
    for (let e = 0; e < ownCount; e++) {
      const symbol = ownSymbols[e]!;
      for (; k < inheritedEnd && symbols[k]! < symbol; k++) append(symbols[k]!, targets[k]!);
      if (k < inheritedEnd && symbols[k] === symbol) k++; // the own edge replaces the inherited one
      append(symbol, ownTargets[e]!);
    }
    for (; k < inheritedEnd; k++) append(symbols[k]!, targets[k]!);
    bounds[2 * node + 1] = used;
    for (let r = bounds[2 * node]!; r < used; r++) mask[node]! |= 1 << (symbols[r]! & 31);

    for (let e = 0; e < ownCount; e++) {
      const child = ownTargets[e]!;
      fail[child] = delta(failNode, ownSymbols[e]!);
      const suffix = fail[child]!;
      dictionary[child] = trie.output[suffix] !== NONE ? suffix : dictionary[suffix]!;
      queue.push(child);
    }
  }
  return { rows: { bounds, symbols, targets, mask }, dictionary };
}
