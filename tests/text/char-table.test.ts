import { describe, expect, it } from 'vitest';
import { charTable, isSpaceAt } from '../../lib/text/char-table';

describe('character tables', () => {
  it('isSpaceAt gives the answer of /\\s/ for every UTF-16 code unit', () => {
    const disagree: string[] = [];
    for (let c = 0; c <= 0xffff; c++) {
      const s = String.fromCharCode(c);
      if (isSpaceAt(s, 0) !== /\s/.test(s)) disagree.push(c.toString(16));
    }
    expect(disagree).toEqual([]);
  });

  it('isSpaceAt on report text: the ideographic space and line breaks count, past the end does not', () => {
    const s = '各位代表：\n　　现在，我代表市人民政府';
    expect([...s].map((_, i) => isSpaceAt(s, i))).toEqual([...s].map((c) => /\s/.test(c)));
    expect(isSpaceAt(s, s.length)).toBe(false);
    expect(isSpaceAt(s, -1)).toBe(false);
  });

  it('charTable holds each group value and 0 for everything else', () => {
    const t = charTable([
      ['“‘', 2],
      ['一二', 1],
    ]);
    expect([t['“'.charCodeAt(0)], t['‘'.charCodeAt(0)], t['一'.charCodeAt(0)], t['二'.charCodeAt(0)]]).toEqual([2, 2, 1, 1]);
    expect([t['三'.charCodeAt(0)], t['”'.charCodeAt(0)], t[0]]).toEqual([0, 0, 0]);
  });
});
