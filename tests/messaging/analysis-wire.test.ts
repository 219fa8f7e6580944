import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../lib/analyze';
import { decodeAnalysis, encodeAnalysis, paintPlanOf, readAnswer } from '../../lib/messaging/analysis-wire';
import { countBodyCues } from '../../lib/report-cues';
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
    const [head, body] = encodeAnalysis(analyze(text), text).split('\n') as [string, string];
    const older = JSON.stringify({ ...(JSON.parse(head) as object), v: 3 });
    expect(() => decodeAnalysis(`${older}\n${body}`, text)).toThrow(/wire format 3.*reload the page/);
    // a wire of version 3 was one JSON document, without head and body
    expect(() => readAnswer(JSON.stringify({ v: 3, title: null }), () => Promise.resolve(body), text)).toThrow(/wire format 3.*reload the page/);
  });

  it('gives the paint plan first, small, and decodes the rest only when asked, once', async () => {
    const text = readCorpus('reports-2025-provinces/2025年广东省.txt');
    const analysis = analyze(text);
    const wire = encodeAnalysis(analysis, text);
    const [head, body] = wire.split('\n') as [string, string];
    let bodyAsked = 0;
    const answer = readAnswer(head, () => {
      bodyAsked++;
      return Promise.resolve(body);
    }, text);
    expect(answer.plan).toEqual(paintPlanOf(analysis, text));
    const { figures, hits, themes, sections, bodyCues } = answer.plan;
    expect(sections).toBe(analysis.sections.length);
    // The report phrases the page's judgement needs are counted where the text is read, not in the page.
    expect(bodyCues).toBe(countBodyCues(text));
    expect(bodyCues).toBeGreaterThanOrEqual(2);
    expect(figures.length).toBe(analysis.targets.length * 3);
    expect(analysis.targets.filter((t) => t.kind === 'target').length).toBeGreaterThan(10);
    analysis.targets.forEach((t, i) => {
      expect([figures[i * 3], figures[i * 3 + 1], figures[i * 3 + 2]]).toEqual([t.start, t.end, t.kind === 'target' ? 1 : 0]);
    });
    analysis.keywords.forEach((k, i) => {
      expect([hits[i * 3], hits[i * 3 + 1], themes[hits[i * 3 + 2]!]]).toEqual([k.start, k.end, k.theme]);
    });
    // the head is a small part of the string
    expect(wire.indexOf('\n')).toBeLessThan(wire.length / 3);
    expect(bodyAsked).toBe(0);
    const whole = await answer.analysis();
    expect(whole).toEqual(analysis);
    expect(await answer.analysis()).toBe(whole);
    expect(bodyAsked).toBe(1);
  });
});
