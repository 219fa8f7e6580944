/**
 * Building clips from the reader's state on a real report page (the 2025 浙江 report as <p>s in a
 * happy-dom page): a selection, a section, a hovered target or keyword, a span; and the one-line answers
 * when nothing can be clipped. The background is a fake `save` here; the e2e test uses the real one.
 */
import { readFileSync } from 'node:fs';
import { Window } from 'happy-dom';
import { describe, expect, it, vi } from 'vitest';
import { clipPageOf, PageClipper } from '../../entrypoints/content/clipper';
import type { TextSpan } from '../../entrypoints/content/selection-span';
import type { ReaderState } from '../../entrypoints/content/reader';
import { themeById, USER_THEME } from '../../lib/keywords/themes';
import { analyze } from '../../lib/analyze';
import { buildTextIndex } from '../../lib/dom/text-index';
import type { ClipResult } from '../../lib/messaging/protocol';
import { emptyReport } from '../../lib/messaging/page-report';
import type { ClipInput } from '../../lib/store/types';
import zh from '../../public/_locales/zh_CN/messages.json';

const URL_ = 'https://www.zj.gov.cn/art/2025/1/21/art_1229463129_60245498.html?utm_source=weixin';
const lines = readFileSync('tests/fixtures/corpus/reports-2025-provinces/2025年浙江省.txt', 'utf8')
  .split('\n')
  .map((l) => l.trim())
  .filter(Boolean);

function escape(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;');
}

function setup(options: { ready?: boolean; save?: (input: ClipInput) => Promise<ClipResult>; inView?: TextSpan | null } = {}) {
  const window = new Window({ url: URL_ });
  window.document.write(
    `<!DOCTYPE html><html><head><title>2025年浙江省政府工作报告_浙江省人民政府</title></head><body>
<div class="crumbs">首页 &gt; 政务公开</div><div id="zoom">${lines.map((l) => `<p>${escape(l)}</p>`).join('')}</div></body></html>`,
  );
  const doc = window.document as unknown as Document;
  const index = buildTextIndex(doc.getElementById('zoom')!);
  const analysis = analyze(index.text);
  const ready: ReaderState = {
    report: { ...emptyReport(URL_, 'ready', null), title: analysis.title ?? '2025年浙江省政府工作报告' },
    analysis,
    article: null,
    index,
  };
  const none: ReaderState = { report: emptyReport(URL_, 'none', 'not a report'), analysis: null, article: null, index: null };
  let state = options.ready === false ? none : ready;
  const saved: ClipInput[] = [];
  const save = vi.fn(
    options.save ??
      (async (input: ClipInput): Promise<ClipResult> => {
        saved.push(input);
        return { ok: true, clip: { ...input, id: `id${saved.length}`, collectionId: 'default', createdAt: '', updatedAt: '', note: '', tags: [] } };
      }),
  );
  const analyseNow = vi.fn(async () => {
    state = ready;
  });
  // What the window shows (the real one is measured by visible-span.ts): by default nothing of the article.
  const inView = vi.fn(() => options.inView ?? null);
  const clipper = new PageClipper({ doc, state: () => state, save, analyseNow, inView });
  return { doc, index, analysis, clipper, saved, save, analyseNow, inView };
}

function select(doc: Document, passage: string) {
  const walker = doc.createTreeWalker(doc.getElementById('zoom')!, 4);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const at = (n as Text).data.indexOf(passage);
    if (at >= 0) {
      doc.getSelection()!.setBaseAndExtent(n, at, n, at + passage.length);
      return;
    }
  }
  throw new Error(`not on the page: ${passage}`);
}

