import { describe, expect, it } from 'vitest';
import { collectTargetRows, targetsToJson } from '../../lib/export/targets-json';
import { targetsExportSchema } from '../../lib/schema/collection-export';
import { analyze } from '../../lib/analyze';
import { cities, guangdong, provinces, sampleData } from './collection-sample-clips';

describe('export targets (flat JSON)', () => {
  const data = sampleData();

  it('one object per target of every clip, in clip order, valid against the published row schema', () => {
    const rows = JSON.parse(targetsToJson(data));
    expect(rows).toHaveLength(data.clips.reduce((n, c) => n + c.targets.length, 0));
    expect(targetsExportSchema.safeParse(rows).success).toBe(true);
    expect(rows.map((r: { clipId: string }) => r.clipId)).toEqual(data.clips.flatMap((c) => c.targets.map(() => c.id)));
  });

  it('each row stands on its own: source, region, year, section and the target fields', () => {
    const rows = collectTargetRows(data, { collectionId: provinces.id });
    const gdp = rows.find((r) => r.region === '广东省' && r.indicator === '地区生产总值')!;
    expect(gdp).toEqual({
      collection: '2025各省目标',
      clipId: data.clips[1]!.id,
      url: guangdong.source.url,
      reportTitle: '2025年广东省政府工作报告',
      region: '广东省',
      year: 2025,
      section: '2025年工作安排',
      indicator: '地区生产总值',
      direction: '增长',
      value: 5,
      valueMax: null,
      unit: '%',
      qualifier: '左右',
      comparison: 'about',
      kind: 'target',
      masked: false,
      period: '2025',
      text: '地区生产总值增长5%左右',
    });
    expect(new Set(rows.map((r) => r.collection))).toEqual(new Set([provinces.name]));
  });

  it('keeps what the engine found in the page: same indicators and values as analyze() on the passage', () => {
    const rows = collectTargetRows(data, { collectionId: cities.id });
    const passage = data.clips[4]!.text;
    const direct = analyze(passage).targets.map((t) => [t.indicator, t.value, t.unit]);
    expect(rows.filter((r) => r.region === '天门市').map((r) => [r.indicator, r.value, r.unit])).toEqual(direct);
    const masked = rows.find((r) => r.masked)!;
    expect([masked.indicator, masked.value, masked.reportTitle, masked.region, masked.section]).toEqual(['GDP', null, '市发改委2022年工作要点', null, null]);
  });

  it('an empty collection gives an empty array', () => {
    expect(targetsToJson({ collections: [cities], clips: [] }, { collectionId: cities.id })).toBe('[]\n');
  });
});
