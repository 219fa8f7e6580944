import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildAutomaton } from '../../lib/keywords/aho-corasick';
import { createKeywordMatcher } from '../../lib/keywords/matcher';
import type { KeywordHit, LexiconEntry } from '../../lib/keywords/types';

/** Every occurrence of every pattern as [pattern, end], found with indexOf: the reference. */
function naiveOccurrences(patterns: string[], text: string): [number, number][] {
  const found: [number, number][] = [];
  patterns.forEach((pattern, index) => {
    for (let at = text.indexOf(pattern); at >= 0; at = text.indexOf(pattern, at + 1)) {
      found.push([index, at + pattern.length]);
    }
  });
  return found.sort((a, b) => a[1] - b[1] || patterns[b[0]]!.length - patterns[a[0]]!.length);
}

/**
 * The selection rule written the slow, obvious way: repeatedly take the longest remaining occurrence
 * (earliest start on a tie) and drop everything that overlaps it.
 */
function naiveLongestMatch(entries: LexiconEntry[], text: string): KeywordHit[] {
  let candidates: KeywordHit[] = [];
  for (const { term, theme } of entries) {
    for (let at = text.indexOf(term); at >= 0; at = text.indexOf(term, at + 1)) {
      candidates.push({ start: at, end: at + term.length, term, theme });
    }
  }
  const chosen: KeywordHit[] = [];
  while (candidates.length > 0) {
    const best = candidates.reduce((a, b) =>
      b.end - b.start > a.end - a.start || (b.end - b.start === a.end - a.start && b.start < a.start) ? b : a,
    );
    chosen.push(best);
    candidates = candidates.filter((c) => c.end <= best.start || c.start >= best.end);
  }
  return chosen.sort((a, b) => a.start - b.start);
}

describe('buildAutomaton', () => {
  it('reports every occurrence, overlapping ones included, by end and longest first', () => {
    const patterns = ['he', 'she', 'his', 'hers'];
    const found: [string, number][] = [];
    buildAutomaton(patterns).scan('ushers', (pattern, end) => found.push([patterns[pattern]!, end]));
    expect(found).toEqual([
      ['she', 4],
      ['he', 4],
      ['hers', 6],
    ]);
  });

  it('finds nested report terms that share suffixes', () => {
    const patterns = ['高质量发展', '推动高质量发展', '发展', '质量'];
    const found: [string, number][] = [];
    buildAutomaton(patterns).scan('为推动高质量发展注入强劲动力', (pattern, end) => found.push([patterns[pattern]!, end]));
    expect(found).toEqual([
      ['质量', 6],
      ['推动高质量发展', 8],
      ['高质量发展', 8],
      ['发展', 8],
    ]);
  });

  it('rejects a fold table that does not cover every code unit', () => {
    expect(() => buildAutomaton(['两新'], new Uint16Array(0xff))).toThrow(/fold table/);
  });

  it('rejects empty and duplicate patterns', () => {
    expect(() => buildAutomaton(['两新', ''])).toThrow(/empty/);
    expect(() => buildAutomaton(['两新', '两重', '两新'])).toThrow(/duplicate/);
  });

  it('agrees with indexOf on 1,000 random pattern sets and texts over a small alphabet', () => {
    // A four-letter alphabet of report characters makes overlaps, shared prefixes and suffixes common.
    const unit = fc.constantFrom('发', '展', '新', '质');
    const word = fc.array(unit, { minLength: 1, maxLength: 5 }).map((units) => units.join(''));
    fc.assert(
      fc.property(fc.uniqueArray(word, { minLength: 1, maxLength: 8 }), fc.array(unit, { maxLength: 60 }), (patterns, units) => {
        const text = units.join('');
        const found: [number, number][] = [];
        buildAutomaton(patterns).scan(text, (pattern, end) => found.push([pattern, end]));
        expect(found).toEqual(naiveOccurrences(patterns, text));
      }),
      { numRuns: 1_000 },
    );
  });
});

describe('KeywordMatcher against a naive longest-match scan', () => {
  it('selects the same hits on 1,000 random lexicons and texts', () => {
    const unit = fc.constantFrom('两', '新', '重', '发', '展', '+');
    const term = fc.array(unit, { minLength: 1, maxLength: 6 }).map((units) => units.join(''));
    const theme = fc.constantFrom('keynote', 'investment', 'consumption');
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.record({ term, theme }), { minLength: 1, maxLength: 10, selector: (entry) => entry.term }),
        fc.array(unit, { maxLength: 80 }),
        (entries, units) => {
          const text = units.join('');
          expect(createKeywordMatcher(entries).match(text)).toEqual(naiveLongestMatch(entries, text));
        },
      ),
      { numRuns: 1_000 },
    );
  });
});

describe('scan with gaps', () => {
  it('reads across a gap as if it were not there and reports ends in the text as given', () => {
    const patterns = ['高质量发展', '发展'];
    const text = '推动高质量\n  发展';
    const found: [string, number][] = [];
    buildAutomaton(patterns).scan(text, (pattern, end) => found.push([patterns[pattern]!, end]), undefined, [5, 8]);
    expect(found).toEqual([
      ['高质量发展', 10],
      ['发展', 10],
    ]);
  });

  it('agrees with a scan of the text with its gaps cut out, on 1,000 random texts and gaps', () => {
    const unit = fc.constantFrom('发', '展', '新', '质');
    const word = fc.array(unit, { minLength: 1, maxLength: 5 }).map((units) => units.join(''));
    fc.assert(
      fc.property(
        fc.uniqueArray(word, { minLength: 1, maxLength: 8 }),
        fc.array(unit, { maxLength: 60 }),
        fc.uniqueArray(fc.nat(60), { maxLength: 12 }),
        (patterns, units, cuts) => {
          const text = units.join('');
          // Sorted distinct cut points paired up as [start, end) gaps inside the text.
          const points = cuts.filter((cut) => cut <= text.length).sort((a, b) => a - b);
          const gaps = points.slice(0, points.length - (points.length % 2));
          const kept: number[] = []; // offset in `text` of each unit outside the gaps
          for (let i = 0, g = 0; i < text.length; i++) {
            while (g < gaps.length && gaps[g + 1]! <= i) g += 2;
            if (!(g < gaps.length && gaps[g]! <= i)) kept.push(i);
          }
          const joined = kept.map((i) => text[i]).join('');
          const expected: [number, number][] = [];
          buildAutomaton(patterns).scan(joined, (pattern, end) => expected.push([pattern, kept[end - 1]! + 1]));
          const found: [number, number][] = [];
          buildAutomaton(patterns).scan(text, (pattern, end) => found.push([pattern, end]), undefined, gaps);
          expect(found).toEqual(expected);
        },
      ),
      { numRuns: 1_000 },
    );
  });
});
