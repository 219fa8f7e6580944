/**
 * How well a stored prefix or suffix agrees with the text next to a candidate match.
 *
 * The context is compared with edit distance, not character equality, because the edits that move a clip
 * (a word inserted next to it, a figure changed in the sentence before) change a few characters of the
 * context, and the side that touches the quote matters most. So the alignment is anchored at the quote
 * (a prefix must end where the candidate starts, a suffix must start where it ends) and free at the far
 * end (the context may be a few characters longer or shorter in the new text).
 */

let prevRow = new Int32Array(64);
let currRow = new Int32Array(64);

/**
 * Edit distance between `pattern` and the best-aligned run of `text` that touches `at`:
 * direction -1 compares the run ending at `at` (for prefixes), +1 the run starting at `at` (suffixes).
 * At most pattern.length + slack characters of `text` are looked at. O(pattern.length × that).
 */
export function anchoredDistance(pattern: string, text: string, at: number, direction: 1 | -1, slack: number): number {
  const p = pattern.length;
  if (p === 0) return 0;
  const avail = direction < 0 ? at : text.length - at;
  const w = Math.max(0, Math.min(avail, p + slack));
  if (prevRow.length < w + 1) {
    prevRow = new Int32Array(w + 1);
    currRow = new Int32Array(w + 1);
  }
  let prev = prevRow;
  let curr = currRow;
  // Row 0: pattern empty, j text characters consumed from the anchored side, all inserted.
  for (let j = 0; j <= w; j++) prev[j] = j;
  for (let i = 1; i <= p; i++) {
    // Walk the pattern outward from the anchor too: the prefix's last character first.
    const pc = direction < 0 ? pattern.charCodeAt(p - i) : pattern.charCodeAt(i - 1);
    curr[0] = i;
    for (let j = 1; j <= w; j++) {
      const tc = direction < 0 ? text.charCodeAt(at - j) : text.charCodeAt(at + j - 1);
      const sub = prev[j - 1]! + (pc === tc ? 0 : 1);
      const del = prev[j]! + 1;
      const ins = curr[j - 1]! + 1;
      curr[j] = sub < del ? (sub < ins ? sub : ins) : del < ins ? del : ins;
    }
    const t = prev;
    prev = curr;
    curr = t;
  }
  // Free far end: the best over every length of text consumed.
  let best = p;
  for (let j = 0; j <= w; j++) if (prev[j]! < best) best = prev[j]!;
  return best;
}

/** 1 − distance / length: 1 for identical context, about 0 for unrelated text. */
export function contextSimilarity(pattern: string, text: string, at: number, direction: 1 | -1): number {
  if (pattern.length === 0) return 1;
  const slack = Math.max(4, pattern.length >> 2);
  return 1 - anchoredDistance(pattern, text, at, direction, slack) / pattern.length;
}
