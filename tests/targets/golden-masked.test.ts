import { describe, expect, it } from 'vitest';
import { loadMaskedFixtures, scoreMasked } from '../support/golden';

// The four 发改委 documents hide numbers (GDP增长X%左右, 同比下降*%, ***亿元). Every masked value that measures
// an indicator was listed by hand (tests/fixtures/golden/masked/); masked dates and names (****年, X门) too.
describe('masked targets and results in the four 发改委 documents', () => {
  const fixtures = loadMaskedFixtures();
  const scores = fixtures.map((fx) => ({ fx, s: scoreMasked(fx) }));
  const total = scores.reduce((n, x) => n + x.s.entries, 0);

  it('covers the four documents', () => {
    expect(fixtures).toHaveLength(4);
    expect(total).toBeGreaterThanOrEqual(150);
  });

  it('finds at least 95% of the masked values, flagged masked with value null', () => {
    const found = scores.reduce((n, x) => n + x.s.foundMasked, 0);
    const misses = scores.flatMap((x) => x.s.misses);
    expect(found / total, misses.join('\n')).toBeGreaterThanOrEqual(0.95);
  });

  it('tells masked targets from masked results for at least 90%', () => {
    const right = scores.reduce((n, x) => n + x.s.kindRight, 0);
    expect(right / total).toBeGreaterThanOrEqual(0.9);
  });

  it('finds every GDP增长X%左右-style target of the work plan', () => {
    const plan = scores.find((x) => x.fx.name.includes('工作要点'))!;
    expect(plan.s.foundMasked).toBe(plan.s.entries);
    expect(plan.s.kindRight).toBe(plan.s.entries);
  });

  it('reports almost no masked date or name as a value (****年, *-*月份, X门, X楚科创城)', () => {
    const wrong = scores.flatMap((x) => x.s.falseValues);
    // Left: 武汉至*段 / 襄宜高速*段 (a masked place read as a count of road sections) and X亿元以上新开工项目.
    expect(wrong.length, wrong.join('\n')).toBeLessThanOrEqual(3);
  });
});
