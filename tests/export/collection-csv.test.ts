import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { COLLECTION_CSV_HEADERS, collectionToCsv } from '../../lib/export/collection-csv';
import { cities, provinces, sampleData } from './collection-sample-clips';

/**
 * Read CSV the way Excel does with a UTF-8 file: a leading BOM marks the encoding and is not part of the
 * first cell; RFC 4180 quoting ("" inside quotes, CR/LF inside quotes kept); rows end with CRLF.
 */
function readAsExcel(bytes: Uint8Array): string[][] {
  const hasBom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  const csv = new TextDecoder('utf-8', { ignoreBOM: true }).decode(hasBom ? bytes.subarray(3) : bytes);
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < csv.length; i++) {
    const c = csv[i]!;
    if (quoted) {
      if (c === '"' && csv[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"' && cell === '') quoted = true;
    else if (c === ',') {
      row.push(cell);
      cell = '';
    } else if (c === '\r' && csv[i + 1] === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      i++;
    } else cell += c;
  }
  if (cell !== '' || row.length > 0) throw new Error('last row does not end with CRLF');
  return rows;
}

const encode = (s: string) => new TextEncoder().encode(s);

describe('collectionToCsv', () => {
  const data = sampleData();
  const csv = collectionToCsv(data);
  const rows = readAsExcel(encode(csv));
  const header = rows[0]!;
  const col = (name: string) => header.indexOf(name);

  it('is UTF-8 with a BOM, one header row in Chinese and one row per target', () => {
    expect([...encode(csv).subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(header).toEqual(COLLECTION_CSV_HEADERS.zh);
    const targets = data.clips.reduce((n, c) => n + c.targets.length, 0);
    expect(rows).toHaveLength(1 + targets);
    expect(rows.every((r) => r.length === header.length)).toBe(true);
  });

  it('carries each target with its report, region, year and section', () => {
    const tianmen = rows.filter((r) => r[col('地区')] === '天门市');
    expect(tianmen.map((r) => [r[col('指标')], r[col('数值')], r[col('单位')], r[col('限定词')], r[col('类型')], r[col('时期')]])).toEqual([
      ['地区生产总值', '8', '%', '左右', '目标', '2022'],
      ['一般公共预算收入', '12', '%', '', '目标', '2022'],
      ['固定资产投资', '15', '%', '', '目标', '2022'],
      ['规上工业增加值', '10', '%', '', '目标', '2022'],
      ['社会消费品零售总额', '15', '%', '', '目标', '2022'],
      ['城镇居民人均可支配收入', '11', '%', '', '目标', '2022'],
      ['农村居民人均可支配收入', '12', '%', '', '目标', '2022'],
    ]);
    const first = tianmen[0]!;
    expect(first[col('合集')]).toBe(cities.name);
    expect(first[col('报告')]).toBe('2022年天门市政府工作报告');
    expect(first[col('年份')]).toBe('2022');
    expect(first[col('章节')]).toBe('2022年主要工作安排');
    const results = rows.filter((r) => r[col('类型')] === '实绩');
    expect(results.map((r) => r[col('指标')])).toContain('规上工业增加值');
    expect(results.every((r) => r[col('地区')] === '湖北省' && r[col('章节')] === '2024年工作回顾')).toBe(true);
  });

  it('writes a masked value as an empty cell flagged 遮蔽, never as 0', () => {
    const masked = rows.find((r) => r[col('原文')] === 'GDP增长X%左右')!;
    expect(masked[col('数值')]).toBe('');
    expect(masked[col('遮蔽')]).toBe('是');
    expect(masked[col('报告')]).toBe('市发改委2022年工作要点'); // no report title found: the page title
    expect(masked[col('地区')]).toBe('');
  });

  it('keeps commas, quotes and line breaks of notes, and guards formula-like notes', () => {
    const hubeiRows = rows.filter((r) => r[col('网址')] === data.clips[0]!.source.url && r[col('类型')] === '目标');
    expect(hubeiRows).toHaveLength(data.clips[0]!.targets.length);
    for (const r of hubeiRows) {
      expect(r[col('笔记')]).toBe('湖北：经济增长"6%左右"，高于全国, 见第二部分\n与广东对比');
      expect(r[col('标签')]).toBe('GDP、就业、主要预期目标');
    }
    // The note 2024年实绩 =上年基数 does not start with =, so it is left alone.
    expect(rows.filter((r) => r[col('笔记')] === '2024年实绩 =上年基数').length).toBe(data.clips[2]!.targets.length);
    const formula = collectionToCsv({ collections: data.collections, clips: [{ ...data.clips[4]!, note: '=HYPERLINK("http://x","点击")' }] });
    expect(readAsExcel(encode(formula))[1]![col('笔记')]).toBe(`'=HYPERLINK("http://x","点击")`);
  });

  it('writes the same cells for the same clips in English with machine codes', () => {
    const en = readAsExcel(encode(collectionToCsv(data, { headers: 'en' })));
    expect(en[0]).toEqual(COLLECTION_CSV_HEADERS.en);
    expect(en).toHaveLength(rows.length);
    const kinds = new Set(en.slice(1).map((r) => r[en[0]!.indexOf('kind')]));
    expect(kinds).toEqual(new Set(['target', 'result']));
    const masked = en.find((r) => r[en[0]!.indexOf('text')] === 'GDP增长X%左右')!;
    expect([masked[en[0]!.indexOf('masked')], masked[en[0]!.indexOf('comparison')]]).toEqual(['true', 'about']);
    expect(en[1]![en[0]!.indexOf('tags')]).toBe('GDP; 就业; 主要预期目标');
  });

  it('one collection only; clips without targets only when asked', () => {
    const one = readAsExcel(encode(collectionToCsv(data, { collectionId: provinces.id })));
    expect(new Set(one.slice(1).map((r) => r[0]))).toEqual(new Set([provinces.name]));
    expect(one.some((r) => r[col('原文')] === '新质生产力')).toBe(false);
    const all = readAsExcel(encode(collectionToCsv(data, { collectionId: provinces.id, includeClipsWithoutTargets: true })));
    const keywordRow = all.find((r) => r[col('原文')] === '新质生产力')!;
    expect(keywordRow[col('指标')]).toBe('');
    expect(keywordRow[col('章节')]).toBe(data.clips[3]!.section);
    expect(all).toHaveLength(one.length + 1);
  });

  it('has only the header row for an empty collection, and can leave out the BOM', () => {
    const empty = collectionToCsv({ collections: [cities], clips: [] }, { bom: false });
    expect(empty).toBe(COLLECTION_CSV_HEADERS.zh.join(',') + '\r\n');
  });
});

describe('notes survive the CSV whatever they hold', () => {
  it('reads back cell for cell (formula-like notes come back with the guard quote)', () => {
    const piece = fc.constantFrom('，', ',', '"', '""', '“', '\n', '\r\n', '\r', '\t', '=', '+', '-', '@', '😀', ' ', '左右');
    const note = fc.array(fc.oneof(piece, fc.string({ maxLength: 5 })), { maxLength: 10 }).map((p) => p.join(''));
    fc.assert(
      fc.property(note, (n) => {
        const data = sampleData();
        const clip = { ...data.clips[4]!, note: n };
        const rows = readAsExcel(encode(collectionToCsv({ collections: data.collections, clips: [clip] })));
        const col = rows[0]!.indexOf('笔记');
        expect(rows).toHaveLength(1 + clip.targets.length);
        const expected = /^[=+\-@\t\r]/.test(n) ? `'${n}` : n;
        for (const r of rows.slice(1)) expect(r[col]).toBe(expected);
      }),
      { numRuns: 100 },
    );
  });
});
