import fc from 'fast-check';
import { expect, it } from 'vitest';
import { foldForMatching, fromOriginal, toOriginalSpan } from '../../lib/anchoring/fold';
import { readReport } from './corpus';

const SENTENCE = '今年经济社会发展的主要预期目标是：地区生产总值增长5%以上，一般公共预算收入增长2%左右';

it('folds the variants a copied or re-typed page produces to one form', () => {
  const variants = [
    SENTENCE,
    SENTENCE.replace(/，/g, ',').replace(/：/g, ':'), // ASCII punctuation
    SENTENCE.replace(/，/g, ', ').replace(/：/g, ': '), // ASCII punctuation with spaces
    SENTENCE.replace(/5%/g, '５％').replace(/2%/g, '２％'), // full-width digits
    [...SENTENCE].join(' '), // a space between every character
    SENTENCE.replace('：', '：\n  '), // a line break and indentation
  ];
  const folded = variants.map((v) => foldForMatching(v).text);
  for (const f of folded) expect(f).toBe(folded[0]);
  expect(folded[0]).toBe('今年经济社会发展的主要预期目标是：地区生产总值增长5%以上，一般公共预算收入增长2%左右');
});

it('folds quotes, dashes, ○ and letter case', () => {
  expect(foldForMatching('"六稳""六保"').text).toBe(foldForMatching('“六稳”“六保”').text);
  expect(foldForMatching('6%—6.5%').text).toBe(foldForMatching('6%-6.5%').text);
  expect(foldForMatching('二○二五年').text).toBe('二〇二五年');
  expect(foldForMatching('GDP增长').text).toBe(foldForMatching('gdp增长').text);
  expect(foldForMatching('1,200万人').text).toBe('1200万人'); // thousands separator (lib/text/normalize)
});

it('maps folded spans back to the text as given', () => {
  const spaced = '预期目标是: 地区 生产 总值增长 5% 以上';
  const f = foldForMatching(spaced);
  const at = f.text.indexOf('地区生产总值');
  const span = toOriginalSpan(f, at, at + '地区生产总值'.length);
  expect(spaced.slice(span.start, span.end)).toBe('地区 生产 总值');
  expect(fromOriginal(f, spaced.indexOf('地区'))).toBe(at);
  // An offset on dropped whitespace maps to the next kept character.
  expect(fromOriginal(f, spaced.indexOf(' 地区'))).toBe(at);
  expect(fromOriginal(f, spaced.length)).toBe(f.text.length);
});

it('every folded character comes from one original character, in order (property, real text)', () => {
  const text = readReport('reports/2022_天门市.txt');
  fc.assert(
    fc.property(fc.nat({ max: text.length - 1 }), fc.integer({ min: 1, max: 300 }), (start, len) => {
      const piece = text.slice(start, start + len);
      const f = foldForMatching(piece);
      expect(f.origin.length).toBe(f.text.length);
      for (let i = 1; i < f.origin.length; i++) expect(f.origin[i]!).toBeGreaterThan(f.origin[i - 1]!);
      for (const o of f.origin) expect(o).toBeLessThan(piece.length);
    }),
    { numRuns: 200 },
  );
});
