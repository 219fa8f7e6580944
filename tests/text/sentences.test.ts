import { describe, expect, it } from 'vitest';
import { sentenceAt, splitSentences } from '../../lib/text/sentences';
import { normalize } from '../../lib/text/normalize';

const texts = (text: string, spans: { start: number; end: number }[]) => spans.map((s) => text.slice(s.start, s.end));

describe('splitSentences', () => {
  it('splits at 。！？； and line breaks, keeping the end mark', () => {
    const t = normalize(
      '各位代表：现在，我代表市人民政府，向大会报告工作，请予审议。请各位政协委员和其他列席人员提出意见。\n一、2024年工作回顾\n过去一年，我们坚持稳中求进；成绩来之不易！',
    ).text;
    expect(texts(t, splitSentences(t))).toEqual([
      '各位代表：现在，我代表市人民政府，向大会报告工作，请予审议。',
      '请各位政协委员和其他列席人员提出意见。',
      '一、2024年工作回顾',
      '过去一年，我们坚持稳中求进；',
      '成绩来之不易！',
    ]);
  });

  it('keeps a quotation with a 。 inside in one sentence, and a closing quote with its sentence', () => {
    const t = '习近平总书记强调：“要推动高质量发展。要坚持稳中求进。”我们牢记嘱托。他说“好。”';
    expect(texts(t, splitSentences(t))).toEqual([
      '习近平总书记强调：“要推动高质量发展。要坚持稳中求进。”我们牢记嘱托。',
      '他说“好。”',
    ]);
  });

  it('does not let an unbalanced quote swallow the text', () => {
    const t = '打造“一流营商环境。优化服务。\n持续推进。';
    expect(texts(t, splitSentences(t))).toEqual(['打造“一流营商环境。', '优化服务。', '持续推进。']);
  });

  it('finds the sentence of an offset', () => {
    const t = '地区生产总值增长5%左右。城镇新增就业40万人以上。';
    const spans = splitSentences(t);
    expect(sentenceAt(spans, t.indexOf('40万人'))).toEqual(spans[1]);
    expect(sentenceAt(spans, t.length)).toBeNull();
  });
});
