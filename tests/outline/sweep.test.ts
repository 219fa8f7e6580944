import { describe, expect, it } from 'vitest';
import { sectionAt } from '../../lib/outline/parse-outline';
import { parse, reportPaths } from './corpus';

// Every one of the 36 government work reports: three or more parts, a review and a plan, and a headline in
// the plan part that states the growth target.
describe('sweep over the 36 reports', () => {
  const paths = reportPaths();
  it('finds all 36', () => {
    expect(paths).toHaveLength(36);
  });
  for (const path of paths) {
    it(path, () => {
      const { text, outline } = parse(path);
      expect(outline.sections.filter((s) => s.level === 1).length).toBeGreaterThanOrEqual(3);
      const top = outline.sections.filter((s) => s.parentId === null).map((s) => s.kind);
      expect(top).toContain('review');
      expect(top).toContain('plan');
      // The review comes before the plan.
      expect(top.indexOf('review')).toBeLessThan(top.indexOf('plan'));
      expect(outline.defaultKind).toBe('other');
      const h = outline.headline;
      expect(h).not.toBeNull();
      const s = text.slice(h!.start, h!.end);
      expect(s).toMatch(/(?:生产总值|经济)(?:按可比口径)?增长\s*\d/);
      expect(s.length).toBeLessThan(700);
      expect(sectionAt(outline, h!.start)?.kind).toBe('plan');
    });
  }
});
