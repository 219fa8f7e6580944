// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import fc from 'fast-check';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { HoverCard, HOVER_CARD_CSS, placeCard, type AnchorRect, type HoverItem } from '../../components/HoverCard';
import { themeById } from '../../lib/keywords/themes';
import { analyzeCorpus, targetByText } from './corpus-items';

afterEach(cleanup);

const VIEWPORT = { width: 1280, height: 800 };
const CARD = { width: 320, height: 190 };

function rect(left: number, top: number, width: number, height: number): AnchorRect {
  return { left, top, right: left + width, bottom: top + height };
}

describe('placeCard', () => {
  it('goes below the anchor when there is room, left-aligned with it', () => {
    const p = placeCard(rect(200, 100, 120, 20), CARD, VIEWPORT);
    expect(p).toMatchObject({ side: 'below', top: 126, left: 200, coversAnchor: false });
  });

  it('goes above when the anchor is near the bottom of the viewport', () => {
    const p = placeCard(rect(200, 700, 120, 20), CARD, VIEWPORT);
    expect(p.side).toBe('above');
    expect(p.top + CARD.height).toBe(700 - 6);
  });

  it('clamps to the right and left edges', () => {
    expect(placeCard(rect(1200, 100, 60, 20), CARD, VIEWPORT).left).toBe(1280 - 8 - 320);
    expect(placeCard(rect(-40, 100, 60, 20), CARD, VIEWPORT).left).toBe(8);
  });

  it('on a narrow phone-sized viewport, narrows the card to the viewport', () => {
    const p = placeCard(rect(30, 100, 60, 20), CARD, { width: 300, height: 600 });
    expect(p.left).toBe(8);
    expect(p.maxWidth).toBe(284);
  });

  it('when the card fits on neither side, takes the roomier side and scrolls, without covering the anchor', () => {
    const short = { width: 1280, height: 300 };
    const low = placeCard(rect(100, 200, 80, 20), CARD, short);
    expect(low).toMatchObject({ side: 'above', top: 8, maxHeight: 200 - 6 - 8, coversAnchor: false });
    const high = placeCard(rect(100, 60, 80, 20), CARD, short);
    expect(high).toMatchObject({ side: 'below', top: 86, maxHeight: 300 - 8 - 86, coversAnchor: false });
  });

  it('covers the anchor only when neither side has room for even a short card', () => {
    const p = placeCard(rect(100, 20, 80, 260), CARD, { width: 800, height: 300 });
    expect(p.coversAnchor).toBe(true);
    expect(p.top).toBeGreaterThanOrEqual(8);
    expect(p.top + Math.min(CARD.height, p.maxHeight)).toBeLessThanOrEqual(300 - 8);
  });

  it('never overlaps the anchor and stays inside the viewport (property)', () => {
    const scene = fc
      .record({
        vw: fc.integer({ min: 200, max: 2000 }),
        vh: fc.integer({ min: 150, max: 1400 }),
        cw: fc.integer({ min: 100, max: 500 }),
        ch: fc.integer({ min: 40, max: 600 }),
        x: fc.double({ min: -0.2, max: 1.1, noNaN: true }),
        y: fc.double({ min: 0, max: 1, noNaN: true }),
        w: fc.integer({ min: 4, max: 600 }),
        h: fc.integer({ min: 10, max: 60 }),
      })
      .filter((s) => s.y * s.vh + s.h <= s.vh);
    fc.assert(
      fc.property(scene, (s) => {
        const viewport = { width: s.vw, height: s.vh };
        const anchor = rect(s.x * s.vw, s.y * s.vh, s.w, s.h);
        const p = placeCard(anchor, { width: s.cw, height: s.ch }, viewport);
        const height = Math.min(s.ch, p.maxHeight);
        const width = Math.min(s.cw, p.maxWidth);
        expect(p.left).toBeGreaterThanOrEqual(8);
        expect(p.left + width).toBeLessThanOrEqual(s.vw - 8 + 1e-9);
        expect(p.top).toBeGreaterThanOrEqual(8 - 1e-9);
        expect(p.top + height).toBeLessThanOrEqual(s.vh - 8 + 1e-9);
        if (!p.coversAnchor) {
          const overlaps = p.top < anchor.bottom && p.top + height > anchor.top;
          expect(overlaps).toBe(false);
        }
      }),
    );
  });
});

const XIANYANG = 'reports/2022_咸阳市.txt';
const TIANMEN = 'reports/2022_天门市.txt';
const PLAN = '2022_市发改委_工作要点_含占位符.txt';
const ANCHOR = rect(200, 120, 160, 22);

