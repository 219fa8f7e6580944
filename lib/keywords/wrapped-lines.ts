/*
 * Reports copied from PDFs or old pages are often hard-wrapped: a line break (with indentation around
 * it) can fall inside a term, 推动高质量\n发展. The normaliser keeps line breaks for the outline parser,
 * so the keyword matcher reads across them itself: it scans the text with every line-break run removed
 * and maps the hits back. Only runs that contain a line break are removed; a space inside a line
 * (AI PC, 5G 网络) still separates words.
 */

export interface JoinedLines {
  /** The text without line-break runs. */
  text: string;
  /** For each code unit of `text`, its offset in the original; null when nothing was removed. */
  offsets: Int32Array | null;
}

function isLineBreak(unit: number): boolean {
  return unit === 0x0a || unit === 0x0d;
}

/** Spaces that indent or trail a wrapped line: space, tab, no-break space, ideographic space. */
function isBlank(unit: number): boolean {
  return unit === 0x20 || unit === 0x09 || unit === 0xa0 || unit === 0x3000;
}

/**
 * Line breaks are rare (one per paragraph, or per 20–40 characters in a hard-wrapped copy), so the join
 * jumps from break to break with indexOf and widens each break to its run of blanks and breaks, instead
 * of classifying every code unit; the kept stretches are copied whole.
 */
export function joinWrappedLines(text: string): JoinedLines {
  const breaks = new LineBreakFinder(text);
  let lineBreak = breaks.next(0);
  if (lineBreak === -1) return { text, offsets: null };
  const offsets = new Int32Array(text.length);
  const kept: string[] = [];
  let length = 0;
  let keptFrom = 0; // start of the text after the last dropped run
  while (lineBreak !== -1) {
    // The maximal run of blanks and line breaks around this break is dropped.
    let runStart = lineBreak;
    while (runStart > keptFrom && isBlank(text.charCodeAt(runStart - 1))) runStart--;
    let runEnd = lineBreak + 1;
    while (runEnd < text.length && isBlankOrBreak(text.charCodeAt(runEnd))) runEnd++;
    kept.push(text.slice(keptFrom, runStart));
    for (let k = keptFrom; k < runStart; k++) offsets[length++] = k;
    keptFrom = runEnd;
    lineBreak = breaks.next(runEnd);
  }
  kept.push(text.slice(keptFrom));
  for (let k = keptFrom; k < text.length; k++) offsets[length++] = k;
  return { text: kept.join(''), offsets: offsets.subarray(0, length) };
}

function isBlankOrBreak(unit: number): boolean {
  return isLineBreak(unit) || isBlank(unit);
}

/**
 * The next \n or \r from a position. Each kind is searched with indexOf only when the search has passed
 * its last known position, so a text without any \r is searched for one once, not once per line.
 */
class LineBreakFinder {
  private nextFeed = -2; // -2: not searched yet; -1: none left
  private nextReturn = -2;

  constructor(private readonly text: string) {}

  next(from: number): number {
    if (this.nextFeed !== -1 && this.nextFeed < from) this.nextFeed = this.text.indexOf('\n', from);
    if (this.nextReturn !== -1 && this.nextReturn < from) this.nextReturn = this.text.indexOf('\r', from);
    if (this.nextFeed === -1) return this.nextReturn;
    if (this.nextReturn === -1) return this.nextFeed;
    return Math.min(this.nextFeed, this.nextReturn);
  }
}
