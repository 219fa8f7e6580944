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
    const text = readCorpus(file);
    const analysis = analyze(text);
    const wire = encodeAnalysis(analysis, text);
    expect(decodeAnalysis(wire, text)).toEqual(analysis);
    // well under half the plain JSON the messaging layer would otherwise build
    expect(wire.length).toBeLessThan(JSON.stringify(analysis).length * 0.45);
  });

  it('round-trips an empty analysis and masked values (null, never 0)', () => {
    const text = '2022年工作要点\n全年完成固定资产投资增长X%，新开工项目XX个。';
    const analysis = analyze(text);
    const back = decodeAnalysis(encodeAnalysis(analysis, text), text);
    expect(back).toEqual(analysis);
    expect(back.targets.length).toBeGreaterThan(0);
    expect(back.targets.every((t) => t.value === null && t.masked)).toBe(true);
    expect(decodeAnalysis(encodeAnalysis(analyze(''), ''), '')).toEqual(analyze(''));
  });

  it('sends a target\'s own words only when they are not the text of its span', () => {
    const text = readCorpus('reports-2025-provinces/2025年北京市.txt');
    const analysis = analyze(text);
    const moved = { ...analysis, targets: analysis.targets.map((t, i) => (i === 0 ? { ...t, text: `${t.text}（改）` } : t)) };
    expect(decodeAnalysis(encodeAnalysis(moved, text), text)).toEqual(moved);
  });

  it('refuses another wire version with a message that says what to do', () => {
    const text = '地区生产总值增长5%左右。';
    const wire = JSON.parse(encodeAnalysis(analyze(text), text)) as { v: number };
    wire.v = 99;
    expect(() => decodeAnalysis(JSON.stringify(wire), text)).toThrow(/wire format 99.*reload the page/);
  });
});
