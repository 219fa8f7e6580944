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
/** Code points kept from a name: with the prefix and date the name stays far below 255 UTF-8 bytes. */
const MAX_NAME_CODE_POINTS = 60;

/** The collection name as a piece of a file name: forbidden characters and whitespace runs become '-'. */
export function sanitizeFileNamePart(name: string): string {
  let part = name
    .normalize('NFC')
    .replace(FORBIDDEN, '-')
    .replace(/\s+/g, '-')
    .replace(/-{2,}/g, '-');
  // Cut by code point so that a rare astral character is never split into half a surrogate pair.
  part = [...part].slice(0, MAX_NAME_CODE_POINTS).join('');
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
