import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { kindAt, sectionAt } from '../../lib/outline/parse-outline';
import type { Outline, Section } from '../../lib/outline/types';
import { parse } from './corpus';

/** The innermost section by a linear scan: the reference sectionAt must agree with. */
function innermost(o: Outline, offset: number): Section | null {
  let best: Section | null = null;
  for (const s of o.sections) if (s.start <= offset && offset < s.end && (!best || s.level > best.level)) best = s;
  return best;
}

describe('sectionAt', () => {
  for (const path of ['reports/2022_天门市.txt', 'reports-2025-provinces/2025年广东省.txt', '2022_市发改委_党组书记总结大会讲话.txt']) {
    it(`agrees with a linear scan at every offset kind of place (${path})`, () => {
      const { text, outline } = parse(path);
      fc.assert(
        fc.property(fc.integer({ min: 0, max: text.length }), (offset) => {
          expect(sectionAt(outline, offset)).toBe(innermost(outline, offset));
        }),
        { numRuns: 500 },
      );
      // At every heading start it is that very section.
      for (const s of outline.sections) expect(sectionAt(outline, s.headingStart)).toBe(s);
    });
  }

  it('outside every section: null, and kindAt falls back to the document kind', () => {
    const { text, outline } = parse('reports-2025-provinces/2025年天津市.txt');
    const opening = text.indexOf('各位代表');
    expect(sectionAt(outline, opening)).toBeNull();
    expect(kindAt(outline, opening)).toBe('other');
    const plan = parse('2022_市发改委_工作要点_含占位符.txt').outline;
    expect(sectionAt(plan, 10)).toBeNull();
    expect(kindAt(plan, 10)).toBe('plan');
  });

  it('finds the sub-section of a target sentence (天门: 2022 plan, 一是突出精准招商)', () => {
    const { text, outline } = parse('reports/2022_天门市.txt');
    const at = text.indexOf('一是突出精准招商') + 10;
    const s = sectionAt(outline, at)!;
    expect([s.marker, s.title, s.kind]).toEqual(['一是', '突出精准招商', 'plan']);
  });
});
