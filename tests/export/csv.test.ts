import { describe, expect, it } from 'vitest';
import { csvCell, toCsv } from '../../lib/export/csv';

/** A minimal RFC 4180 reader, to check that what we write reads back to the same cells. */
function parseCsv(csv: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < csv.length; i++) {
    const c = csv[i]!;
    if (quoted) {
      if (c === '"' && csv[i + 1] === '"') { cell += '"'; i++; }
      else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') { row.push(cell); cell = ''; }
    else if (c === '\r' && csv[i + 1] === '\n') { row.push(cell); rows.push(row); row = []; cell = ''; i++; }
    else cell += c;
  }
  return rows;
}

describe('csvCell', () => {
  it('leaves plain Chinese text alone and quotes , " CR LF', () => {
    expect(csvCell('地区生产总值增长5%左右')).toBe('地区生产总值增长5%左右');
    expect(csvCell('财政总收入和地方级财政收入分别增长5%和3.5%左右,')).toBe('"财政总收入和地方级财政收入分别增长5%和3.5%左右,"');
    expect(csvCell('打造“1+1+6+N”产业体系')).toBe('打造“1+1+6+N”产业体系'); // full-width quotes need nothing
    expect(csvCell('say "6.5%"')).toBe('"say ""6.5%"""');
    expect(csvCell('第一行\n第二行')).toBe('"第一行\n第二行"');
    expect(csvCell('a\rb')).toBe('"a\rb"');
  });

  it('guards text that a spreadsheet would run as a formula, but never numbers', () => {
    expect(csvCell('=HYPERLINK("http://x","y")')).toBe(`"'=HYPERLINK(""http://x"",""y"")"`);
    expect(csvCell('+86')).toBe("'+86");
    expect(csvCell('-3.5%')).toBe("'-3.5%");
    expect(csvCell('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvCell(-3.5)).toBe('-3.5');
    expect(csvCell(0)).toBe('0');
  });

  it('writes empty cells for null, undefined and non-finite numbers', () => {
    expect(csvCell(null)).toBe('');
    expect(csvCell(undefined)).toBe('');
    expect(csvCell(Number.NaN)).toBe('');
    expect(csvCell(true)).toBe('true');
  });
});

describe('toCsv', () => {
  const rows = [
    ['指标', '数值', '原文'],
    ['城镇调查失业率', 5.5, '城镇调查失业率控制在5.5%以内，城镇新增就业1100万人以上'],
    ['居民消费价格', 3, '居民消费价格涨幅3%左右,"稳"字当头'],
  ];

  it('starts with a BOM, ends every row with CRLF, and reads back to the same cells', () => {
    const csv = toCsv(rows);
    expect(csv.startsWith('\uFEFF指标,数值,原文\r\n')).toBe(true);
    expect(csv.endsWith('\r\n')).toBe(true);
    expect(csv.split('\r\n')).toHaveLength(4);
    expect(parseCsv(csv.slice(1))).toEqual(rows.map((r) => r.map(String)));
  });

  it('can leave out the BOM', () => {
    expect(toCsv([['a']], { bom: false })).toBe('a\r\n');
  });

  it('encodes the BOM as the UTF-8 bytes EF BB BF', () => {
    expect([...new TextEncoder().encode(toCsv([['目标']])).slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  });
});
