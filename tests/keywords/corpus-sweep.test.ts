import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ScanStats } from '../../lib/keywords/aho-corasick';
import { countByTheme } from '../../lib/keywords/counts';
import { createKeywordMatcher, defaultKeywordMatcher } from '../../lib/keywords/matcher';
import { LEXICON } from '../../lib/keywords/lexicon';
import { THEMES } from '../../lib/keywords/themes';

const corpusDir = join(__dirname, '../fixtures/corpus');
const provincesDir = join(corpusDir, 'reports-2025-provinces');
const provinces = readdirSync(provincesDir)
  .filter((name) => name.endsWith('.txt'))
  .map((name) => ({ name, text: readFileSync(join(provincesDir, name), 'utf8') }));
const flattenedDir = join(corpusDir, 'reports');
const flattened = readdirSync(flattenedDir).map((name) => ({
  name,
  text: readFileSync(join(flattenedDir, name), 'utf8'),
}));

describe('sweep over the 31 provincial reports of 2025', () => {
  const matcher = defaultKeywordMatcher();
  const results = provinces.map(({ name, text }) => ({ name, text, hits: matcher.match(text) }));

  it('reads all 31 reports', () => {
    expect(results).toHaveLength(31);
  });

  it('hits every theme in at least 29 of the 31 reports', () => {
    for (const theme of THEMES) {
      const reports = results.filter(({ hits }) => hits.some((hit) => hit.theme === theme.id));
      expect(reports.length, theme.id).toBeGreaterThanOrEqual(29);
    }
  });

  it('finds a report-sized number of keywords, spread over at least 10 themes, in every report', () => {
    for (const { name, text, hits } of results) {
      // A 政府工作报告 names a policy term every few dozen characters (24–40 in these 31).
      expect(hits.length, name).toBeGreaterThan(text.length / 80);
      expect(hits.length, name).toBeLessThan(text.length / 12);
      expect(countByTheme(hits).length, name).toBeGreaterThanOrEqual(10);
    }
  });

  it('returns sorted, non-overlapping hits whose offsets spell their terms (folded)', () => {
    for (const { name, text, hits } of results) {
      let previousEnd = 0;
      for (const hit of hits) {
        expect(hit.start, name).toBeGreaterThanOrEqual(previousEnd);
        expect(hit.end - hit.start, name).toBe(hit.term.length);
        previousEnd = hit.end;
      }
    }
  });

  it('sees the terms that define 2025 in most reports', () => {
    for (const term of ['新质生产力', '以旧换新', '低空经济', '未来产业', '银发经济', '首发经济', '城市更新']) {
      const reports = results.filter(({ hits }) => hits.some((hit) => hit.term.includes(term)));
      expect(reports.length, term).toBeGreaterThanOrEqual(20);
    }
  });
});

describe('the 2022 reports that lost their line breaks', () => {
  it('still yield keywords of at least 9 themes in each', () => {
    expect(flattened).toHaveLength(5);
    for (const { name, text } of flattened) {
      const themes = countByTheme(defaultKeywordMatcher().match(text));
      expect(themes.length, name).toBeGreaterThanOrEqual(9);
    }
  });
});

describe('linear work', () => {
  const matcher = defaultKeywordMatcher();

  function stepsFor(text: string): number {
    const stats: ScanStats = { steps: 0 };
    matcher.match(text, stats);
    return stats.steps;
  }

  it('does a bounded amount of work per character on every report', () => {
    for (const { name, text } of provinces) {
      // Per code unit: one transition, amortised failure links, the final sweep, and the few hits that
      // end there (each checked over its own length).
      expect(stepsFor(text) / text.length, name).toBeLessThan(4);
    }
  });

  it('does twice the work on a text twice as long, and ten times on ten copies', () => {
    const text = provinces[0]!.text;
    const once = stepsFor(text);
    expect(stepsFor(text + text)).toBeGreaterThanOrEqual(1.95 * once);
    expect(stepsFor(text + text)).toBeLessThanOrEqual(2.05 * once);
    expect(stepsFor(text.repeat(10)) / once).toBeLessThanOrEqual(10.25);
  });

  it('stays linear on the worst case for naive matching: one character repeated, many nested terms', () => {
    // Terms 三, 三三, …, 三×12 all match at every position: a naive scan does ~12 comparisons per
    // position per term; the automaton reports ≤ 12 matches per position and the selection stays linear.
    const nested = createKeywordMatcher(
      Array.from({ length: 12 }, (_, i) => ({ term: '三'.repeat(i + 1), theme: 'keynote' })),
    );
    const count = (text: string): number => {
      const stats: ScanStats = { steps: 0 };
      nested.match(text, stats);
      return stats.steps;
    };
    const small = count('三'.repeat(1_000));
    const large = count('三'.repeat(10_000));
    expect(large / small).toBeGreaterThan(9.5);
    expect(large / small).toBeLessThan(10.5);
    expect(nested.match('三'.repeat(30)).map((hit) => hit.end - hit.start)).toEqual([12, 12, 6]);
  });

  it('builds the default automaton once and shares it', () => {
    expect(defaultKeywordMatcher()).toBe(matcher);
    expect(matcher.entries).toHaveLength(LEXICON.length);
  });
});
