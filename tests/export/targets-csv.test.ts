import { describe, expect, it } from 'vitest';
import { TARGET_CSV_HEADERS, targetsToCsv } from '../../lib/export/targets-csv';
import { sampleTargets, sampleText } from './sample-analysis';

const lines = (csv: string) => csv.replace(/^\uFEFF/, '').split('\r\n').filter((l) => l !== '');

describe('targetsToCsv', () => {
  it('writes the Chinese header row first, then one row per target', () => {
    const out = lines(targetsToCsv(sampleTargets));
    expect(out[0]).toBe('序号,类型,指标,方向,数值,上限,单位,限定词,比较,遮蔽,时期,章节,原文,起,止');
    expect(out).toHaveLength(sampleTargets.length + 1);
  });

  it('writes a result and a target with Chinese labels and real offsets', () => {
    const out = lines(targetsToCsv(sampleTargets));
    const start = sampleText.indexOf('地区生产总值增长5.2%左右');
    expect(out[1]).toBe(`1,实绩,地区生产总值,增长,5.2,,%,左右,约,否,2024,2024年工作回顾,地区生产总值增长5.2%左右,${start},${start + 14}`);
    const s2 = sampleText.indexOf('城镇调查失业率控制在5%以内');
    expect(out[5]).toBe(`5,目标,城镇调查失业率,控制在,5,,%,以内,不高于,否,2025,2025年工作总体要求和重点任务,城镇调查失业率控制在5%以内,${s2},${s2 + 14}`);
  });

  it('writes a masked value as an empty cell flagged 是', () => {
    const masked = lines(targetsToCsv(sampleTargets))[6]!.split(',');
    expect(masked[4]).toBe('');
    expect(masked[9]).toBe('是');
    expect(masked[12]).toBe('GDP增长X%左右');
  });

  it('has an English variant with machine codes', () => {
    const out = lines(targetsToCsv(sampleTargets, { headers: 'en', bom: false }));
    expect(out[0]).toBe(TARGET_CSV_HEADERS.en.join(','));
    expect(out[3]!.split(',').slice(0, 10)).toEqual(['3', 'result', '城镇调查失业率', '', '4.1', '', '%', '左右', 'about', 'false']);
  });

  it('has a header row even with no targets', () => {
    expect(targetsToCsv([], { bom: false })).toBe(TARGET_CSV_HEADERS.zh.join(',') + '\r\n');
  });
});
