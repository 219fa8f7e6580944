import { describe, expect, it } from 'vitest';
import { loadMentionFixtures, scoreMentions } from '../support/golden';

// Whole reports labelled mention by mention (target / result / none) by a reader, not by the engine.
describe('every quantity mention against hand labels', () => {
  for (const fx of loadMentionFixtures()) {
    describe(fx.name, () => {
      const score = scoreMentions(fx);
      const detail = score.errors.map((e) => `${e.text} ${e.label}→${e.predicted} | ${e.context}`).join('\n');

      it('tells targets apart with F1 ≥ 0.9', () => {
        expect(score.target.f1, detail).toBeGreaterThanOrEqual(0.9);
      });
      it('tells results apart with F1 ≥ 0.9', () => {
        expect(score.result.f1, detail).toBeGreaterThanOrEqual(0.9);
      });
      it('reports dates, ordinals, slogans and other non-indicators for under 3% of what it reports', () => {
        expect(score.nonIndicators / Math.max(1, score.reported), detail).toBeLessThan(0.03);
      });
      it('reports nothing outside the labelled mentions', () => {
        expect(score.unlabelled).toBe(0);
      });
    });
  }
});
