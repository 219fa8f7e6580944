import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../lib/analyze';
import { decodeAnalysis, encodeAnalysis } from '../../lib/messaging/analysis-wire';
import { CORPUS, readCorpus } from '../support/golden';

const files = [
  ...readdirSync(join(CORPUS, 'reports')).filter((f) => f.endsWith('.txt')).map((f) => `reports/${f}`),
  ...readdirSync(join(CORPUS, 'reports-2025-provinces')).filter((f) => f.endsWith('.txt')).slice(0, 8).map((f) => `reports-2025-provinces/${f}`),
  ...readdirSync(CORPUS).filter((f) => f.endsWith('.txt')),
];

describe('the analysis on the wire (background → page)', () => {
  it.each(files)('comes back exactly as the engine gave it: %s', (file) => {
    const analysis = analyze(readCorpus(file));
    const wire = encodeAnalysis(analysis);
    expect(decodeAnalysis(wire)).toEqual(analysis);
    // smaller than the plain JSON the messaging layer would otherwise build
    expect(wire.length).toBeLessThan(JSON.stringify(analysis).length * 0.6);
  });

  it('round-trips an empty analysis and masked values (null, never 0)', () => {
    const analysis = analyze('2022年工作要点\n全年完成固定资产投资增长X%，新开工项目XX个。');
    const back = decodeAnalysis(encodeAnalysis(analysis));
    expect(back).toEqual(analysis);
    expect(back.targets.length).toBeGreaterThan(0);
    expect(back.targets.every((t) => t.value === null && t.masked)).toBe(true);
    expect(decodeAnalysis(encodeAnalysis(analyze('')))).toEqual(analyze(''));
  });

  it('refuses another wire version with a message that says what to do', () => {
    const wire = JSON.parse(encodeAnalysis(analyze('地区生产总值增长5%左右。'))) as { v: number };
    wire.v = 99;
    expect(() => decodeAnalysis(JSON.stringify(wire))).toThrow(/wire format 99.*reload the page/);
  });
});
