import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { scanQuantities } from '../../lib/numbers/scan';
import { normalize } from '../../lib/text/normalize';

// Every text of the corpus: four 发改委 documents, five flattened 2022 reports, 31 provincial 2025 reports.
const root = join(__dirname, '../fixtures/corpus');
const files = [
  ...readdirSync(root).filter((f) => f.endsWith('.txt')),
  ...readdirSync(join(root, 'reports')).map((f) => `reports/${f}`),
  ...readdirSync(join(root, 'reports-2025-provinces')).map((f) => `reports-2025-provinces/${f}`),
];
const scanned = files.map((file) => {
  const text = normalize(readFileSync(join(root, file), 'utf8')).text;
  return { file, text, quantities: scanQuantities(text) };
});

describe('corpus sweep', () => {
  it('covers all 40 texts', () => {
    expect(files).toHaveLength(40);
  });

  it('finds no year, ordinal or masked name in any text', () => {
    const bad: string[] = [];
    for (const { file, text, quantities } of scanned) {
      for (const q of quantities) {
        const context = `${file}: ${text.slice(Math.max(0, q.start - 6), q.end + 4)}`;
        if (/^(19|20)\d\d年/.test(q.raw) || /^[*Xx]+年/.test(q.raw)) bad.push(`year ${context}`);
        if (text[q.start - 1] === '第') bad.push(`ordinal ${context}`);
        if (q.masked && q.unit === '') bad.push(`masked name ${context}`);
        if (q.raw !== text.slice(q.start, q.end)) bad.push(`raw ${context}`);
      }
    }
    expect(bad).toEqual([]);
  });

  it('finds every X% and *% of the 发改委 documents as masked percentages', () => {
    for (const { file, text, quantities } of scanned.filter((s) => s.file.startsWith('2022_'))) {
      const expected: number[] = [];
      for (const m of text.matchAll(/-?[X*]+(\.[X*]+)?%/g)) expected.push(m.index!);
      const found = quantities.filter((q) => q.masked && q.unit === '%').map((q) => q.start);
      expect(found, file).toEqual(expected);
    }
    // Two of the four documents hide their figures.
    const masked = scanned.filter((s) => s.quantities.some((q) => q.masked)).map((s) => s.file);
    expect(masked).toEqual(expect.arrayContaining(['2022_市发改委_工作要点_含占位符.txt', '2022_区发改委_工作总结与2023谋划_含遮蔽数字.txt']));
  });

  it('finds the masked names of the work plan nowhere (X门, X楚, X城市群)', () => {
    const plan = scanned.find((s) => s.file === '2022_市发改委_工作要点_含占位符.txt')!;
    for (const q of plan.quantities) expect(plan.text.slice(q.end, q.end + 1), q.raw).not.toMatch(/[门楚城]/);
    // Read from the text: GDP增长X%左右 … X个专项规划, X亿元以上新开工项目 … 储备粮X万公斤 … 达到X%以上.
    expect(plan.quantities.filter((q) => q.masked).map((q) => q.raw)).toEqual([
      'X%', 'X%', 'X%', 'X%', 'X个', 'X个', 'X亿元', 'X个', 'X个', 'X个', 'X个', 'X个', 'X%', 'X万千瓦', 'X千伏', 'X千伏',
      'X万公斤', 'X万公斤', 'X万公斤', 'X%', 'X%',
    ]);
  });

  it('reads the headline targets of a provincial report in order (2025年河北省)', () => {
    const hebei = scanned.find((s) => s.file.endsWith('2025年河北省.txt'))!;
    const at = hebei.text.indexOf('主要预期目标是');
    expect(at).toBeGreaterThan(0);
    const end = hebei.text.indexOf('\n', at);
    const head = hebei.quantities.filter((q) => q.start > at && q.end < end).map((q) => q.raw);
    // 地区生产总值增长5%以上，一般公共预算收入增长2%左右，规上工业增加值增长5.5%左右，固定资产投资增长5.5%左右，
    // 社会消费品零售总额增长5%左右。居民人均可支配收入增长5%左右，居民消费价格指数涨幅控制在2%左右，城镇调查失业率控制在5.5%左右。
    expect(head.slice(0, 8)).toEqual(['5%', '2%', '5.5%', '5.5%', '5%', '5%', '2%', '5.5%']);
  });

  it('finds quantities in every report (each text has figures)', () => {
    for (const { file, quantities } of scanned.filter((s) => s.file.startsWith('reports'))) {
      expect(quantities.length, file).toBeGreaterThan(60);
    }
  });
});
