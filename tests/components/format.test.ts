// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import {
  formatDirection,
  formatKind,
  formatNumber,
  formatPeriod,
  formatQuantity,
  formatSection,
  formatTargetValue,
} from '../../components/format';
import { targetByText } from './corpus-items';

const XIANYANG = 'reports/2022_咸阳市.txt';
const TIANMEN = 'reports/2022_天门市.txt';
const JIZHOU = 'reports/2022_蓟州区.txt';
const FUJIAN = 'reports-2025-provinces/2025年福建省.txt';
const PLAN = '2022_市发改委_工作要点_含占位符.txt';
const SUMMARY = '2022_区发改委_工作总结与2023谋划_含遮蔽数字.txt';

describe('formatTargetValue on real targets', () => {
  it('puts 左右 / 以上 / 以内 after the quantity', () => {
    expect(formatTargetValue(targetByText(XIANYANG, '年均经济增速7%左右'))).toBe('7% 左右');
    expect(formatTargetValue(targetByText(XIANYANG, '粮食产量保持在181万吨以上'))).toBe('181万吨 以上');
    expect(formatTargetValue(targetByText(JIZHOU, '城镇调查失业率控制在4%以内'))).toBe('4% 以内');
    expect(formatTargetValue(targetByText(JIZHOU, 'PM2.5浓度控制在36微克/立方米以内'))).toBe('36微克/立方米 以内');
  });

  it('puts verb-like bounds before the quantity', () => {
    expect(formatTargetValue(targetByText(XIANYANG, '地表水国考断面优良比例不低于77.8%'))).toBe('不低于 77.8%');
    expect(formatTargetValue(targetByText(XIANYANG, '脱贫劳动力全年就业不少于21万人'))).toBe('不少于 21万人');
    expect(formatTargetValue(targetByText(XIANYANG, '全体居民人均可支配收入超过38000元'))).toBe('超过 38000元');
  });

  it('keeps 多 / 余 between the number and the unit, as results write them', () => {
    expect(formatTargetValue(targetByText(TIANMEN, '拆除中小养殖场2600多家'))).toBe('2600多家');
    expect(formatTargetValue(targetByText(TIANMEN, '投资9300多万元'))).toBe('9300多万元');
  });

  it('writes ranges with a dash, repeating % on both ends', () => {
    expect(formatTargetValue(targetByText(FUJIAN, '地区生产总值增长5.0%—5.5%'))).toBe('5%—5.5%');
    expect(formatTargetValue(targetByText(JIZHOU, '2-3个平原旅游重点镇'))).toBe('2—3个');
  });

  it('shows a masked value as X with its unit and qualifier, and says it was hidden', () => {
    expect(formatTargetValue(targetByText(PLAN, 'GDP增长X%左右'))).toBe('X% 左右（数值已遮蔽）');
    expect(formatTargetValue(targetByText(PLAN, '亿元项目X个以上'))).toBe('X个 以上（数值已遮蔽）');
    expect(formatTargetValue(targetByText(SUMMARY, '地区生产总值**亿元'))).toBe('X亿元（数值已遮蔽）');
    expect(formatTargetValue(targetByText(SUMMARY, '规模以上工业增加值同比下降*%'))).toBe('X%（数值已遮蔽）');
  });
});

describe('formatQuantity and formatNumber', () => {
  it('prints numbers without separators or float noise', () => {
    expect(formatNumber(61002)).toBe('61002');
    expect(formatNumber(0.1 + 0.2)).toBe('0.3');
    expect(formatNumber(1.26)).toBe('1.26');
    expect(formatNumber(-3.5)).toBe('-3.5');
  });

  it('writes a quantity without its qualifier', () => {
    expect(formatQuantity(targetByText(XIANYANG, '粮食产量保持在181万吨以上'))).toBe('181万吨');
    expect(formatQuantity(targetByText(PLAN, 'GDP增长X%左右'))).toBe('X%');
  });
});

describe('formatDirection', () => {
  it('shows the direction word', () => {
    expect(formatDirection(targetByText(XIANYANG, '粮食产量保持在181万吨以上'))).toBe('保持在');
    expect(formatDirection(targetByText(SUMMARY, '规模以上工业增加值同比下降*%'))).toBe('下降');
  });

  it('hides it when it only repeats the qualifier, or when there is none', () => {
    expect(formatDirection(targetByText(XIANYANG, '全体居民人均可支配收入超过38000元'))).toBeNull();
    expect(formatDirection(targetByText(XIANYANG, '年均经济增速7%左右'))).toBeNull();
  });
});

describe('formatPeriod / formatSection / formatKind', () => {
  it('adds 年 to a single year and keeps horizons as written', () => {
    expect(formatPeriod(targetByText(XIANYANG, '粮食产量保持在181万吨以上').period)).toBe('2022年');
    expect(formatPeriod(targetByText(XIANYANG, '年均经济增速7%左右').period)).toBe('今后五年');
    expect(formatPeriod(targetByText(XIANYANG, '全体居民人均可支配收入超过38000元').period)).toBe('到2026年');
    expect(formatPeriod(null)).toBeNull();
  });

  it('cuts a flattened section title at 40 characters with an ellipsis', () => {
    const section = targetByText(JIZHOU, '城镇调查失业率控制在4%以内').section;
    expect(section).not.toBeNull();
    const shown = formatSection(section) ?? '';
    expect([...shown].length).toBeLessThanOrEqual(40);
    expect((section ?? '').startsWith(shown.replace(/…$/, ''))).toBe(true);
    expect(formatSection('2022年重点工作')).toBe('2022年重点工作');
    expect(formatSection('  ')).toBeNull();
  });

  it('names the kind in words', () => {
    expect(formatKind(targetByText(XIANYANG, '粮食产量保持在181万吨以上').kind)).toBe('目标');
    expect(formatKind(targetByText(TIANMEN, '拆除中小养殖场2600多家').kind)).toBe('实绩');
  });
});
