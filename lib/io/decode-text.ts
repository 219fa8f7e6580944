/**
 * Bytes of a report file → text. Reports come as UTF-8 (with or without BOM), as UTF-16 from Word's
 * "Unicode text" export, and — on older government sites and Windows tools — as GBK/GB2312, which
 * GB18030 decodes as a superset. Pure: TextDecoder only (Node with full ICU and every browser have gb18030).
 */

export type TextEncodingName = 'utf-8' | 'utf-16le' | 'utf-16be' | 'gb18030';

export type DecodeErrorCode = 'empty' | 'binary' | 'undecodable';

/** A file that is not text we can read; `message` is one line meant for the user. */
export class DecodeError extends Error {
  readonly code: DecodeErrorCode;
  constructor(code: DecodeErrorCode, message: string) {
    super(message);
    this.name = 'DecodeError';
    this.code = code;
  }
}

export interface DecodedText {
  text: string;
  encoding: TextEncodingName;
}

const MESSAGES: Record<DecodeErrorCode, string> = {
  empty: 'empty file',
  binary: 'binary file (not text)',
  undecodable: 'cannot decode the file as UTF-8, UTF-16 or GB18030 text',
};

function fail(code: DecodeErrorCode): never {
  throw new DecodeError(code, MESSAGES[code]);
}

/** Strict decode: null when the bytes are not valid in that encoding. */
function tryDecode(bytes: Uint8Array, encoding: TextEncodingName): string | null {
  try {
    // ignoreBOM false (default): a matching BOM is consumed, never returned as U+FEFF.
    return new TextDecoder(encoding, { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
}

function bomEncoding(bytes: Uint8Array): TextEncodingName | null {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8';
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  return null;
}

/**
 * NUL bytes never occur in 8-bit text; many C0 controls (other than tab, line feed, form feed, carriage
 * return, escape) mean an image, a .docx zip, a PDF and so on. Only the first 64 KiB are examined.
 */
function looksBinary(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, 65536);
  let controls = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i]!;
    if (b === 0) return true;
    if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0c && b !== 0x0d && b !== 0x1b) controls++;
  }
  return controls > Math.max(8, n * 0.01);
}

const CJK = /[\u3000-\u303f\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff00-\uffef]/u;

/**
 * Text decoded as GB18030 from bytes that are not UTF-8 is trusted only when most of its non-ASCII
 * characters are Chinese characters or CJK punctuation: GB18030 accepts almost any byte sequence, so
 * Latin-1 or random bytes would otherwise "decode" into rare characters.
 */
function mostlyCjk(text: string): boolean {
  let nonAscii = 0;
  let cjk = 0;
  for (const ch of text) {
    if (ch.charCodeAt(0) < 0x80) continue;
    nonAscii++;
    if (CJK.test(ch)) cjk++;
  }
  return nonAscii > 0 && cjk / nonAscii >= 0.8;
}

/** Decode text bytes, guessing the encoding: BOM, then strict UTF-8, then GB18030 if it reads as Chinese. */
export function decodeText(bytes: Uint8Array): DecodedText {
  if (bytes.length === 0) fail('empty');
  const bom = bomEncoding(bytes);
  if (bom) {
    const text = tryDecode(bytes, bom);
    if (text === null) fail('undecodable');
    if (text.trim() === '') fail('empty');
    return { text, encoding: bom };
  }
  if (looksBinary(bytes)) fail('binary');
  const utf8 = tryDecode(bytes, 'utf-8');
  if (utf8 !== null) {
    if (utf8.trim() === '') fail('empty');
    return { text: utf8, encoding: 'utf-8' };
  }
  const gb = tryDecode(bytes, 'gb18030');
  if (gb !== null && mostlyCjk(gb)) return { text: gb, encoding: 'gb18030' };
  fail('undecodable');
}

/** Labels of the GBK family as they appear in <meta charset> (WHATWG maps all of them to GB18030/GBK). */
const GB_LABELS = new Set(['gbk', 'gb2312', 'gb_2312-80', 'gb18030', 'x-gbk', 'chinese', 'csgb2312', 'iso-ir-58']);
const UTF8_LABELS = new Set(['utf-8', 'utf8', 'unicode-1-1-utf-8']);

/** The charset an HTML page declares in its first 4 KiB (<meta charset> or http-equiv Content-Type), lower-cased. */
export function sniffHtmlCharset(bytes: Uint8Array): string | null {
  // latin1 maps every byte to one char, so ASCII markup is readable whatever the real encoding is.
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 4096));
  const m = /<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_:.-]+)/i.exec(head);
  return m ? m[1]!.toLowerCase() : null;
}

/**
 * Decode an HTML page: a BOM wins, then the declared charset when the bytes are valid in it, then the
 * same guessing as for plain text (pages saved or converted by tools often keep a stale declaration).
 */
export function decodeHtml(bytes: Uint8Array): DecodedText {
  if (bytes.length === 0) fail('empty');
  if (bomEncoding(bytes) || looksBinary(bytes)) return decodeText(bytes);
  const declared = sniffHtmlCharset(bytes);
  if (declared && (GB_LABELS.has(declared) || UTF8_LABELS.has(declared))) {
    // Long GBK text is practically never valid UTF-8, while UTF-8 Chinese often passes as GB18030:
    // bytes that are valid UTF-8 are read as UTF-8 whatever a (stale) GBK declaration says.
    const utf8 = tryDecode(bytes, 'utf-8');
    const decoded: DecodedText | null =
      utf8 !== null
        ? { text: utf8, encoding: 'utf-8' }
        : GB_LABELS.has(declared)
          ? mapNullable(tryDecode(bytes, 'gb18030'), (text) => ({ text, encoding: 'gb18030' }))
          : null;
    if (decoded) {
      if (decoded.text.trim() === '') fail('empty');
      return decoded;
    }
  }
  return decodeText(bytes);
}

function mapNullable<T, U>(value: T | null, f: (v: T) => U): U | null {
  return value === null ? null : f(value);
}
