/*
 * Reports copied from PDFs or old pages are often hard-wrapped: a line break (with indentation around
 * it) can fall inside a term, 推动高质量\n发展. The normaliser keeps line breaks for the outline parser,
 * so the keyword matcher reads across them itself: it scans the text with every line-break run passed
 * over as a gap (the automaton carries its state across) and its hits span the break. Only runs that
 * contain a line break are gaps; a space inside a line (AI PC, 5G 网络) still separates words.
 */

function isLineBreak(unit: number): boolean {
  return unit === 0x0a || unit === 0x0d;
}

/** Spaces that indent or trail a wrapped line: space, tab, no-break space, ideographic space. */
function isBlank(unit: number): boolean {
  return unit === 0x20 || unit === 0x09 || unit === 0xa0 || unit === 0x3000;
}

function isBlankOrBreak(unit: number): boolean {
  return isLineBreak(unit) || isBlank(unit);
}

/**
 * The maximal runs of blanks and line breaks that hold a line break, as flat [start, end) pairs in
 * order (empty when the text has no line break).
 *
 * Line breaks are rare (one per paragraph, or per 20–40 characters in a hard-wrapped copy), so this jumps
 * from break to break with indexOf and widens each break to its run, instead of classifying every code
 * unit; nothing is copied.
 */
export function lineBreakGaps(text: string): number[] {
  const gaps: number[] = [];
  const breaks = new LineBreakFinder(text);
  let gapEnd = 0; // end of the last gap
  for (let lineBreak = breaks.next(0); lineBreak !== -1; lineBreak = breaks.next(gapEnd)) {
    let start = lineBreak;
    while (start > gapEnd && isBlank(text.charCodeAt(start - 1))) start--;
    gapEnd = lineBreak + 1;
    while (gapEnd < text.length && isBlankOrBreak(text.charCodeAt(gapEnd))) gapEnd++;
    gaps.push(start, gapEnd);
  }
  return gaps;
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
