/**
 * Line-level structure that has no ordinal marker: the title line, appendices (附件1 / 名词解释), chapter
 * headings written without a marker (2024年工作回顾 on a line of its own, as in some provincial reports),
 * and where the closing words (各位代表！…) begin.
 */
import type { RawHeading } from './sequence';

export interface Line {
  start: number;
  /** Offset of the line break (or the text's end). */
  end: number;
  /** The line without surrounding whitespace. */
  trimmed: string;
  /** Offset of `trimmed` in the text. */
  trimmedStart: number;
}

/** All lines, in one pass. */
export function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  for (;;) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    const raw = text.slice(start, end);
    const lead = raw.length - raw.trimStart().length;
    lines.push({ start, end, trimmed: raw.trim(), trimmedStart: start + lead });
    if (end >= text.length) break;
    start = end + 1;
  }
  return lines;
}

/** The first non-empty line when it reads as a title (short, no full stop), else null. */
export function titleLine(lines: Line[]): Line | null {
  const first = lines.find((l) => l.trimmed.length > 0);
  if (!first || first.trimmed.length > 60 || /[。！？；]/.test(first.trimmed)) return null;
  if (/^[一二三四五六七八九十]+、|^[（(][一二三四五六七八九十]+[）)]/.test(first.trimmed)) return null;
  return first;
}

const APPENDIX_RE = /^(附件|附表|附录)\s*(\d{0,2})\s*[:：]?\s*(.*)$/;
const NOTES_RE = /(名词解释|名词注释|名词说明)$/;

/** A short line that is a title by itself (no clause punctuation). */
function isTitleShaped(s: string, max: number): boolean {
  return s.length >= 2 && s.length <= max && !/[。！？!?，,；;：:]/.test(s);
}

/** 附件1 (its title on the same or the next line), 附件2 名词解释, 名词解释: each starts an appendix. */
export function findAppendices(lines: Line[]): RawHeading[] {
  const out: RawHeading[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const s = line.trimmed;
    if (s.length === 0 || s.length > 40) continue;
    const m = APPENDIX_RE.exec(s);
    if (m) {
      const marker = (m[1] ?? '') + (m[2] ?? '');
      out.push({
        start: line.trimmedStart,
        end: line.trimmedStart + s.indexOf(marker) + marker.length,
        marker,
        family: 'appendix',
        ordinal: 1,
        rank: 1,
        atLineStart: true,
      });
      // 附件1 ⏎ 2025年省十件民生实事: the title is the next line, not an appendix of its own.
      if ((m[3] ?? '') === '') i++;
      continue;
    }
    if (NOTES_RE.test(s) && isTitleShaped(s, 30)) {
      out.push({ start: line.trimmedStart, end: line.trimmedStart, marker: '', family: 'appendix', ordinal: 1, rank: 1, atLineStart: true });
    }
  }
  return out;
}

const CHAPTER_END =
  /(?:回顾|总结|安排|建议|要求|目标|任务|工作|建设|思路|打算|谋划|成效|情况|举措)$/;

/**
 * Chapter headings without a marker, in line-broken text: a short line ending on a heading word
 * (2024年工作回顾, 2025年工作安排建议, 加强政府自身建设) followed by a longer paragraph. Used only when a
 * document has no 一、 headings, where such lines are its chapters.
 */
export function findUnmarkedChapters(lines: Line[], title: Line | null): RawHeading[] {
  const out: RawHeading[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const s = line.trimmed;
    if (line === title || !isTitleShaped(s, 24) || /\s/.test(s) || !CHAPTER_END.test(s)) continue;
    // Not the title again, and not a line that opens with a marker (those are found by markers.ts).
    if (/报告/.test(s) || /^(?:[一二三四五六七八九十]+[、是]|[（(]|第[一二三四五六七八九十]+|\d{1,2}[.、．])/.test(s)) continue;
    let j = i + 1;
    while (j < lines.length && lines[j]!.trimmed.length === 0) j++;
    const next = lines[j];
    if (!next || next.trimmed.length <= s.length) continue;
    out.push({ start: line.trimmedStart, end: line.trimmedStart, marker: '', family: 'unmarked', ordinal: 1, rank: 1, atLineStart: true });
  }
  return out;
}

const CLOSING_RE = /(?:各位代表|同志们)[！!，,]/g;
const BEFORE_PARAGRAPH = /[。！？!?\n\r]\s*$/;

/**
 * Where the closing words begin: the last paragraph (or, in flattened text, sentence) opening with
 * 各位代表！/ 同志们！ after `after` and before `before`; -1 if there is none.
 */
export function findClosingStart(text: string, after: number, before: number): number {
  let found = -1;
  CLOSING_RE.lastIndex = after;
  for (let m = CLOSING_RE.exec(text); m !== null && m.index < before; m = CLOSING_RE.exec(text)) {
    const lead = text.slice(Math.max(0, m.index - 3), m.index);
    if (m.index === 0 || BEFORE_PARAGRAPH.test(lead)) found = m.index;
  }
  return found;
}
