import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

// Validates the hand-labelled mention fixtures that the engine's target/result recognition is scored against.
// A broken offset or a forgotten number would silently skew precision and recall, so check them here.

interface Mention {
  start: number;
  end: number;
  text: string;
  label: string;
  why?: string;
}
interface MentionFixture {
  file: string;
  year: number;
  mentions: Mention[];
}

const goldenDir = join(__dirname, '../fixtures/golden/mentions');
const corpusDir = join(__dirname, '../fixtures/corpus');
const fixtureFiles = readdirSync(goldenDir).filter((f) => f.endsWith('.json'));

describe('golden mention fixtures', () => {
  it('includes the labelled 2025 Hebei report', () => {
    expect(fixtureFiles).toContain('2025年河北省.json');
  });

  describe.each(fixtureFiles)('%s', (name) => {
    const fixture = JSON.parse(readFileSync(join(goldenDir, name), 'utf8')) as MentionFixture;
    const text = readFileSync(join(corpusDir, fixture.file), 'utf8');

    it('names its corpus file and a plausible report year', () => {
      expect(name.replace(/\.json$/, '')).toBe(fixture.file.replace(/^.*\//, '').replace(/\.txt$/, ''));
      expect(fixture.year).toBeGreaterThanOrEqual(2000);
      expect(fixture.year).toBeLessThanOrEqual(2100);
      expect(text).toContain(String(fixture.year));
    });

    it('has at least 150 mentions with one of the three labels', () => {
      expect(fixture.mentions.length).toBeGreaterThanOrEqual(150);
      for (const m of fixture.mentions) expect(['target', 'result', 'none'], JSON.stringify(m)).toContain(m.label);
      const kinds = new Set(fixture.mentions.map((m) => m.label));
      expect(kinds).toEqual(new Set(['target', 'result', 'none']));
    });

    it('has spans in order, non-empty and not overlapping', () => {
      let previousEnd = 0;
      for (const m of fixture.mentions) {
        expect(Number.isInteger(m.start) && Number.isInteger(m.end), JSON.stringify(m)).toBe(true);
        expect(m.start, JSON.stringify(m)).toBeGreaterThanOrEqual(previousEnd);
        expect(m.end, JSON.stringify(m)).toBeGreaterThan(m.start);
        expect(m.end, JSON.stringify(m)).toBeLessThanOrEqual(text.length);
        previousEnd = m.end;
      }
    });

    it('quotes the text exactly at every span (UTF-16 offsets)', () => {
      for (const m of fixture.mentions) expect(text.slice(m.start, m.end), `at ${m.start}`).toBe(m.text);
    });

    it('covers every Arabic digit and percent sign of the text', () => {
      // Completeness guard: an unlabelled number would turn a correct engine hit into a false positive.
      const covered = new Uint8Array(text.length);
      for (const m of fixture.mentions) covered.fill(1, m.start, m.end);
      const missed: string[] = [];
      for (const match of text.matchAll(/[0-9０-９%％]/g)) {
        const at = match.index;
        if (!covered[at]) missed.push(`${at}:${text.slice(Math.max(0, at - 6), at + 6)}`);
      }
      expect(missed).toEqual([]);
    });

    it('labels both plan targets and review results', () => {
      // Every report has both parts; at least a few figures of each kind must be labelled.
      const count = (label: string) => fixture.mentions.filter((m) => m.label === label).length;
      expect(count('target')).toBeGreaterThanOrEqual(10);
      expect(count('result')).toBeGreaterThanOrEqual(10);
    });
  });
});
