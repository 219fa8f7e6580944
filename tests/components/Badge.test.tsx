// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Badge, BADGE_CSS, type BadgeCounts } from '../../components/Badge';
import { analyzeCorpus } from './corpus-items';

afterEach(cleanup);

/** The counts the content script would show for a real report. */
function countsOf(file: string): BadgeCounts {
  const analysis = analyzeCorpus(file);
  return {
    target: analysis.targets.filter((t) => t.kind === 'target').length,
    result: analysis.targets.filter((t) => t.kind === 'result').length,
    keyword: analysis.keywords.length,
  };
}

function renderBadge(counts: BadgeCounts, highlightsVisible = true) {
  const handlers = { onToggleAll: vi.fn(), onOpenPanel: vi.fn(), onDismiss: vi.fn() };
  const view = render(<Badge counts={counts} highlightsVisible={highlightsVisible} {...handlers} />);
  return { ...view, ...handlers, region: screen.getByRole('region', { name: '报告标注概览' }) };
}

describe('Badge', () => {
  it('shows the counts of targets, results and keywords found in a report', () => {
    const counts = countsOf('reports/2022_咸阳市.txt');
    expect(counts.target).toBeGreaterThan(0);
    expect(counts.result).toBeGreaterThan(0);
    expect(counts.keyword).toBeGreaterThan(0);
    const { region } = renderBadge(counts);
    expect(region.querySelector('.gov-badge__counts')?.textContent).toBe(
      `目标 ${counts.target}·实绩 ${counts.result}·关键词 ${counts.keyword}`,
    );
  });

  it('names every button, icon buttons included, and keeps them in a sensible tab order', () => {
    const { region } = renderBadge(countsOf('2022_市发改委_工作要点_含占位符.txt'));
    const buttons = [...region.querySelectorAll('button')];
    const names = buttons.map((b) => b.getAttribute('aria-label') ?? b.textContent);
    expect(names).toEqual(['打开侧边栏', '隐藏标注', '移到另一侧', '关闭（本页不再显示）']);
    // Native buttons: reachable with Tab and operated with Enter/Space by the browser itself.
    for (const b of buttons) {
      expect(b.getAttribute('type')).toBe('button');
      expect(b.tabIndex).toBe(0);
    }
  });

  it('asks to open the side panel', () => {
    const { onOpenPanel } = renderBadge({ target: 3, result: 5, keyword: 40 });
    fireEvent.click(screen.getByRole('button', { name: '打开侧边栏' }));
    expect(onOpenPanel).toHaveBeenCalledTimes(1);
  });

  it('asks to hide all highlights while they show, and to show them while hidden', () => {
    const { onToggleAll, rerender } = renderBadge({ target: 3, result: 5, keyword: 40 }, true);
    fireEvent.click(screen.getByRole('button', { name: '隐藏标注' }));
    expect(onToggleAll).toHaveBeenLastCalledWith(false);
    rerender(
      <Badge counts={{ target: 3, result: 5, keyword: 40 }} highlightsVisible={false} onToggleAll={onToggleAll} onOpenPanel={vi.fn()} />,
    );
    fireEvent.click(screen.getByRole('button', { name: '显示标注' }));
    expect(onToggleAll).toHaveBeenLastCalledWith(true);
  });

  it('moves to the other bottom corner and back', () => {
    const { region } = renderBadge({ target: 1, result: 0, keyword: 2 });
    expect(region.getAttribute('data-corner')).toBe('bottom-right');
    const move = screen.getByRole('button', { name: '移到另一侧' });
    fireEvent.click(move);
    expect(screen.getByRole('region').getAttribute('data-corner')).toBe('bottom-left');
    fireEvent.click(move);
    expect(screen.getByRole('region').getAttribute('data-corner')).toBe('bottom-right');
  });

  it('hides itself for the page when closed and tells the host', () => {
    const { onDismiss } = renderBadge({ target: 1, result: 0, keyword: 2 });
    fireEvent.click(screen.getByRole('button', { name: '关闭（本页不再显示）' }));
    expect(screen.queryByRole('region')).toBeNull();
    expect(onDismiss).toHaveBeenCalledTimes(1);
  });

  it('sits at the bottom, clear of pinned page headers, and stays within narrow viewports', () => {
    expect(BADGE_CSS).toMatch(/\.gov-badge \{[^}]*position: fixed;[^}]*bottom: 16px;/);
    expect(BADGE_CSS).not.toMatch(/\.gov-badge[^{]*\{[^}]*\btop:/);
    expect(BADGE_CSS).toMatch(/max-width: calc\(100vw - 32px\)/);
  });
});
