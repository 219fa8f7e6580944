import { describe, expect, it } from 'vitest';
import { analyze } from '../../lib/analyze';
import { decodeAnalysis, encodeAnalysis, paintPlanOf, readAnswer } from '../../lib/messaging/analysis-wire';
import { engineService } from '../../lib/engine-service';
import { createRecentAnalyses } from '../../lib/recent-analyses';
import { readCorpus } from '../support/golden';

describe('the engine as the background serves it', () => {
  it('gives the head, then the body once asked, which together are the whole analysis', async () => {
    const serve = engineService(analyze);
    const text = readCorpus('reports-2025-provinces/2025年北京市.txt');
    const parts = serve(text);
    const answer = readAnswer(parts.head, () => Promise.resolve(parts.body()), text);
    expect(answer.plan).toEqual(paintPlanOf(analyze(text), text));
    expect(await answer.analysis()).toEqual(analyze(text));
    expect(`${parts.head}\n${parts.body()}`).toBe(encodeAnalysis(analyze(text), text));
  });

  it('answers a report opened again from memory, without running the engine', () => {
    let runs = 0;
    const serve = engineService((text) => {
      runs++;
      return analyze(text);
    });
    const beijing = readCorpus('reports-2025-provinces/2025年北京市.txt');
    const first = serve(beijing);
    const firstBody = first.body();
    // The same words arriving as another string (another tab's page text), not the same object.
    const again = serve([...beijing].join(''));
    expect(runs).toBe(1);
    expect(again.head).toBe(first.head);
    expect(again.body()).toBe(firstBody);
    expect(decodeAnalysis(`${again.head}\n${again.body()}`, beijing).targets.length).toBeGreaterThan(20);
    // One character more is another text: the engine runs.
    serve(`${beijing}。`);
    expect(runs).toBe(2);
  });

  it('keeps an answer only once its body was made (a page that never asked leaves nothing half kept)', () => {
    let runs = 0;
    const serve = engineService((text) => {
      runs++;
      return analyze(text);
    });
    const text = '2025年政府工作报告\n地区生产总值增长5%左右。';
    serve(text);
    serve(text).body();
    serve(text);
    expect(runs).toBe(2);
  });
});

describe('the background\'s recent analyses', () => {
  const parts = (s: string) => ({ head: `<${s}`, body: `${s}>` });

  it('forgets the least recently used text first, by count', () => {
    const recent = createRecentAnalyses(2, 1_000);
    recent.set('甲', parts('甲'));
    recent.set('乙', parts('乙'));
    expect(recent.get('甲')).toEqual(parts('甲')); // 甲 is now the most recent
    recent.set('丙', parts('丙')); // 乙 goes
    expect(recent.size).toBe(2);
    expect(recent.get('乙')).toBeUndefined();
    expect(recent.get('甲')).toEqual(parts('甲'));
    expect(recent.get('丙')).toEqual(parts('丙'));
  });

  it('holds a bounded number of characters, and does not keep an answer bigger than that', () => {
    const recent = createRecentAnalyses(8, 100);
    recent.set('短', parts('短'));
    const long = '各'.repeat(60);
    recent.set(long, parts(long)); // 60 + 61 + 61 characters: more than it may hold
    expect(recent.get(long)).toBeUndefined();
    expect(recent.size).toBe(1);
    recent.set('各'.repeat(20), parts('各'.repeat(20)));
    recent.set('位'.repeat(20), parts('位'.repeat(20))); // together over 100 characters: the oldest go
    expect(recent.get('位'.repeat(20))).toEqual(parts('位'.repeat(20)));
    expect(recent.get('短')).toBeUndefined();
    expect(recent.size).toBe(1);
    // the same text again replaces its entry instead of counting it twice
    recent.set('位'.repeat(20), parts('位'.repeat(20)));
    expect(recent.size).toBe(1);
    expect(recent.get('位'.repeat(20))).toBeDefined();
  });
});
