import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../lib/analyze';

const corpus = join(import.meta.dirname, '../fixtures/corpus');

function figures(text: string) {
  return analyze(text).targets.map((t) => text.slice(t.valueStart, t.valueEnd));
}

// DOMAIN.md "Numbers that are not indicators": none of these may come out as a target or a result.
describe('numbers that measure nothing', () => {
  const cases: [string, string][] = [
    ['dates and sessions', '2022年3月28日在咸阳市第九届人民代表大会第一次会议上'],
    ['a date in Chinese numerals', '二〇一九年一月九日在市第十六届人民代表大会第三次会议上'],
    ['a masked year and months', '****年*-*月份，全区项目建设进展顺利'],
    ['list markers', '一、过去五年工作回顾（三）坚持创新驱动1.加快产业升级一是强化项目支撑'],
    ['quoted slogans', '全力做好“六稳”“六保”工作，深刻领悟“两个确立”的决定性意义，增强“四个意识”'],
    ['numbered plan names', '“十四五”规划顺利收官，构建“1+1+6+N”政策体系，打造“544”现代产业体系和工业互联网4.0版'],
    ['counts that structure the speech', '重点做好以下7个方面工作，打好七大攻坚仗'],
    ['一 inside words', '一批重大项目加快推进，建设一流营商环境，推进区域一体化，进一步统一思想'],
    ['masked names', '加快X门建设，推进X楚科创城和X城市群发展'],
    ['numbers in names', '细颗粒物PM2.5治理，建成5G基站，加快G20峰会成果落实'],
    ['size classes and thresholds', '打造千亿级产业集群，新引进亿元以上项目，培植税收过千万元企业'],
    ['ages that name a group', '为80岁以上老人发放高龄津贴，对满3岁儿童发放补贴，每千人口拥有3岁以下婴幼儿托位'],
  ];
  for (const [what, sentence] of cases) {
    it(`${what}: ${sentence}`, () => {
      expect(figures(sentence)).toEqual([]);
    });
  }

  it('reports no year, date, ordinal, list marker or quoted slogan anywhere in the 40 corpus texts', () => {
    const bad: string[] = [];
    const dirs = ['', 'reports', 'reports-2025-provinces'];
    for (const dir of dirs) {
      for (const f of readdirSync(join(corpus, dir)).filter((f) => f.endsWith('.txt'))) {
        const text = readFileSync(join(corpus, dir, f), 'utf8');
        for (const t of analyze(text).targets) {
          const value = text.slice(t.valueStart, t.valueEnd);
          const before = text.slice(Math.max(0, t.valueStart - 1), t.valueStart);
          const around = text.slice(Math.max(0, t.valueStart - 8), t.valueEnd + 8);
          if (/^(?:19|20)\d\d年/.test(value) || /^\d{1,2}月\d{1,2}日/.test(value) || /^[*＊]{4}年/.test(value)) bad.push(`date ${around}`);
          if (before === '第') bad.push(`ordinal ${around}`);
          if (/^[一二三四五六七八九十]+、$/.test(value)) bad.push(`marker ${around}`);
        }
      }
    }
    expect(bad).toEqual([]);
  });
});
