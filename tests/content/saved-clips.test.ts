/**
 * Saved clips found again on the page text: unchanged text, a paragraph inserted before, the clipped
 * passage removed; which storage changes make a page ask again; and refreshes that race a re-run.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it, vi } from 'vitest';
import { clipChangeConcerns, placeClips, SavedClipsLayer } from '../../entrypoints/content/saved-clips';
import { analyze } from '../../lib/analyze';
import { buildClip, buildSectionClip, type ClipPage } from '../../lib/store/build-clip';
import type { Clip } from '../../lib/store/types';

const text = readFileSync('tests/fixtures/corpus/reports-2025-provinces/2025年浙江省.txt', 'utf8');
const URL_ = 'https://www.zj.gov.cn/art/2025/1/21/art_1229463129_60245498.html';

function clipsOn(source: string, spans: { start: number; end: number }[]): Pick<Clip, 'id' | 'selectors'>[] {
  const page: ClipPage = { text: source, analysis: analyze(source), url: URL_, pageTitle: '2025年浙江省政府工作报告' };
  return spans.map((span, i) => ({ id: `c${i}`, selectors: buildClip(page, span).selectors }));
}

/** The span of a passage of the report (first occurrence). */
function spanOf(source: string, passage: string) {
  const start = source.indexOf(passage);
  if (start < 0) throw new Error(`not in the text: ${passage}`);
  return { start, end: start + passage.length };
}

const HEADLINE = '生产总值增长5.5%左右';
const REVIEW = '全省生产总值增长5.5%，一般公共预算收入增长1.2%';

describe('placeClips on the report text', () => {
  it('places unchanged clips exactly where they were saved', () => {
    const spans = [spanOf(text, HEADLINE), spanOf(text, REVIEW)];
    const placed = placeClips(text, clipsOn(text, spans));
    expect(placed).toEqual([
      { id: 'c0', status: 'exact', ...spans[0] },
      { id: 'c1', status: 'exact', ...spans[1] },
    ]);
  });

  it('follows the text after a paragraph was inserted before the clips', () => {
    const spans = [spanOf(text, HEADLINE), spanOf(text, REVIEW)];
    const clips = clipsOn(text, spans);
    const cut = text.indexOf('\n', 100) + 1;
    const insert = '受省长委托，现将政府工作报告书面印发各位代表，请一并审议。\n';
    const edited = text.slice(0, cut) + insert + text.slice(cut);
    const placed = placeClips(edited, clips);
    for (const [i, p] of placed.entries()) {
      expect(p.status).not.toBe('orphan');
      expect(p.start).toBe(spans[i]!.start + insert.length);
      expect(edited.slice(p.start, p.end)).toBe(text.slice(spans[i]!.start, spans[i]!.end));
    }
  });

  it('makes an orphan of a clip whose passage was removed, and never places it elsewhere', () => {
    const spans = [spanOf(text, REVIEW), spanOf(text, HEADLINE)];
    const edited = text.replace(REVIEW, '');
    const placed = placeClips(edited, clipsOn(text, spans));
    expect(placed[0]).toEqual({ id: 'c0', status: 'orphan' });
    expect(placed[1]!.status).not.toBe('orphan');
    expect(edited.slice(placed[1]!.start, placed[1]!.end)).toBe(HEADLINE);
  });

  it('places a whole section clip after the section lost a sentence (fuzzy, same place)', () => {
    const analysis = analyze(text);
    const section = analysis.sections.find((s) => s.level === 2 && s.end - s.start > 400)!;
    const page: ClipPage = { text, analysis, url: URL_, pageTitle: 't' };
    const clip = { id: 's', selectors: buildSectionClip(page, section).selectors };
    const body = text.slice(section.start, section.end);
    // One clause in the middle of the section dropped (an editor's correction): a small edit for the
    // fuzzy matcher, which allows at most 32 edits.
    const clauses = body.split('，');
    const clause = clauses.slice(2, -2).find((x) => x.length >= 6 && x.length <= 20 && !x.includes('\n'))!;
    expect(clause).toBeDefined();
    const edited = text.slice(0, section.start) + body.replace(`${clause}，`, '') + text.slice(section.end);
    const [placed] = placeClips(edited, [clip]);
    expect(placed!.status).toBe('fuzzy');
    expect(Math.abs(placed!.start! - section.start)).toBeLessThan(5);
  });

  it('answers nothing for no clips', () => {
    expect(placeClips(text, [])).toEqual([]);
  });
});

