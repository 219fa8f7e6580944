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

export function joinWrappedLines(text: string): JoinedLines {
  if (!/[\r\n]/.test(text)) return { text, offsets: null };
  const offsets = new Int32Array(text.length);
  const kept: string[] = [];
  let length = 0;
  let segmentStart = 0; // start of the text kept since the last dropped run
  let i = 0;
  while (i < text.length) {
    if (!isLineBreak(text.charCodeAt(i)) && !isBlank(text.charCodeAt(i))) {
      offsets[length++] = i++;
      continue;
    }
    // A run of blanks and line breaks: dropped if it holds a line break, kept as it is otherwise.
    const runStart = i;
    let hasBreak = false;
    while (i < text.length && (isLineBreak(text.charCodeAt(i)) || isBlank(text.charCodeAt(i)))) {
      hasBreak ||= isLineBreak(text.charCodeAt(i));
      i++;
    }
    if (hasBreak) {
      kept.push(text.slice(segmentStart, runStart));
      segmentStart = i;
    } else {
      for (let k = runStart; k < i; k++) offsets[length++] = k;
    }
  }
  kept.push(text.slice(segmentStart));
  return { text: kept.join(''), offsets: offsets.subarray(0, length) };
}
