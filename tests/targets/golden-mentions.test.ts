import { describe, expect, it } from 'vitest';
import { type KindScore, loadMentionFixtures, scoreMentions } from '../support/golden';

// Whole documents labelled mention by mention (target / result / none) by readers, not by the engine:
// 2025 河北 and 四川 (provincial reports), 2022 天门 (a flattened city report), a 发改委 year-end speech.
describe('every quantity mention against hand labels', () => {
  const fixtures = loadMentionFixtures();
  const scores = fixtures.map((fx) => ({ fx, score: scoreMentions(fx) }));

  function pooled(kind: 'target' | 'result'): KindScore {
    const tp = scores.reduce((n, s) => n + s.score[kind].tp, 0);
    const fp = scores.reduce((n, s) => n + s.score[kind].fp, 0);
    const fn = scores.reduce((n, s) => n + s.score[kind].fn, 0);
    const precision = tp / (tp + fp);
    const recall = tp / (tp + fn);
    return { tp, fp, fn, precision, recall, f1: (2 * precision * recall) / (precision + recall) };
  }

  it('labels at least four documents of different kinds', () => {
    expect(fixtures.length).toBeGreaterThanOrEqual(4);
  });

  it('tells targets apart with F1 ≥ 0.9 over all labelled mentions', () => {
    expect(pooled('target').f1).toBeGreaterThanOrEqual(0.9);
  });

  it('tells results apart with F1 ≥ 0.9 over all labelled mentions', () => {
    expect(pooled('result').f1).toBeGreaterThanOrEqual(0.9);
  });

  it('reports mentions labelled "not an indicator" for under 5% of what it reports', () => {
    // "none" is broader than dates/ordinals/slogans (which tests/targets/not-indicators.test.ts holds at
    // zero): it includes named sets (5个国家先进制造业集群) and scopes that readers may disagree on.
    const none = scores.reduce((n, s) => n + s.score.nonIndicators, 0);
    const reported = scores.reduce((n, s) => n + s.score.reported, 0);
    expect(none / reported).toBeLessThan(0.05);
  });

  for (const { fx, score } of scores) {
    describe(fx.name, () => {
      const detail = score.errors.map((e) => `${e.text} ${e.label}→${e.predicted} | ${e.context}`).join('\n');
      // Per document, a regression floor: the speech and 四川 have under 30 labelled targets each.
      it('keeps F1 ≥ 0.8 for targets and results', () => {
        expect(score.target.f1, detail).toBeGreaterThanOrEqual(0.8);
        expect(score.result.f1, detail).toBeGreaterThanOrEqual(0.8);
      });
      it('reports nothing that is not a labelled number', () => {
        expect(score.unlabelled, detail).toBeLessThanOrEqual(2);
      });
    });
  }
});