function renderCard(
  item: HoverItem,
  extra: { onSave?: (item: HoverItem) => void; onClipSection?: (item: HoverItem) => void; autoFocus?: boolean } = {},
) {
  const onClose = vi.fn();
  const view = render(<HoverCard item={item} anchor={ANCHOR} viewport={VIEWPORT} onClose={onClose} {...extra} />);
  return { ...view, onClose, dialog: screen.getByRole('dialog') };
}

describe('HoverCard for a target', () => {
  it('shows indicator, value with qualifier, direction, kind, period, section and the headline tag', () => {
    const target = targetByText(XIANYANG, '粮食产量保持在181万吨以上');
    const { dialog } = renderCard({ type: 'target', target });
    expect(dialog.getAttribute('aria-label')).toBe('目标：粮食产量');
    expect(dialog.querySelector('.gov-card__title')?.textContent).toBe('粮食产量');
    expect(dialog.querySelector('.gov-card__value')?.textContent).toBe('181万吨 以上');
    const rows = [...dialog.querySelectorAll('dt')].map((dt) => [dt.textContent, dt.nextElementSibling?.textContent]);
    expect(rows).toEqual([
      ['数值', '181万吨 以上'],
      ['变化', '保持在'],
      ['时期', '2022年'],
      ['所在章节', '2022年重点工作'],
    ]);
    expect(dialog.textContent).toContain('主要预期目标');
  });

  it('tells a target from a result by the chip text and its shape class, not only colour', () => {
    const { dialog: planCard, unmount } = renderCard({ type: 'target', target: targetByText(XIANYANG, '粮食产量保持在181万吨以上') });
    const planChip = planCard.querySelector('.gov-chip');
    expect(planChip?.textContent).toBe('◎目标');
    expect(planChip?.getAttribute('data-kind')).toBe('target');
    unmount();
    const { dialog: reviewCard } = renderCard({ type: 'target', target: targetByText(TIANMEN, '拆除中小养殖场2600多家') });
    const reviewChip = reviewCard.querySelector('.gov-chip');
    expect(reviewChip?.textContent).toBe('✓实绩');
    expect(reviewCard.getAttribute('aria-label')).toBe('实绩：拆除中小养殖场');
    expect(reviewCard.querySelector('.gov-card__value')?.textContent).toBe('2600多家');
    expect(reviewCard.textContent).not.toContain('主要预期目标');
    // The two chips differ in border style in the shipped CSS.
    expect(HOVER_CARD_CSS).toMatch(/\.gov-chip--target \{[^}]*dashed/);
    expect(HOVER_CARD_CSS).toMatch(/\.gov-chip--result \{[^}]*solid/);
  });

  it('shows a masked figure from a 发改委 work plan as hidden, not as zero', () => {
    const target = targetByText(PLAN, 'GDP增长X%左右');
    const { dialog } = renderCard({ type: 'target', target });
    const value = dialog.querySelector('.gov-card__value');
    expect(value?.textContent).toBe('X% 左右（数值已遮蔽）');
    expect(value?.hasAttribute('data-masked')).toBe(true);
    expect(dialog.textContent).not.toMatch(/\b0%/);
  });

  it('leaves out rows the engine has no data for', () => {
    const target = targetByText(PLAN, 'X亿元以上新开工项目');
    expect(target.direction).toBeNull();
    expect(target.period).toBeNull();
    const { dialog } = renderCard({ type: 'target', target });
    const labels = [...dialog.querySelectorAll('dt')].map((dt) => dt.textContent);
    expect(labels).toEqual(['数值', '所在章节']);
  });
});

describe('HoverCard for a keyword', () => {
  it('shows the term, its theme with the colour swatch and the count on the page', () => {
    const analysis = analyzeCorpus(XIANYANG);
    const hit = analysis.keywords.find((k) => k.term === '高质量发展');
    expect(hit).toBeDefined();
    if (!hit) return;
    const theme = themeById(hit.theme);
    expect(theme).toBeDefined();
    if (!theme) return;
    const count = analysis.keywords.filter((k) => k.term === hit.term).length;
    expect(count).toBeGreaterThan(1);
    const { dialog } = renderCard({ type: 'keyword', hit, theme, count });
    expect(dialog.getAttribute('aria-label')).toBe('政策关键词：高质量发展');
    expect(dialog.querySelector('.gov-card__title')?.textContent).toBe('高质量发展');
    expect(dialog.textContent).toContain(theme.zh);
    expect(dialog.textContent).toContain(`本页出现${count} 次`);
    const swatch = dialog.querySelector<HTMLElement>('.gov-card__swatch');
    expect(swatch?.getAttribute('aria-hidden')).toBe('true');
    expect(swatch?.style.background).toBe(theme.color);
  });
});

