/**
 * The plan year on openings the provincial corpus does not have: a title without a year, a dateline under
 * it, and a review that opens with last year ("2022年是…").
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../lib/analyze';

const REVIEW_OPENING = '2022年是党和国家历史上极为重要的一年。全年国内生产总值增长3%，城镇新增就业1206万人。';
const PLAN = '今年发展主要预期目标是：国内生产总值增长5%左右；城镇新增就业1200万人左右。';

function report(dateline: string): string {
  return ['政府工作报告', dateline, '各位代表：', '一、过去一年工作回顾', REVIEW_OPENING, '二、对今年政府工作的建议', PLAN].join('\n');
}

describe('plan year from the dateline', () => {
  it('reads the year a report was given in, not the year its review opens with', () => {
    const a = analyze(report('——2023年3月5日在第十四届全国人民代表大会第一次会议上'));
    expect(a.year).toBe(2023);
    const growth = a.targets.find((t) => t.indicator.includes('国内生产总值') && t.value === 5)!;
    expect(growth.kind).toBe('target');
    expect(growth.period).toBe('2023');
    const past = a.targets.find((t) => t.value === 3)!;
    expect(past.kind).toBe('result');
  });

  it('takes the dateline in brackets, with spaces and zero-padded months, as local reports write it', () => {
    expect(analyze(report('（2019年 03月04日在呼伦贝尔市海拉尔区第十五届人民代表大会第三次会议上）')).year).toBe(2019);
    expect(analyze(report('2026年2月3日在湖南省第十四届人民代表大会第四次会议上')).year).toBe(2026);
  });

  it('does not take a publication line for a dateline', () => {
    // A news page's "2026年02月10日 07时41分 来源：…" is when the page went up, not a session of congress.
    const text = ['政府工作报告', '2026年02月10日 07时41分 来源：四川日报', '各位代表：', REVIEW_OPENING].join('\n');
    expect(analyze(text).year).toBe(2022);
  });

  it('keeps the year of the title line before the dateline', () => {
    const text = readFileSync('tests/fixtures/corpus/reports/2022_咸阳市.txt', 'utf8');
    expect(analyze(text).year).toBe(2022);
  });

  it('a duty report or bulletin titled with the year it looks back on belongs to the next; its figures to that year', () => {
    const duty = analyze(readFileSync('tests/fixtures/corpus/2022_市发改委_述职报告_含遮蔽数字.txt', 'utf8'));
    expect(duty.title).toBe('发改委2022年工作述职报告');
    expect(duty.year).toBe(2023);
    const results = duty.targets.filter((t) => t.kind === 'result');
    expect(results.length).toBeGreaterThan(30);
    expect(results.every((t) => t.period === '2022')).toBe(true);
    const bulletin = analyze('某县2022年国民经济和社会发展统计公报\n全年实现地区生产总值262.6亿元，同比增长5.3%。');
    expect(bulletin.year).toBe(2023);
    expect(bulletin.targets.map((t) => [t.kind, t.period])).toEqual([
      ['result', '2022'],
      ['result', '2022'],
    ]);
  });
});
