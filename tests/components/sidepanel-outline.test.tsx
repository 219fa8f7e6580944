// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, within } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { OutlineTree } from '../../components/OutlineTree';
import { analyzeCorpus } from './corpus-items';

afterEach(cleanup);

const XIANYANG = 'reports/2022_咸阳市.txt';

function renderOutline(clippedIds?: ReadonlySet<number>) {
  const analysis = analyzeCorpus(XIANYANG);
  const onJump = vi.fn();
  const onJumpHeadline = vi.fn();
  const onClipSection = vi.fn();
  const view = render(
    <OutlineTree
      sections={analysis.sections}
      targets={analysis.targets}
      headline={analysis.headline}
      onJump={onJump}
      onJumpHeadline={onJumpHeadline}
      onClipSection={onClipSection}
      clippedIds={clippedIds}
    />,
  );
  return { ...view, analysis, onJump, onJumpHeadline, onClipSection };
}

const item = (container: Element, id: number) => container.querySelector<HTMLElement>(`li[data-section="${id}"]`)!;

describe('OutlineTree on a real city report (咸阳 2022)', () => {
  it('nests the headings as the report does: chapters at the top, their parts inside', () => {
    const { container, analysis } = renderOutline();
    const top = [...container.querySelectorAll(':scope nav > ol > li')].map((li) => Number(li.getAttribute('data-section')));
    expect(top).toEqual(analysis.sections.filter((s) => s.parentId === null).map((s) => s.id));
    const work = analysis.sections.find((s) => s.title === '2022年重点工作')!;
    const children = [...item(container, work.id).querySelectorAll(':scope > ol > li')].map((li) => Number(li.getAttribute('data-section')));
    expect(children).toEqual(analysis.sections.filter((s) => s.parentId === work.id).map((s) => s.id));
    expect(children.length).toBe(7);
    expect(within(item(container, work.id)).getAllByRole('button')[0]?.textContent).toBe('三、2022年重点工作');
  });

  it('counts the targets inside each section, subsections included', () => {
    const { container, analysis } = renderOutline();
    for (const section of analysis.sections) {
      const expected = analysis.targets.filter((t) => t.start >= section.start && t.start < section.end).length;
      const count = item(container, section.id).querySelector(':scope > .sp-outline__row > .sp-outline__count');
      expect(count?.textContent, section.title).toBe(String(expected));
      expect(count?.getAttribute('aria-label')).toBe(`${expected} 项指标`);
    }
    const review = analysis.sections.find((s) => s.title === '过去五年工作回顾')!;
    expect(Number(item(container, review.id).querySelector('.sp-outline__count')?.textContent)).toBeGreaterThan(10);
  });

  it('marks the section that holds the headline targets, and jumps to the paragraph itself', () => {
    const { container, analysis, onJumpHeadline } = renderOutline();
    const marked = [...container.querySelectorAll('li')].filter((li) => li.querySelector(':scope > .sp-outline__row > .sp-tag--headline'));
    expect(marked).toHaveLength(1);
    const section = analysis.sections.find((s) => s.id === Number(marked[0]!.getAttribute('data-section')))!;
    expect(section.start <= analysis.headline!.start && analysis.headline!.end <= section.end).toBe(true);
    fireEvent.click(screen.getByRole('button', { name: '★ 主要预期目标' }));
    expect(onJumpHeadline).toHaveBeenCalledWith(analysis.headline);
  });

  it('jumps to a section and clips a section by its id; a clipped section says so', () => {
    const { container, analysis, onJump, onClipSection, unmount } = renderOutline();
    const work = analysis.sections.find((s) => s.title === '2022年重点工作')!;
    fireEvent.click(within(item(container, work.id)).getAllByRole('button')[0]!);
    expect(onJump).toHaveBeenCalledWith(work.id);
    fireEvent.click(screen.getByRole('button', { name: '剪藏此节：2022年重点工作' }));
    expect(onClipSection).toHaveBeenCalledWith(work.id);
    unmount();
    renderOutline(new Set([work.id]));
    const done = screen.getByRole('button', { name: '已剪藏：2022年重点工作' });
    expect(done.hasAttribute('disabled')).toBe(true);
  });

  it('tags review and plan parts in words, not only colour', () => {
    const { container, analysis } = renderOutline();
    const review = analysis.sections.find((s) => s.kind === 'review')!;
    const plan = analysis.sections.find((s) => s.kind === 'plan')!;
    expect(item(container, review.id).querySelector('.sp-tag--review')?.textContent).toBe('回顾');
    expect(item(container, plan.id).querySelector('.sp-tag--plan')?.textContent).toBe('部署');
  });

  it('says so when the page has no headings', () => {
    render(<OutlineTree sections={[]} targets={[]} headline={null} onJump={() => undefined} />);
    expect(screen.getByText('此页没有找到章节标题。')).toBeTruthy();
  });
});
