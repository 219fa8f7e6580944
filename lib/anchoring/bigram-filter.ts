/**
 * A filter that tells where in a page an approximate match of a pattern can possibly be, so that the
 * (exact but slow, about 100 ns per character) bit-parallel search runs on a few short regions instead
 * of the whole page.
 *
 * The q-gram lemma: a substring within k edits of a pattern of length m shares at least (m − 1) − 2k of
 * the pattern's bigrams (each edit destroys at most two). So any window of the page of length m + k that
 * holds fewer positions starting one of the pattern's bigrams cannot contain a match. Chinese text has
 * thousands of distinct bigrams, so for quotes of report text the filter leaves very little to search.
 */

export class BigramIndex {
  /** Positions (ascending) of each bigram of the indexed text, keyed by the two UTF-16 codes. */
  private readonly positions = new Map<number, number[]>();
  private readonly length: number;

  private count(key: number): number {
    return this.positions.get(key)?.length ?? 0;
  }

  constructor(text: string) {
    this.length = text.length;
    for (let i = 0; i + 1 < text.length; i++) {
      const key = text.charCodeAt(i) * 0x10000 + text.charCodeAt(i + 1);
      const list = this.positions.get(key);
      if (list) list.push(i);
      else this.positions.set(key, [i]);
    }
  }

  /**
   * Merged regions [start, end) within [from, to) that may hold a match of `pattern` with at most
   * `maxErrors` edits. When the lemma gives no threshold (short pattern, many errors) the whole range
   * is returned.
   */
  regions(pattern: string, maxErrors: number, from: number, to: number): Array<[number, number]> {
    const m = pattern.length;
    let threshold = m - 1 - 2 * maxErrors;
    if (threshold <= 0) return to > from ? [[from, to]] : [];
    // The pattern's bigrams with their multiplicity in the pattern.
    const multiplicity = new Map<number, number>();
    for (let i = 0; i + 1 < m; i++) {
      const key = pattern.charCodeAt(i) * 0x10000 + pattern.charCodeAt(i + 1);
      multiplicity.set(key, (multiplicity.get(key) ?? 0) + 1);
    }
    // Leaving a bigram out lowers the guaranteed count by its multiplicity; leave out the most frequent
    // ones in the page (，推 发展 …) while half the threshold remains: far fewer positions to look at.
    const keys = [...multiplicity.keys()].sort((a, b) => this.count(b) - this.count(a));
    let budget = threshold - Math.max(1, Math.ceil(threshold / 2));
    let k = 0;
    for (; k < keys.length; k++) {
      const mult = multiplicity.get(keys[k]!)!;
      if (mult > budget) break;
      budget -= mult;
      threshold -= mult;
    }
    const hits: number[] = [];
    for (; k < keys.length; k++) {
      const list = this.positions.get(keys[k]!);
      if (!list) continue;
      for (let i = lowerBound(list, from); i < list.length && list[i]! < to; i++) hits.push(list[i]!);
    }
    if (hits.length < threshold) return [];
    hits.sort((a, b) => a - b);
    const width = m + maxErrors;
    const out: Array<[number, number]> = [];
    let j = 0;
    for (let i = 0; i < hits.length; i++) {
      const start = hits[i]!;
      while (j < hits.length && hits[j]! < start + width) j++;
      if (j - i < threshold) continue;
      // The match may begin up to 2k + 1 characters before its first surviving bigram; pad both sides.
      const pad = 2 * maxErrors + 2;
      const a = Math.max(from, start - pad);
      const b = Math.min(to, this.length, start + width + pad);
      const last = out[out.length - 1];
      if (last && a <= last[1]) last[1] = Math.max(last[1], b);
      else out.push([a, b]);
    }
    return out;
  }
}

function lowerBound(list: number[], value: number): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (list[mid]! < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