describe('clipChangeConcerns', () => {
  const record = (url: string) => ({ id: 'x', source: { url } });

  it('is true for a clip of this page saved, edited or removed, whatever the scheme, www or tracking', () => {
    const page = 'http://zj.gov.cn/art/2025/1/21/art_1229463129_60245498.html?utm_source=wechat#p3';
    expect(clipChangeConcerns({ 'clip:a': { newValue: record(URL_) } }, page)).toBe(true);
    expect(clipChangeConcerns({ 'clip:a': { oldValue: record(URL_) } }, page)).toBe(true);
    // A v1 record kept its raw address in `url`.
    expect(clipChangeConcerns({ 'clip:a': { newValue: { id: 'x', url: `${URL_}?spm=1.2` } } }, page)).toBe(true);
  });

  it('is false for clips of other pages and for other keys', () => {
    const other = 'https://www.hubei.gov.cn/zwgk/hbyw/202501/t20250114_5500000.shtml';
    expect(clipChangeConcerns({ 'clip:a': { newValue: record(other) } }, URL_)).toBe(false);
    expect(clipChangeConcerns({ 'collection:a': { newValue: record(URL_) }, layers: { newValue: {} } }, URL_)).toBe(false);
  });

  it('is true for a clip record it cannot read (better a needless refresh than a stale page)', () => {
    expect(clipChangeConcerns({ 'clip:a': { newValue: 42 } }, URL_)).toBe(true);
    expect(clipChangeConcerns({ 'clip:a': { newValue: { source: null } } }, URL_)).toBe(true);
  });
});

describe('SavedClipsLayer', () => {
  const clips = clipsOn(text, [spanOf(text, HEADLINE)]) as Clip[];

  function setup(initial: { text: string | null; ready: boolean }) {
    let current = { ...initial, url: URL_ };
    const show = vi.fn();
    const pending: { resolve: (c: Clip[]) => void; reject: (e: Error) => void }[] = [];
    const fetch = vi.fn(
      () =>
        new Promise<Clip[]>((resolve, reject) => {
          pending.push({ resolve, reject });
        }),
    );
    const layer = new SavedClipsLayer({ current: () => current, fetch, show });
    return { layer, show, fetch, pending, set: (next: Partial<typeof current>) => (current = { ...current, ...next }) };
  }

  it('anchors the fetched clips on the current text and shows them', async () => {
    const s = setup({ text, ready: true });
    const done = s.layer.refresh();
    expect(s.fetch).toHaveBeenCalledWith(URL_);
    s.pending[0]!.resolve(clips);
    const placed = await done;
    expect(s.show).toHaveBeenCalledWith([{ id: 'c0', status: 'exact', ...spanOf(text, HEADLINE) }]);
    expect(placed).toEqual(s.show.mock.calls[0]![0]);
  });

  it('drops an answer for a text that has since changed (the page re-ran meanwhile)', async () => {
    const s = setup({ text, ready: true });
    const done = s.layer.refresh();
    s.set({ text: `前言\n${text}` });
    s.pending[0]!.resolve(clips);
    expect(await done).toBeNull();
    expect(s.show).not.toHaveBeenCalled();
  });

  it('lets only the newest of two overlapping refreshes paint', async () => {
    const s = setup({ text, ready: true });
    const first = s.layer.refresh();
    const second = s.layer.refresh();
    s.pending[1]!.resolve(clips);
    s.pending[0]!.resolve([]);
    expect(await second).not.toBeNull();
    expect(await first).toBeNull();
    expect(s.show).toHaveBeenCalledTimes(1);
  });

  it('asks nothing before a report is ready, and keeps what is drawn when the background is gone', async () => {
    const s = setup({ text: null, ready: false });
    expect(await s.layer.refresh()).toBeNull();
    expect(s.fetch).not.toHaveBeenCalled();
    s.set({ text, ready: true });
    const done = s.layer.refresh();
    s.pending[0]!.reject(new Error('Extension context invalidated.'));
    expect(await done).toBeNull();
    expect(s.show).not.toHaveBeenCalled();
  });
});