describe('PageClipper', () => {
  it('clips the selected passage with its targets, section, selectors and a normalised source', async () => {
    const { doc, clipper, saved, index } = setup();
    const passage = '全省生产总值增长5.5%，一般公共预算收入增长1.2%';
    select(doc, passage);
    const result = await clipper.clipSelection();
    expect(result.ok).toBe(true);
    const input = saved[0]!;
    expect(input.kind).toBe('selection');
    expect(input.text).toBe(passage);
    expect(input.targets.map((t) => passage.slice(t.start, t.end))).toContain('生产总值增长5.5%');
    expect(input.selectors.position.start).toBe(index.text.indexOf(passage));
    expect(input.source.url).toBe('https://www.zj.gov.cn/art/2025/1/21/art_1229463129_60245498.html');
    expect(input.source.region).toBe('浙江省');
    expect(input.source.year).toBe(2025);
    expect(input.section).not.toBeNull();
  });

  it('clips a whole section by its id, titled by the section', async () => {
    const { clipper, saved, analysis } = setup();
    const section = analysis.sections.find((s) => s.title.includes('保障和改善民生'))!;
    expect(section).toBeDefined();
    expect((await clipper.clipSection(section.id)).ok).toBe(true);
    expect(saved[0]!.kind).toBe('section');
    expect(saved[0]!.section).toBe(section.title);
    expect(saved[0]!.text).toContain(section.title);
    expect(saved[0]!.targets.length).toBeGreaterThan(3);
  });

  it('clips a hovered target or keyword as its own mention', async () => {
    const { clipper, saved, analysis, index } = setup();
    const target = analysis.targets.find((t) => index.text.slice(t.start, t.end) === '城镇调查失业率控制在5%以内')!;
    expect(target).toBeDefined();
    await clipper.clipItem({ type: 'target', target });
    expect(saved[0]).toMatchObject({ kind: 'target', text: '城镇调查失业率控制在5%以内' });
    expect(saved[0]!.targets).toHaveLength(1);
    const hit = analysis.keywords.find((k) => k.term === '新质生产力')!;
    await clipper.clipItem({ type: 'keyword', hit, theme: themeById(hit.theme) ?? USER_THEME, count: 1 });
    expect(saved[1]).toMatchObject({ kind: 'keyword', text: '新质生产力', keywords: [{ term: '新质生产力', theme: hit.theme }] });
  });

  it('clips this section (popup): the section where the selection starts, whatever is in view', async () => {
    const text = lines.join('\n');
    const { doc, clipper, saved, inView } = setup({ inView: { start: 0, end: 400 } });
    select(doc, '城镇调查失业率控制在5%以内');
    const result = await clipper.clipCurrentSection();
    expect(result.ok).toBe(true);
    expect(saved[0]).toMatchObject({ kind: 'section', section: '2025年目标任务和重点工作' });
    expect(saved[0]!.text.startsWith('二、2025年目标任务和重点工作')).toBe(true);
    expect(saved[0]!.targets.length).toBeGreaterThan(5);
    expect(inView).not.toHaveBeenCalled();
    // A selection inside a （三） of the plan: that （三）, not the chapter.
    select(doc, '切实做好“两重”项目谋划推进');
    await clipper.clipCurrentSection();
    expect(saved[1]!.section).toBe('抓好重大项目建设，进一步提高投资效益');
    expect(text).toContain(saved[1]!.text);
  });

  it('clips this section (popup) with nothing selected: the section at the top of the view', async () => {
    const probe = setup();
    const at = probe.index.text.indexOf('加快培育“415X”先进制造业集群');
    const { clipper, saved } = setup({ inView: { start: at, end: at + 900 } });
    expect((await clipper.clipCurrentSection()).ok).toBe(true);
    expect(saved[0]!.section).toBe('推动工业稳健运行、结构优化，全球先进制造业基地建设扎实推进');
    // The view starts in the opening (before 一、): the first heading in view is taken.
    const opening = setup({ inView: { start: 0, end: 400 } });
    await opening.clipper.clipCurrentSection();
    expect(opening.saved[0]!.section).toBe('2024年工作回顾');
  });

  it('clips the section around a hovered item (hover card 剪藏本节)', async () => {
    const { clipper, saved, analysis, index } = setup();
    const target = analysis.targets.find((t) => index.text.slice(t.start, t.end) === '电力装机2000万千瓦以上')!;
    expect(target).toBeDefined();
    await clipper.clipItemSection({ type: 'target', target });
    expect(saved[0]).toMatchObject({ kind: 'section', section: '协同推进降碳减污扩绿增长，打造高水平生态省' });
    const hit = analysis.keywords.find((k) => k.term === '新质生产力')!;
    await clipper.clipItemSection({ type: 'keyword', hit, theme: themeById(hit.theme) ?? USER_THEME, count: 1 });
    const section = analysis.sections.find((s) => s.title === saved[1]!.section)!;
    expect(section.start <= hit.start && hit.end <= section.end).toBe(true);
  });

  it('says in one line when there is no section to clip here', async () => {
    const { doc, clipper, save } = setup({ inView: null });
    expect(await clipper.clipCurrentSection()).toEqual({ ok: false, error: zh.clipNoSectionHere.message });
    // A selection in the opening, before the first heading.
    select(doc, '各位代表');
    expect(await clipper.clipCurrentSection()).toEqual({ ok: false, error: zh.clipNoSectionHere.message });
    expect(save).not.toHaveBeenCalled();
    const none = setup({ ready: false, inView: { start: 0, end: 100 } });
    expect(await none.clipper.clipCurrentSection()).toEqual({ ok: false, error: zh.clipNotReady.message });
  });

  it('clips a span the side panel names, with its note and tags', async () => {
    const { clipper, saved, index } = setup();
    const start = index.text.indexOf('主要预期目标');
    await clipper.clipSpan({ start, end: start + 60, kind: 'selection', note: '看目标', tags: ['2025', '浙江'] });
    expect(saved[0]).toMatchObject({ note: '看目标', tags: ['2025', '浙江'], text: index.text.slice(start, start + 60) });
  });

  it('says why nothing was clipped, in one line', async () => {
    const { doc, clipper, save } = setup();
    expect(await clipper.clipSelection()).toEqual({ ok: false, error: zh.clipNoSelection.message });
    doc.getSelection()!.selectAllChildren(doc.querySelector('.crumbs')!);
    expect(await clipper.clipSelection()).toEqual({ ok: false, error: zh.clipOutsideArticle.message });
    expect(await clipper.clipSection(9999)).toEqual({ ok: false, error: zh.clipNoSection.message });
    expect(await clipper.clipSpan({ start: 5, end: 2, kind: 'selection' })).toEqual({ ok: false, error: zh.clipOutsideArticle.message });
    expect(save).not.toHaveBeenCalled();
  });

  it('analyses a page that was not analysed before clipping its selection', async () => {
    const { doc, clipper, analyseNow, saved } = setup({ ready: false });
    expect(await clipper.clipSection(0)).toEqual({ ok: false, error: zh.clipNotReady.message });
    select(doc, '城镇调查失业率控制在5%以内');
    expect((await clipper.clipSelection()).ok).toBe(true);
    expect(analyseNow).toHaveBeenCalledTimes(1);
    expect(saved[0]!.text).toBe('城镇调查失业率控制在5%以内');
  });

  it('passes the store\'s answer on, and says so when the background cannot be reached', async () => {
    const full = setup({ save: async () => ({ ok: false, error: '存储空间已满，未能保存；已保存的内容未受影响。' }) });
    select(full.doc, '城镇调查失业率控制在5%以内');
    expect(await full.clipper.clipSelection()).toEqual({ ok: false, error: '存储空间已满，未能保存；已保存的内容未受影响。' });
    const gone = setup({ save: () => Promise.reject(new Error('Extension context invalidated.')) });
    select(gone.doc, '城镇调查失业率控制在5%以内');
    expect(await gone.clipper.clipSelection()).toEqual({ ok: false, error: zh.clipUnreachable.message });
  });

  it('gives the side panel the page text and analysis (getClipPage)', () => {
    const { clipper, index, analysis } = setup();
    const page = clipper.page()!;
    expect(page.text).toBe(index.text);
    expect(page.analysis).toBe(analysis);
    expect(page.pageTitle).toBe('2025年浙江省政府工作报告_浙江省人民政府');
    expect(clipPageOf({ report: emptyReport(URL_, 'none', null), analysis: null, article: null, index: null }, 't')).toBeNull();
  });
});
