/**
 * Sentence spans over normalised text (full-width clause punctuation, \n kept; see normalize.ts).
 *
 * The targets module reads a number's sentence for cue words (力争, 同比 …) and the clause before it for the
 * indicator (lib/targets/frame.ts finds that clause itself), so spans are trimmed of spaces and never empty. Quotes are kept whole when they close soon:
 * “…。…” is a quotation inside one sentence, and “一主引领、两翼驱动” is one name, not two clauses.
 */
import { charTable } from './char-table';
import type { Span } from './types';
import { partitionPoint } from '../partition-point';

const NL = 0x0a;
const SPACE = 0x20;

const SENTENCE_END = charTable('。！？；');
/** Closing marks that belong to the sentence they follow: 。” 。） 。』 */
const TRAILING_CLOSERS = charTable('”’）」』》"\'');

/** Opening mark → closing mark (0: not an opening mark), for the pairs that keep a quotation or an aside whole. */
const CLOSER_OF = new Uint16Array(0x10000);
CLOSER_OF[0x201c] = 0x201d; // “ ”
CLOSER_OF[0x2018] = 0x2019; // ‘ ’
CLOSER_OF[0x300c] = 0x300d; // 「 」
CLOSER_OF[0x300e] = 0x300f; // 『 』
CLOSER_OF[0x300a] = 0x300b; // 《 》
/** Quotations longer than this are more likely an unbalanced quote mark than a real quotation. */
const MAX_QUOTE = 300;

/**
 * Where the quotation opened at `i` closes (index of the closing mark), or -1 when it does not close on
 * this line within MAX_QUOTE units (a stray mark must not swallow the rest of the text).
 */
function closingOf(text: string, i: number, limit: number): number {
  const open = text.charCodeAt(i);
  const close = CLOSER_OF[open]!;
  if (close === 0) return -1;
  const end = Math.min(limit, i + 1 + MAX_QUOTE);
  for (let k = i + 1; k < end; k++) {
    const c = text.charCodeAt(k);
    if (c === close) return k;
    if (c === NL || c === open) return -1;
  }
  return -1;
}

function pushTrimmed(out: Span[], text: string, start: number, end: number): void {
  while (start < end && text.charCodeAt(start) === SPACE) start++;
  while (end > start && text.charCodeAt(end - 1) === SPACE) end--;
  if (end > start) out.push({ start, end });
}

/**
 * Sentences: split after 。！？； and at line breaks. The end mark (and closing quotes or brackets right after
 * it) is part of the sentence; the line break is not. A 。 inside a quotation that closes on the same line
 * does not end the sentence.
 */
export function splitSentences(text: string): Span[] {
  const out: Span[] = [];
  const n = text.length;
  let start = 0;
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (c === NL) {
      pushTrimmed(out, text, start, i);
      start = ++i;
      continue;
    }
    if (CLOSER_OF[c] !== 0) {
      const close = closingOf(text, i, n);
      if (close > 0) {
        i = close + 1;
        continue;
      }
    } else if (SENTENCE_END[c] === 1) {
      let end = i + 1;
      // 。。 / ？！ and closing marks after the end mark stay with this sentence.
      while (end < n && (SENTENCE_END[text.charCodeAt(end)] === 1 || TRAILING_CLOSERS[text.charCodeAt(end)] === 1)) end++;
      pushTrimmed(out, text, start, end);
      start = i = end;
      continue;
    }
    i++;
  }
  pushTrimmed(out, text, start, n);
  return out;
}

/** The sentence containing offset `pos` (binary search over `sentences`), or null between sentences. */
export function sentenceAt(sentences: readonly Span[], pos: number): Span | null {
  const s = sentences[partitionPoint(0, sentences.length, (i) => sentences[i]!.end <= pos)];
  return s && s.start <= pos ? s : null;
}
