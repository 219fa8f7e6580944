import { describe, expect, it } from 'vitest';
import { exportFileName, localDateStamp, sanitizeFileNamePart } from '../../lib/export/file-names';

const day = new Date(2026, 10, 21, 23, 59); // local time: the user's calendar day

describe('export file names', () => {
  it('carry the collection name, the kind and the local date', () => {
    expect(exportFileName({ collectionName: '2024各省目标', kind: 'csv', date: day })).toBe('政府工作报告-2024各省目标-2026-11-21.csv');
    expect(exportFileName({ collectionName: '2024各省目标', kind: 'collection-json', date: day })).toBe('政府工作报告-2024各省目标-2026-11-21.json');
    expect(exportFileName({ collectionName: '2024各省目标', kind: 'targets-json', date: day })).toBe('政府工作报告-2024各省目标-指标-2026-11-21.json');
    expect(exportFileName({ collectionName: '2024各省目标', kind: 'markdown', date: day })).toBe('政府工作报告-2024各省目标-2026-11-21.md');
    expect(exportFileName({ collectionName: '2024各省目标', kind: 'web-annotation', date: day })).toBe('政府工作报告-2024各省目标-2026-11-21.jsonld');
    expect(exportFileName({ collectionName: null, kind: 'collection-json', date: day })).toBe('政府工作报告-全部合集-2026-11-21.json');
    expect(exportFileName({ collectionName: null, kind: 'csv', date: day, prefix: 'gov-report', allLabel: 'all' })).toBe('gov-report-all-2026-11-21.csv');
    expect(localDateStamp(new Date(2025, 0, 5))).toBe('2025-01-05');
  });

  it('make names safe on every file system and keep Chinese', () => {
    expect(sanitizeFileNamePart('2022 市县/区 目标')).toBe('2022-市县-区-目标');
    expect(sanitizeFileNamePart('京津冀: "GDP" <对比>?*|\\')).toBe('京津冀-GDP-对比');
    expect(sanitizeFileNamePart('第一批\t\n重点\u0007项目')).toBe('第一批-重点-项目');
    expect(sanitizeFileNamePart('...隐藏.')).toBe('隐藏');
    expect(sanitizeFileNamePart('CON')).toBe('_CON');
    expect(sanitizeFileNamePart('///')).toBe('');
    expect(exportFileName({ collectionName: '???', kind: 'csv', date: day })).toBe('政府工作报告-2026-11-21.csv');
  });

  it('stay within 255 bytes and never split a character', () => {
    const long = '𠀀长江经济带'.repeat(40);
    const name = exportFileName({ collectionName: long, kind: 'targets-json', date: day });
    expect(new TextEncoder().encode(name).length).toBeLessThan(255);
    const astral = exportFileName({ collectionName: '𠀀𠀁𠀂'.repeat(60), kind: 'targets-json', prefix: '𠀀'.repeat(20), date: day });
    expect(new TextEncoder().encode(astral).length).toBeLessThanOrEqual(255);
    expect(name).not.toMatch(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/);
    expect(name.startsWith('政府工作报告-𠀀长江经济带')).toBe(true);
  });
});
