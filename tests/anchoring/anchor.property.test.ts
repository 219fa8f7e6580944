import fc from 'fast-check';
import { describe as group, expect, it } from 'vitest';
import { anchor, createAnchorer, describe } from '../../lib/anchoring';
import { readReport } from './corpus';

const texts = [
  readReport('reports-2025-provinces/2025年浙江省.txt'),
  readReport('reports/2022_咸阳市.txt'), // flattened: the whole report on one line
  readReport('2022_市发改委_工作要点_含占位符.txt'), // masked figures: X%, X亿元
];
const anchorers = texts.map((t) => createAnchorer(t));

/** A random non-blank span of one of the texts, 1 to 400 characters long. */
const span = fc
  .record({ which: fc.nat({ max: texts.length - 1 }), at: fc.double({ min: 0, max: 1, noNaN: true }), len: fc.integer({ min: 1, max: 400 }) })
  .map(({ which, at, len }) => {
    const text = texts[which]!;
    const start = Math.min(text.length - 1, Math.floor(at * text.length));
    return { which, text, start, end: Math.min(text.length, start + len) };
  })
  .filter(({ text, start, end }) => text.slice(start, end).trim().length > 0);

group('anchor: (g) describe → anchor round trip on real reports', () => {
  it('on the same text returns the same span, exactly', () => {
    fc.assert(
      fc.property(span, ({ which, text, start, end }) => {
        const sel = describe(text, start, end);
        expect(sel.quote.exact).toBe(text.slice(start, end));
        expect(anchorers[which]!.anchor(sel)).toEqual({ status: 'exact', start, end, score: 1 });
      }),
      { numRuns: 300 },
    );
  });

  it('without the position, returns the same span or (only for a quote repeated with its context) an orphan', () => {
    fc.assert(
      fc.property(span, ({ which, text, start, end }) => {
        const { quote } = describe(text, start, end);
        const r = anchorers[which]!.anchor({ quote });
        if (r.status === 'orphan') {
          // Legitimate only if the quote occurs elsewhere too.
          expect(text.indexOf(quote.exact) !== start || text.indexOf(quote.exact, start + 1) >= 0).toBe(true);
        } else {
          // Leading whitespace of the span is not part of what is found; the rest is.
          expect(text.slice(r.start, r.end).trim()).toBe(text.slice(start, end).trim());
          expect(r.start).toBe(start + (text.slice(start, end).length - text.slice(start, end).trimStart().length));
        }
      }),
      { numRuns: 300 },
    );
  });

  it('after a real paragraph is inserted before the span, returns the shifted span', () => {
    const inserted = readReport('reports-2025-provinces/2025年青海省.txt').split('\n')[10]! + '\n';
    fc.assert(
      fc.property(
        span.filter(({ text, start, end }) => text.slice(start, end).trim().length >= 8),
        ({ text, start, end }) => {
          const sel = describe(text, start, end);
          const edited = inserted + text;
          const r = anchor(edited, sel);
          const exact = text.slice(start, end);
          const lead = exact.length - exact.trimStart().length;
          const trail = exact.length - exact.trimEnd().length;
          expect(r).toMatchObject({ status: 'exact', start: start + inserted.length + lead, end: end + inserted.length - trail });
        },
      ),
      { numRuns: 200 },
    );
  });
});
