// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { KeywordChart } from '../../components/KeywordChart';
import { countByTerm, countByTheme } from '../../lib/keywords/counts';
import { themeById } from '../../lib/keywords/themes';
import { analyzeCorpus } from './corpus-items';

afterEach(cleanup);

const TIANMEN = 'reports/2022_天门市.txt';

function renderChart() {
  const { keywords } = analyzeCorpus(TIANMEN);
  const onJump = vi.fn();
  const view = render(<KeywordChart hits={keywords} onJump={onJump} />);
  return { ...view, keywords, onJump };
}

describe('KeywordChart on a real report (天门 2022)', () => {
  it('draws one SVG bar per theme, longest for the most frequent, labelled with the real counts', () => {
    const { container, keywords } = renderChart();
    const themes = countByTheme(keywords);
    const chart = screen.getByRole('img');
    expect(chart.tagName.toLowerCase()).toBe('svg');
    const bars = [...chart.querySelectorAll('g.sp-bar')];
    expect(bars.map((g) => g.getAttribute('data-theme'))).toEqual(themes.map((c) => c.theme));
    expect(bars.map((g) => g.querySelector('.sp-bar__count')?.textContent)).toEqual(themes.map((c) => String(c.count)));
    expect(bars[0]?.querySelector('.sp-bar__label')?.textContent).toBe(themeById(themes[0]!.theme)?.zh.slice(0, 7));
    const widths = bars.map((g) => Number(g.querySelector('rect')?.getAttribute('width')));
    expect(widths).toEqual([...widths].sort((a, b) => b - a));
    expect(bars[0]?.querySelector('rect')?.getAttribute('fill')).toBe(themeById(themes[0]!.theme)?.color);
    expect(container.textContent).toContain(`共 ${keywords.length} 处`);
  });

  it('gives the theme chart an accessible name and a description that reads out every count', () => {
    const { keywords } = renderChart();
    const chart = screen.getByRole('img');
    const ids = chart.getAttribute('aria-labelledby')!.split(' ');
    const [title, desc] = ids.map((id) => document.getElementById(id)?.textContent);
    expect(title).toBe('各主题关键词出现次数');
    for (const c of countByTheme(keywords)) expect(desc).toContain(`${themeById(c.theme)?.zh} ${c.count} 次`);
  });

  it('lists the most frequent terms as buttons with their counts, and all of them on request', () => {
    const { keywords } = renderChart();
    const terms = countByTerm(keywords);
    const buttons = screen.getAllByRole('button').filter((b) => b.hasAttribute('data-term'));
    expect(buttons).toHaveLength(Math.min(25, terms.length));
    expect(buttons[0]?.getAttribute('aria-label')).toBe(`${terms[0]!.term}：${terms[0]!.count} 处，定位下一处`);
    fireEvent.click(screen.getByRole('button', { name: `显示全部（${terms.length}）` }));
    expect(screen.getAllByRole('button').filter((b) => b.hasAttribute('data-term'))).toHaveLength(terms.length);
  });

  it('steps through a term’s occurrences in page order on each click, then wraps around', () => {
    const { keywords, onJump } = renderChart();
    const top = countByTerm(keywords)[0]!;
    const expected = keywords
      .map((hit, index) => ({ hit, index }))
      .filter(({ hit }) => hit.term === top.term)
      .sort((a, b) => a.hit.start - b.hit.start)
      .map(({ index }) => index);
    expect(expected.length).toBe(top.count);
    const button = screen.getByRole('button', { name: new RegExp(`^${top.term}：`) });
    for (let i = 0; i < expected.length + 1; i++) fireEvent.click(button);
    expect(onJump.mock.calls.map((c) => c[0])).toEqual([...expected, expected[0]]);
    expect(screen.getByRole('status').textContent).toBe(`${top.term}：第 1 / ${top.count} 处`);
    expect(button.querySelector('.sp-bar__count')?.textContent).toBe(`${top.count} 1/${top.count}`);
  });

  it('works from the keyboard: Enter and Space on a focused term step too', () => {
    const { keywords, onJump } = renderChart();
    const second = countByTerm(keywords)[1]!;
    const button = screen.getByRole('button', { name: new RegExp(`^${second.term}：`) });
    expect(button.getAttribute('tabindex')).toBe('0');
    fireEvent.keyDown(button, { key: 'Enter' });
    fireEvent.keyDown(button, { key: ' ' });
    fireEvent.keyDown(button, { key: 'a' });
    expect(onJump).toHaveBeenCalledTimes(Math.min(2, second.count));
    for (const [index] of onJump.mock.calls) expect(keywords[index as number]?.term).toBe(second.term);
  });

  it('filters the terms by theme', () => {
    const { keywords } = renderChart();
    const theme = countByTheme(keywords)[1]!.theme;
    fireEvent.change(screen.getByLabelText('主题'), { target: { value: theme } });
    const shown = screen.getAllByRole('button').filter((b) => b.hasAttribute('data-term')).map((b) => b.getAttribute('data-term'));
    const inTheme = countByTerm(keywords.filter((k) => k.theme === theme)).map((c) => c.term);
    expect(shown).toEqual(inTheme.slice(0, 25));
  });

  it('says so when the page has no keywords', () => {
    render(<KeywordChart hits={[]} onJump={() => undefined} />);
    expect(screen.getByText('此页没有找到政策关键词。')).toBeTruthy();
    expect(document.querySelector('svg')).toBeNull();
  });
});
