import { describe, expect, it } from 'vitest';
import { analyze } from '../../lib/analyze';
import { encodeAnalysis } from '../../lib/messaging/analysis-wire';
import { createRecentAnalyses } from '../../lib/recent-analyses';
import { readCorpus } from '../support/golden';

describe('the background\'s recent analyses', () => {
  it('answers a report opened again from memory, with the same answer the engine gave', () => {
    const recent = createRecentAnalyses();
    let runs = 0;
    const engine = (text: string) => {
      runs++;
      return encodeAnalysis(analyze(text), text);
    };
    const beijing = readCorpus('reports-2025-provinces/2025年北京市.txt');
    const first = recent.get(beijing, engine);
    // The same words arriving as another string (another tab's page text), not the same object.
    const again = recent.get([...beijing].join(''), engine);
    expect(again).toBe(first);
    expect(runs).toBe(1);
    // One character more is another text: the engine runs.
    recent.get(`${beijing}。`, engine);
    expect(runs).toBe(2);
  });

  it('forgets the least recently used text first, by count and by characters held', () => {
    const recent = createRecentAnalyses(2, 1_000);
    const made: string[] = [];
    const make = (text: string) => {
      made.push(text);
      return `<${text}>`;
    };
    recent.get('甲', make);
    recent.get('乙', make);
    recent.get('甲', make); // 甲 is now the most recent
    recent.get('丙', make); // 乙 goes
    expect(recent.size).toBe(2);
    recent.get('甲', make);
    recent.get('乙', make);
    expect(made).toEqual(['甲', '乙', '丙', '乙']);

    const small = createRecentAnalyses(8, 100);
    const long = '各'.repeat(60);
    small.get('短', make);
    small.get(long, make); // 60 + 62 characters: more than it may hold, answered but not kept
    expect(small.size).toBe(1);
    small.get('各'.repeat(40), make);
    small.get('位'.repeat(40), make); // together over 100 characters: the oldest entries go
    expect(small.size).toBe(1);
    made.length = 0;
    small.get('位'.repeat(40), make);
    expect(made).toEqual([]);
  });
});
