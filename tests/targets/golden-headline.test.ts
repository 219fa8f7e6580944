import { describe, expect, it } from 'vitest';
import { loadHeadlineFixtures, scoreHeadline } from '../support/golden';

// Headline targets written out by hand for 36 reports (tests/fixtures/golden/headline/). The floors are the
// levels the issue sets for unseen reports: ≥98% found, ≥95% with indicator, value, unit and qualifier right.
describe('headline targets against the golden fixtures', () => {
  const fixtures = loadHeadlineFixtures();
  const rows = fixtures.flatMap((fx) => scoreHeadline(fx));

  it('covers the five 2022 reports and at least twelve 2025 provincial reports', () => {
    expect(fixtures.filter((f) => f.file.startsWith('reports/')).length).toBe(5);
    expect(fixtures.filter((f) => f.file.startsWith('reports-2025-provinces/')).length).toBeGreaterThanOrEqual(12);
  });

  it('finds at least 98% of them', () => {
    const found = rows.filter((r) => r.found).length;
    expect(found / rows.length).toBeGreaterThanOrEqual(0.98);
  });

  it('gets indicator, value, unit, qualifier and kind right for at least 95%', () => {
    const wrong = rows.filter((r) => !r.right).map((r) => `${r.fixture}: ${r.entry.quote} → ${r.problems.join('; ')}`);
    expect(wrong.length / rows.length, wrong.join('\n')).toBeLessThanOrEqual(0.05);
  });

  it('marks every annual headline target as part of the headline paragraph', () => {
    const annual = rows.filter((r) => r.entry.group === 'annual' && r.found);
    const unmarked = annual.filter((r) => !r.found!.headline).map((r) => `${r.fixture}: ${r.entry.quote}`);
    expect(unmarked.length / annual.length, unmarked.join('\n')).toBeLessThanOrEqual(0.02);
  });

  for (const fx of fixtures) {
    it(`${fx.name}: field by field`, () => {
      const result = scoreHeadline(fx);
      const wrong = result.filter((r) => !r.right);
      // Per report, a regression guard (one entry, or 10% of a long list); the aggregates above hold the floor.
      const allowed = Math.max(1, Math.floor(result.length / 10));
      expect(wrong.length, wrong.map((r) => `${r.entry.quote}: ${r.problems.join('; ')}`).join('\n')).toBeLessThanOrEqual(allowed);
    });
  }
});
