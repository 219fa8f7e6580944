import { expect, it } from 'vitest';
import { CONTEXT_LENGTH, describe } from '../../lib/anchoring';
import { readReport, uniqueOffset } from './corpus';

const hebei = readReport('reports-2025-provinces/2025年河北省.txt');

it('stores the exact text, 32 characters either side, and the offsets, under their W3C names', () => {
  const quote = '全省生产总值增长5.4%，规上工业增加值增长7.5%';
  const start = uniqueOffset(hebei, quote);
  const sel = describe(hebei, start, start + quote.length);
  expect(CONTEXT_LENGTH).toBe(32);
  expect(sel.quote).toEqual({
    type: 'TextQuoteSelector',
    exact: quote,
    prefix: hebei.slice(start - 32, start),
    suffix: hebei.slice(start + quote.length, start + quote.length + 32),
  });
  expect(sel.quote.prefix.endsWith('经济强省、美丽河北建设迈出坚实步伐。')).toBe(true);
  expect(sel.quote.suffix.startsWith('，固定资产投资增长6.8%')).toBe(true);
  expect(sel.position).toEqual({ type: 'TextPositionSelector', start, end: start + quote.length });
  // Plain JSON: what storage and the Web Annotation export will hold.
  expect(JSON.parse(JSON.stringify(sel))).toEqual(sel);
});

it('clips the context at the bounds of the text', () => {
  const title = '2025年河北省政府工作报告';
  expect(hebei.startsWith(title)).toBe(true);
  const head = describe(hebei, 0, title.length);
  expect(head.quote.prefix).toBe('');
  expect(head.quote.suffix).toHaveLength(32);
  const end = hebei.length;
  const tail = describe(hebei, end - 10, end);
  expect(tail.quote.suffix).toBe('');
  expect(tail.quote.prefix).toBe(hebei.slice(end - 42, end - 10));
});

it('never cuts a surrogate pair in the context (rare CJK extension characters in names)', () => {
  // 𠮷 (U+20BB7) is two UTF-16 units; place it where a 32-unit cut would split it.
  const s31 = '继续把抓有效投资、上优质项目作为主攻方向，劲头不松、力度不减。实施'.slice(0, 31);
  expect(s31).toHaveLength(31);
  const before = '𠮷' + s31 + '投资'; // the prefix window of 投资 starts on the low half of 𠮷
  const a = describe(before, 33, 35);
  expect(a.quote.exact).toBe('投资');
  expect(a.quote.prefix).toBe(s31);
  const after = '投资' + s31 + '𠮷'; // the suffix window of 投资 ends after the high half of 𠮷
  const b = describe(after, 0, 2);
  expect(b.quote.suffix).toBe(s31);
  // A whole pair inside the window is kept.
  expect(describe('投' + s31.slice(0, 30) + '𠮷。', 0, 1).quote.suffix).toBe(s31.slice(0, 30) + '𠮷');
});

it('rejects empty, reversed and out-of-range spans', () => {
  expect(() => describe(hebei, 10, 10)).toThrow(RangeError);
  expect(() => describe(hebei, 20, 10)).toThrow(RangeError);
  expect(() => describe(hebei, -1, 10)).toThrow(RangeError);
  expect(() => describe(hebei, 0, hebei.length + 1)).toThrow(RangeError);
  expect(() => describe(hebei, 0.5, 10)).toThrow(RangeError);
});
