import { describe, expect, it } from 'vitest';
import { parseOutline } from '../../lib/outline/parse-outline';
import { parse, reportPaths } from './corpus';

// The five flattened reports show how copying from a web page loses the line breaks. Doing the same to the
// line-broken provincial reports must not change their parts, kinds or headline: the rules are general, not
// fitted to five texts. (Chapters without markers and appendices need line breaks; those reports are left out.)
describe('a line-broken report flattened onto one line keeps its outline', () => {
  const provinces = reportPaths().filter((p) => p.startsWith('reports-2025-provinces/'));
  let compared = 0;
  for (const path of provinces) {
    const { text, outline } = parse(path);
    const needsLines = outline.sections.some((s) => s.parentId === null && s.marker === '' && s.title !== '结束语');
    if (needsLines || outline.sections.some((s) => s.marker.startsWith('附件'))) continue;
    compared++;
    it(path, () => {
      const lines = text.split('\n');
      const flat = `${lines[0]}\n${lines.slice(1).join(' ')}`;
      const o = parseOutline(flat);
      const shape = (x: typeof outline) => x.sections.filter((s) => s.level === 1).map((s) => [s.marker, s.kind]);
      expect(shape(o)).toEqual(shape(outline));
      // Level-1 titles: the same, or the same followed by the glued lead words of the body.
      const titles = outline.sections.filter((s) => s.level === 1).map((s) => s.title);
      o.sections.filter((s) => s.level === 1).forEach((s, i) => expect(s.title.startsWith(titles[i]!.slice(0, 4))).toBe(true));
      // Same number of （一） sub-sections under each part.
      const kids = (x: typeof outline) => x.sections.filter((s) => s.marker.startsWith('（') && s.level === 2).length;
      expect(kids(o)).toBe(kids(outline));
      const h = (x: typeof outline, t: string) => (x.headline ? t.slice(x.headline.start, x.headline.end).trim() : null);
      expect(h(o, flat)).toBe(h(outline, text));
    });
  }
  it('compares most of the 31 provinces', () => {
    expect(compared).toBeGreaterThanOrEqual(25);
  });
});
