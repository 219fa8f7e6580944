import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { foldChar, mapSpan, normalize } from '../../lib/text/normalize';

const corpus = join(__dirname, '../fixtures/corpus');

describe('normalize: width and punctuation', () => {
  it('folds full-width digits, letters and number punctuation to ASCII', () => {
    expect(normalize('增长６．５％，ＧＤＰ，＊％，Ｘ％').text).toBe('增长6.5%，GDP，*%，X%');
    expect(normalize('５％～６％，5%〜6%').text).toBe('5%~6%，5%~6%');
  });

  it('turns half-width clause punctuation into the Chinese forms (2022_咸阳市 uses , and :)', () => {
    const line = '各位代表:现在,我代表市人民政府,向大会作工作报告,请予审议;(一)抓项目!好吗?';
    expect(normalize(line).text).toBe('各位代表：现在，我代表市人民政府，向大会作工作报告，请予审议；（一）抓项目！好吗？');
  });

  it('drops thousands separators but keeps list commas, and keeps colons between digits', () => {
    expect(normalize('城镇新增就业1,200万人，12,000,000元，1,200.5亿元').text).toBe('城镇新增就业1200万人，12000000元，1200.5亿元');
    expect(normalize('1,2,3号线；2021,2022年；0,123').text).toBe('1，2，3号线；2021，2022年；0，123');
    expect(normalize('10:30开会;比例1:1').text).toBe('10:30开会；比例1:1');
    expect(normalize('城乡居民收入比缩小至2.04∶1').text).toBe('城乡居民收入比缩小至2.04:1');
  });
});

describe('normalize: whitespace', () => {
  it('drops spaces between CJK, digits and number punctuation; keeps one elsewhere', () => {
    expect(normalize('地 区 生 产 总 值 增长 6 . 5 %').text).toBe('地区生产总值增长6.5%');
    expect(normalize('1 200 万人').text).toBe('1200万人');
    expect(normalize('GDP   增长\u3000\u00a0X%').text).toBe('GDP 增长 X%');
    expect(normalize('PM2.5 浓度').text).toBe('PM2.5浓度');
  });

  it('removes zero-width characters and trims line ends, keeping line breaks', () => {
    expect(normalize('\ufeff一、过去五年\u200b工作回顾  \r\n  （一）抓项目\r二、').text).toBe('一、过去五年工作回顾\n（一）抓项目\n二、');
  });

  it('joins a flattened report line the way the 2022 reports read (2022_咸阳市)', () => {
    const line = '2022年咸阳市政府工作报告2022年3月28日在咸阳市第九届人民代表大会第一次会议上咸阳市代市长 冷劲松各位代表:现在,我代表市人民政府';
    expect(normalize(line).text).toBe(
      '2022年咸阳市政府工作报告2022年3月28日在咸阳市第九届人民代表大会第一次会议上咸阳市代市长冷劲松各位代表：现在，我代表市人民政府',
    );
  });
});

describe('normalize: offset map', () => {
  it('maps spans back to the original slice', () => {
    const original = '人均可支配收入 1,200 元，增长 ６．５ ％ 左右';
    const n = normalize(original);
    expect(n.text).toBe('人均可支配收入1200元，增长6.5%左右');
    const at = n.text.indexOf('6.5%');
    const span = mapSpan(n, at, at + 4);
    expect(original.slice(span.start, span.end)).toBe('６．５ ％');
    const money = n.text.indexOf('1200元');
    const m = mapSpan(n, money, money + 5);
    expect(original.slice(m.start, m.end)).toBe('1,200 元');
    // The end of the text maps to the end of the original; empty spans stay empty.
    expect(n.toOriginalStart(n.text.length)).toBe(original.length);
    expect(n.toOriginalEnd(n.text.length)).toBe(original.length);
    expect(mapSpan(n, 3, 3)).toEqual({ start: 3, end: 3 });
    expect(n.toOriginalEnd(0)).toBe(0);
  });

  it('keeps the original text and is exact on a whole corpus file', () => {
    const original = readFileSync(join(corpus, 'reports/2022_天门市.txt'), 'utf8');
    const n = normalize(original);
    expect(n.original).toBe(original);
    for (let i = 0; i < n.text.length; i++) {
      const o = n.toOriginalStart(i);
      expect(n.toOriginalEnd(i + 1)).toBe(o + 1);
      const folded = foldChar(original[o]!);
      // ':' between digits is the one context-dependent fold.
      if (folded !== n.text[i] && !(original[o] === ':' && n.text[i] === ':')) {
        expect.fail(`offset ${i}: ${JSON.stringify(n.text[i])} from ${JSON.stringify(original[o])}`);
      }
    }
  });

  const messy = fc.array(
    fc.constantFrom(...'地区生产总值增长6.5%１２３４５６７８９０．％，,:;()!? \u3000\u00a0\t\u200b\ufeff\n\r\r\nGDPＧＤＰX*＊～.-'.split('')),
    { maxLength: 80 },
  ).map((a) => a.join(''));

  it('is monotone and maps every character to an original character that folds to it (property)', () => {
    fc.assert(
      fc.property(messy, (original) => {
        const n = normalize(original);
        let last = -1;
        for (let i = 0; i < n.text.length; i++) {
          const o = n.toOriginalStart(i);
          if (o <= last || o >= original.length) return false;
          last = o;
          const ch = n.text[i]!;
          const src = original[o]!;
          if (foldChar(src) !== ch && !(src === ':' && ch === ':')) return false;
        }
        return n.toOriginalStart(n.text.length) === original.length;
      }),
      { numRuns: 2000 },
    );
  });

  it('normalises full-width versions of ASCII numeric strings to the ASCII string (property)', () => {
    const numeric = fc
      .tuple(fc.nat({ max: 10_000_000 }), fc.option(fc.nat({ max: 99 })), fc.constantFrom('', '%', '+', '-', '*', '/', '~', '<', '>', '='))
      .map(([int, frac, tail]) => `${int}${frac === null ? '' : `.${frac}`}${tail}`);
    const toFullWidth = (s: string) => [...s].map((c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0)).join('');
    fc.assert(fc.property(numeric, (s) => normalize(toFullWidth(s)).text === s && normalize(s).text === s));
  });
});
