/**
 * A filter that tells where in a page an approximate match of a pattern can possibly be, so that the
 * (exact but slow, about 100 ns per character) bit-parallel search runs on a few short regions instead
 * of the whole page.
 *
 * The q-gram lemma: a substring within k edits of a pattern of length m shares at least (m − 1) − 2k of
 * the pattern's bigram positions (each edit destroys at most two). So a window of the page of length
 * m + k holding fewer positions that start one of the pattern's bigrams cannot contain a match. Chinese
 * text has thousands of distinct bigrams, so for quotes of report text the filter leaves little to search.
 *
 * The index is a small open-addressing hash table from bigram to a slice of one flat array of positions
 * (ascending), built in two linear passes: a page of 50,000 characters takes well under a millisecond.
 */
import { partitionPoint } from '../partition-point';

export class BigramIndex {
  private readonly bits: number;
  private readonly keys: Uint32Array;
  private readonly used: Uint8Array;
  private readonly starts: Int32Array;
  private readonly counts: Int32Array;
  private readonly flat: Int32Array;
  private readonly length: number;

  constructor(text: string) {
    const n = text.length;
    this.length = n;
    let bits = 4;
    while (1 << bits < 2 * n) bits++;
    this.bits = bits;
    const size = 1 << bits;
    this.keys = new Uint32Array(size);
    this.used = new Uint8Array(size);
    this.counts = new Int32Array(size);
    this.starts = new Int32Array(size);
    const slotOf = new Int32Array(Math.max(0, n - 1));
    for (let i = 0; i + 1 < n; i++) {
      const slot = this.insert(((text.charCodeAt(i) << 16) | text.charCodeAt(i + 1)) >>> 0);
      slotOf[i] = slot;
      this.counts[slot]!++;
    }
    let offset = 0;
    for (let s = 0; s < size; s++) {
      this.starts[s] = offset;
      offset += this.counts[s]!;
    }
    this.flat = new Int32Array(offset);
    const fill = this.starts.slice();
    for (let i = 0; i + 1 < n; i++) this.flat[fill[slotOf[i]!]!++] = i;
  }

  /**
   * Merged regions [start, end) within [from, to) that may hold a match of `pattern` with at most
   * `maxErrors` edits. When the lemma gives no threshold (short pattern, many errors) the whole range
   * is returned.
   */
  regions(pattern: string, maxErrors: number, from: number, to: number): Array<[number, number]> {
    if (to <= from) return [];
    const m = pattern.length;
    let threshold = m - 1 - 2 * maxErrors;
    if (threshold <= 0) return [[from, to]];
    // The pattern's distinct bigrams (by slot), with their multiplicity in the pattern.
    const slots: number[] = [];
    const multiplicity = new Map<number, number>();
    for (let i = 0; i + 1 < m; i++) {
      const slot = this.find(((pattern.charCodeAt(i) << 16) | pattern.charCodeAt(i + 1)) >>> 0);
      if (slot < 0) continue; // not in the page: contributes no hits
      const seen = multiplicity.get(slot);
      if (seen === undefined) slots.push(slot);
      multiplicity.set(slot, (seen ?? 0) + 1);
    }
    // Leaving a bigram out lowers the guaranteed count by its multiplicity; leave out the most frequent
    // ones in the page (，推 发展 …) while half the threshold remains: far fewer positions to look at.
    slots.sort((a, b) => this.counts[b]! - this.counts[a]!);
    let budget = threshold - Math.max(1, Math.ceil(threshold / 2));
    let k = 0;
    for (; k < slots.length; k++) {
      const mult = multiplicity.get(slots[k]!)!;
      if (mult > budget) break;
      budget -= mult;
      threshold -= mult;
    }
    let total = 0;
    for (let j = k; j < slots.length; j++) total += this.counts[slots[j]!]!;
    if (total < threshold) return [];
    const hits = new Int32Array(total);
    let h = 0;
    for (let j = k; j < slots.length; j++) {
      const slot = slots[j]!;
      const begin = this.starts[slot]!;
      const end = begin + this.counts[slot]!;
      for (let i = lowerBound(this.flat, begin, end, from); i < end && this.flat[i]! < to; i++) hits[h++] = this.flat[i]!;
    }
    if (h < threshold) return [];
    const sorted = hits.subarray(0, h).sort();
    const width = m + maxErrors;
    // The match may begin up to 2k + 1 characters before its first surviving bigram; pad both sides.
    const pad = 2 * maxErrors + 2;
    const out: Array<[number, number]> = [];
    let j = 0;
    for (let i = 0; i < h; i++) {
      const start = sorted[i]!;
      while (j < h && sorted[j]! < start + width) j++;
      if (j - i < threshold) continue;
      const a = Math.max(from, start - pad);
      const b = Math.min(to, this.length, start + width + pad);
      const last = out[out.length - 1];
      if (last && a <= last[1]) last[1] = Math.max(last[1], b);
      else out.push([a, b]);
    }
    // Many scattered regions cost more in per-call setup than one pass over the range.
    let covered = 0;
    for (const [a, b] of out) covered += b - a;
    return covered * 2 > to - from ? [[from, to]] : out;
  }

  private hash(key: number): number {
    return Math.imul(key, 0x9e3779b1) >>> (32 - this.bits);
  }

  private insert(key: number): number {
    const mask = (1 << this.bits) - 1;
    let s = this.hash(key);
    while (this.used[s] && this.keys[s] !== key) s = (s + 1) & mask;
    if (!this.used[s]) {
      this.used[s] = 1;
      this.keys[s] = key;
    }
    return s;
  }

  private find(key: number): number {
    const mask = (1 << this.bits) - 1;
    let s = this.hash(key);
    while (this.used[s]) {
      if (this.keys[s] === key) return s;
      s = (s + 1) & mask;
    }
    return -1;
  }
}

/** First index in list[begin, end) whose value is at least `value` (the slice is ascending). */
function lowerBound(list: Int32Array, begin: number, end: number, value: number): number {
  return partitionPoint(begin, end, (i) => list[i]! < value);
}
