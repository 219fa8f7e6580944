/**
 * Names for exported files: 政府工作报告-<collection name>-<YYYY-MM-DD>.<ext>. The collection name is kept
 * (Chinese included) but made safe for Windows, macOS and Linux file systems, because users save these
 * files next to each other and find them again by name.
 */

export type ExportKind = 'collection-json' | 'targets-json' | 'csv' | 'markdown' | 'web-annotation';

const EXTENSION: Record<ExportKind, string> = {
  'collection-json': 'json',
  'targets-json': 'json',
  csv: 'csv',
  markdown: 'md',
  'web-annotation': 'jsonld',
};

/** A word that tells the two JSON exports apart (the full export needs none: it is the default). */
const KIND_WORD: Record<ExportKind, string> = {
  'collection-json': '',
  'targets-json': '指标',
  csv: '',
  markdown: '',
  'web-annotation': '',
};

/** Characters no common file system accepts in a name (Windows is the strictest), and control characters. */
// eslint-disable-next-line no-control-regex
const FORBIDDEN = /[\\/:*?"<>|\u0000-\u001f\u007f]/g;
/** Device names Windows reserves whatever the extension (CON.csv cannot be created). */
const RESERVED = /^(con|prn|aux|nul|com[0-9]|lpt[0-9])$/i;
/** UTF-8 bytes kept from a name: with prefix, kind and date the file name stays below the 255-byte limit. */
const MAX_NAME_BYTES = 150;

function utf8Length(codePoint: number): number {
  return codePoint < 0x80 ? 1 : codePoint < 0x800 ? 2 : codePoint < 0x10000 ? 3 : 4;
}

/** The collection name as a piece of a file name: forbidden characters and whitespace runs become '-'. */
export function sanitizeFileNamePart(name: string): string {
  let part = name
    .normalize('NFC')
    .replace(FORBIDDEN, '-')
    .replace(/\s+/g, '-')
    .replace(/-{2,}/g, '-');
  // Cut by whole code points (a rare astral character is never split into half a surrogate pair), counting
  // UTF-8 bytes, since that is what file systems limit (a Chinese character takes 3, an astral one 4).
  let bytes = 0;
  let kept = '';
  for (const ch of part) {
    bytes += utf8Length(ch.codePointAt(0)!);
    if (bytes > MAX_NAME_BYTES) break;
    kept += ch;
  }
  part = kept;
  // Windows drops trailing dots and spaces; leading dots hide a file on Unix.
  part = part.replace(/^[-.\s]+|[-.\s]+$/g, '');
  if (RESERVED.test(part)) part = `_${part}`;
  return part;
}

/** The local calendar date as YYYY-MM-DD: users think of "the day I exported", not of UTC. */
export function localDateStamp(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

export interface ExportFileNameOptions {
  /** The collection's name, or null for "everything". */
  collectionName: string | null;
  kind: ExportKind;
  date: Date;
  /** First word of the name; 政府工作报告 by default (an English UI may pass gov-report). */
  prefix?: string;
  /** Used instead of the collection name when exporting everything; 全部合集 by default. */
  allLabel?: string;
}

/** 政府工作报告-2024各省目标-2026-11-21.csv, 政府工作报告-全部合集-2026-11-21.json … */
export function exportFileName(options: ExportFileNameOptions): string {
  const prefix = sanitizeFileNamePart(options.prefix ?? '政府工作报告');
  const name = sanitizeFileNamePart(options.collectionName ?? options.allLabel ?? '全部合集');
  const parts = [prefix, name, KIND_WORD[options.kind], localDateStamp(options.date)].filter((p) => p !== '');
  return `${parts.join('-')}.${EXTENSION[options.kind]}`;
}
