/**
 * Longest-first word lookup at a position without slicing: words are bucketed by the char code of their
 * first (or last) character, so a lookup tries only the few words that can match there and never makes a
 * one-character string to look the bucket up. Used on every quantity's surroundings, so it stays
 * allocation-free, and loops by index: until the JIT has compiled it (the first page a fresh service
 * worker analyses), for…of pays for an iterator and a result object per step.
 */
export class WordIndex {
  private readonly byFirst = new Map<number, string[]>();
  private readonly byLast = new Map<number, string[]>();

  constructor(words: readonly string[]) {
    const sorted = [...new Set(words)].sort((a, b) => b.length - a.length);
    for (const w of sorted) {
      push(this.byFirst, w.charCodeAt(0), w);
      push(this.byLast, w.charCodeAt(w.length - 1), w);
    }
  }

  /** The longest word that starts at `from` and ends at or before `to`, or null. */
  startingAt(text: string, from: number, to: number = text.length): string | null {
    const bucket = this.byFirst.get(text.charCodeAt(from));
    if (!bucket) return null;
    for (let i = 0; i < bucket.length; i++) {
      const w = bucket[i]!;
      if (w.length <= to - from && text.startsWith(w, from)) return w;
    }
    return null;
  }

  /** The longest word that ends at `to` and starts at or after `from`, or null. */
  endingAt(text: string, to: number, from = 0): string | null {
    const bucket = this.byLast.get(text.charCodeAt(to - 1));
    if (!bucket) return null;
    for (let i = 0; i < bucket.length; i++) {
      const w = bucket[i]!;
      if (w.length <= to - from && text.endsWith(w, to)) return w;
    }
    return null;
  }

  has(word: string): boolean {
    return this.byFirst.get(word.charCodeAt(0))?.includes(word) ?? false;
  }
}

function push(map: Map<number, string[]>, key: number, word: string): void {
  const list = map.get(key);
  if (list) list.push(word);
  else map.set(key, [word]);
}
