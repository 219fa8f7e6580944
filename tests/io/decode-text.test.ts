import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DecodeError, decodeHtml, decodeText, sniffHtmlCharset } from '../../lib/io/decode-text';

const corpus = 'tests/fixtures/corpus/reports-2025-provinces/2025年北京市.txt';
const beijing = readFileSync(corpus, 'utf8');
const beijingLines = beijing.split('\n');
// tests/fixtures/text/2025年北京市-节选.gbk.txt was made with `iconv -f utf-8 -t gbk` from these lines.
const excerpt = [...beijingLines.slice(0, 5), beijingLines[9]!].join('\n') + '\n';
const sentence = '预计全市地区生产总值增长5.2%左右，一般公共预算收入增长3.1%，城镇调查失业率4.1%左右';

function errorOf(f: () => unknown): DecodeError {
  try {
    f();
  } catch (e) {
    if (e instanceof DecodeError) return e;
    throw e;
  }
  throw new Error('expected a DecodeError');
}

describe('decodeText', () => {
  it('reads UTF-8 without BOM (a corpus file)', () => {
    const r = decodeText(readFileSync(corpus));
    expect(r.encoding).toBe('utf-8');
    expect(r.text).toBe(beijing);
  });

  it('drops a UTF-8 BOM', () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(sentence)]);
    const r = decodeText(bytes);
    expect(r).toEqual({ text: sentence, encoding: 'utf-8' });
  });

  it('reads UTF-16 LE and BE by their BOM', () => {
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(sentence, 'utf16le')]);
    expect(decodeText(le)).toEqual({ text: sentence, encoding: 'utf-16le' });
    const be = Buffer.from(le);
    be.swap16(); // FF FE → FE FF and every code unit big-endian
    expect(decodeText(be)).toEqual({ text: sentence, encoding: 'utf-16be' });
  });

  it('reads GBK bytes produced by iconv as GB18030', () => {
    const bytes = readFileSync('tests/fixtures/text/2025年北京市-节选.gbk.txt');
    // really not UTF-8: the guess must come from the GB18030 path
    expect(() => new TextDecoder('utf-8', { fatal: true }).decode(bytes)).toThrow();
    const r = decodeText(bytes);
    expect(r.encoding).toBe('gb18030');
    expect(r.text).toBe(excerpt);
    expect(r.text).toContain(sentence);
  });

  it('rejects an empty or whitespace-only file', () => {
    expect(errorOf(() => decodeText(new Uint8Array())).code).toBe('empty');
    expect(errorOf(() => decodeText(new TextEncoder().encode(' \r\n\t\n'))).code).toBe('empty');
    expect(errorOf(() => decodeText(new Uint8Array([0xef, 0xbb, 0xbf]))).message).toBe('empty file');
  });

  it('rejects binary data: NUL bytes or many control characters', () => {
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48]);
    expect(errorOf(() => decodeText(png)).code).toBe('binary');
    const controls = new Uint8Array(200).map((_, i) => (i % 5 === 0 ? 0x01 : 0x41));
    expect(errorOf(() => decodeText(controls)).code).toBe('binary');
    // a zip (.docx) header
    const zip = new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00]);
    expect(errorOf(() => decodeText(zip)).message).toMatch(/^binary file/);
  });

  it('rejects bytes that are neither UTF-8 nor Chinese in GB18030', () => {
    // Latin-1 "Café crème résumé": invalid UTF-8; as GB18030 it would read as rare non-Chinese characters
    const latin1 = Buffer.from('Caf\u00e9 cr\u00e8me r\u00e9sum\u00e9 \u00e0 la fran\u00e7aise', 'latin1');
    const e = errorOf(() => decodeText(latin1));
    expect(e.code).toBe('undecodable');
    expect(e.message).not.toContain('\n');
  });
});

describe('decodeHtml', () => {
  const gbkBody = readFileSync('tests/fixtures/text/2025年北京市-节选.gbk.txt');
  const page = (meta: string, body: Uint8Array) =>
    Buffer.concat([Buffer.from(`<html><head>${meta}<title>t</title></head><body><p>`), body, Buffer.from('</p></body></html>')]);

  it('finds the charset in <meta charset> and in http-equiv', () => {
    expect(sniffHtmlCharset(Buffer.from('<meta charset="GB2312">'))).toBe('gb2312');
    expect(sniffHtmlCharset(Buffer.from('<META http-equiv="Content-Type" content="text/html; charset=gbk" />'))).toBe('gbk');
    expect(sniffHtmlCharset(Buffer.from('<html><body>no meta</body></html>'))).toBeNull();
  });

  it('honours a GB2312 declaration', () => {
    const r = decodeHtml(page('<meta http-equiv="Content-Type" content="text/html; charset=gb2312">', gbkBody));
    expect(r.encoding).toBe('gb18030');
    expect(r.text).toContain(sentence);
  });

  it('reads valid UTF-8 as UTF-8 even under a stale GBK declaration', () => {
    const r = decodeHtml(page('<meta charset="gbk">', new TextEncoder().encode(sentence)));
    expect(r.encoding).toBe('utf-8');
    expect(r.text).toContain(sentence);
  });

  it('guesses GBK when the page declares nothing', () => {
    const r = decodeHtml(page('', gbkBody));
    expect(r.encoding).toBe('gb18030');
    expect(r.text).toContain('城镇调查失业率4.1%左右');
  });
});