describe('HoverCard keyboard and actions', () => {
  const item = (): HoverItem => ({ type: 'target', target: targetByText(XIANYANG, '年均经济增速7%左右') });

  it('is a labelled dialog that can take focus, and takes it when opened from the keyboard', () => {
    const { dialog } = renderCard(item(), { autoFocus: true });
    expect(dialog.getAttribute('tabindex')).toBe('-1');
    expect(document.activeElement).toBe(dialog);
  });

  it('does not steal focus when opened by hovering', () => {
    const { dialog } = renderCard(item());
    expect(document.activeElement).not.toBe(dialog);
  });

  it('closes on Escape, pressed in the card or anywhere on the page', () => {
    const { dialog, onClose } = renderCard(item());
    fireEvent.keyDown(dialog, { key: 'Escape' });
    expect(onClose).toHaveBeenCalledTimes(1);
    fireEvent.keyDown(document.body, { key: 'Escape' });
    expect(onClose).toHaveBeenCalledTimes(2);
    fireEvent.keyDown(dialog, { key: 'Enter' });
    expect(onClose).toHaveBeenCalledTimes(2);
  });

  it('stops listening for Escape once closed', () => {
    const { onClose, unmount } = renderCard(item());
    unmount();
    fireEvent.keyDown(document.body, { key: 'Escape' });
    expect(onClose).not.toHaveBeenCalled();
  });

  it('tabs through 保存 then 关闭, and 保存 hands back the item', () => {
    const onSave = vi.fn();
    const shown = item();
    const { dialog, onClose } = renderCard(shown, { onSave });
    const tabbable = [...dialog.querySelectorAll<HTMLElement>('button, a[href], input, [tabindex]')].filter(
      (el) => el.tabIndex >= 0,
    );
    expect(tabbable.map((el) => el.textContent)).toEqual(['保存', '关闭']);
    fireEvent.click(screen.getByRole('button', { name: '保存' }));
    expect(onSave).toHaveBeenCalledWith(shown);
    fireEvent.click(screen.getByRole('button', { name: '关闭' }));
    expect(onClose).toHaveBeenCalledTimes(1);
  });

  it('with onClipSection, tabs through 保存, 剪藏本节, 关闭; 剪藏本节 hands back the hovered item', () => {
    const onSave = vi.fn();
    const onClipSection = vi.fn();
    const shown = item();
    const { dialog } = renderCard(shown, { onSave, onClipSection });
    const tabbable = [...dialog.querySelectorAll<HTMLElement>('button')].filter((el) => el.tabIndex >= 0);
    expect(tabbable.map((el) => el.textContent)).toEqual(['保存', '剪藏本节', '关闭']);
    fireEvent.click(screen.getByRole('button', { name: '剪藏本节' }));
    expect(onClipSection).toHaveBeenCalledWith(shown);
    expect(onSave).not.toHaveBeenCalled();
  });

  it('offers 剪藏本节 on a keyword card too, and not at all without onClipSection', () => {
    const analysis = analyzeCorpus(TIANMEN);
    const hit = analysis.keywords.find((k) => k.term === '高质量发展')!;
    const keyword: HoverItem = { type: 'keyword', hit, theme: themeById(hit.theme)!, count: 1 };
    const onClipSection = vi.fn();
    const { unmount } = renderCard(keyword, { onClipSection });
    fireEvent.click(screen.getByRole('button', { name: '剪藏本节' }));
    expect(onClipSection).toHaveBeenCalledWith(keyword);
    unmount();
    renderCard(keyword);
    expect(screen.queryByRole('button', { name: '剪藏本节' })).toBeNull();
  });

  it('has no 保存 button without onSave', () => {
    renderCard(item());
    expect(screen.queryByRole('button', { name: '保存' })).toBeNull();
    expect(screen.getByRole('button', { name: '关闭' })).toBeTruthy();
  });

  it('positions itself from the anchor with fixed coordinates', () => {
    const { dialog } = renderCard(item());
    expect(dialog.style.top).toBe(`${ANCHOR.bottom + 6}px`);
    expect(dialog.style.left).toBe(`${ANCHOR.left}px`);
    expect(dialog.getAttribute('data-side')).toBe('below');
  });
});
