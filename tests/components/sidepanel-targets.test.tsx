// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { TargetTable } from '../../components/TargetTable';
import { analyzeCorpus } from './corpus-items';

afterEach(cleanup);

const XIANYANG = 'reports/2022_咸阳市.txt';
const PLAN = '2022_市发改委_工作要点_含占位符.txt';

function renderTable(file: string, extra: Partial<Parameters<typeof TargetTable>[0]> = {}) {
  const analysis = analyzeCorpus(file);
  const onJump = vi.fn();
  const onSave = vi.fn();
  const onSaveAll = vi.fn();
  const view = render(
    // All rows at once (the progressive drawing has its own test below).
    <TargetTable
      targets={analysis.targets}
      sections={analysis.sections}
      onJump={onJump}
      onSave={onSave}
      onSaveAll={onSaveAll}
      initialRows={Infinity}
      {...extra}
    />,
  );
  return { ...view, analysis, onJump, onSave, onSaveAll };
}

const dataRows = (container: Element) => [...container.querySelectorAll<HTMLTableRowElement>('tr.sp-row')];
const indicators = (container: Element) => dataRows(container).map((r) => r.querySelector('.sp-link')?.textContent);

describe('TargetTable on a real city report (咸阳 2022)', () => {
  it('lists every target and result once, grouped under the report’s chapters in document order', () => {
    const { container, analysis } = renderTable(XIANYANG);
    const rows = dataRows(container);
    expect(rows).toHaveLength(analysis.targets.length);
    expect(rows.map((r) => Number(r.dataset.index))).toEqual(analysis.targets.map((_, i) => i));
    const groups = [...container.querySelectorAll('tr.sp-group th')].map((th) => th.textContent);
    expect(groups[0]).toMatch(/^一、过去五年工作回顾 \(\d+\)$/);
    expect(groups.some((g) => g?.startsWith('三、2022年重点工作'))).toBe(true);
    expect(screen.getByRole('status').textContent).toBe(`显示 ${analysis.targets.length} / ${analysis.targets.length} 项`);
  });

  it('shows value, unit and qualifier as a reader writes them, the kind and the period', () => {
    const { container, analysis } = renderTable(XIANYANG);
    const index = analysis.targets.findIndex((t) => t.text === '粮食产量保持在181万吨以上');
    const row = container.querySelector(`tr[data-index="${index}"]`)!;
    const cells = [...row.querySelectorAll('td')].map((td) => td.textContent);
    expect(cells.slice(0, 4)).toEqual(['粮食产量主要预期目标', '181万吨 以上', '目标', '2022年']);
  });

  it('filters by kind: only results, each with the 实绩 chip', () => {
    const { container, analysis } = renderTable(XIANYANG);
    fireEvent.change(screen.getByLabelText('类型'), { target: { value: 'result' } });
    const rows = dataRows(container);
    expect(rows).toHaveLength(analysis.targets.filter((t) => t.kind === 'result').length);
    expect(new Set(rows.map((r) => r.querySelector('.sp-chip')?.textContent))).toEqual(new Set(['实绩']));
  });

  it('filters by section, subsections included', () => {
    const { container, analysis } = renderTable(XIANYANG);
    const chapter = analysis.sections.find((s) => s.title === '2022年重点工作')!;
    fireEvent.change(screen.getByLabelText('章节'), { target: { value: String(chapter.id) } });
    const inside = analysis.targets.filter((t) => t.start >= chapter.start && t.start < chapter.end);
    expect(inside.length).toBeGreaterThan(5);
    expect(dataRows(container).map((r) => Number(r.dataset.index))).toEqual(inside.map((t) => analysis.targets.indexOf(t)));
  });

  it('searches indicator, source text and section title', () => {
    const { container, analysis } = renderTable(XIANYANG);
    fireEvent.input(screen.getByLabelText('搜索'), { target: { value: '粮食' } });
    const shown = dataRows(container).map((r) => analysis.targets[Number(r.dataset.index)]!);
    expect(shown.slice(0, 2).map((t) => t.indicator)).toEqual(['粮食产量', '粮食种植面积']);
    for (const t of shown) expect(`${t.indicator}${t.text}${t.section}`).toContain('粮食');
    expect(shown).toHaveLength(analysis.targets.filter((t) => `${t.indicator}${t.text}${t.section}`.includes('粮食')).length);
    fireEvent.input(screen.getByLabelText('搜索'), { target: { value: '没有这个指标' } });
    expect(screen.getByText('没有符合筛选条件的指标。')).toBeTruthy();
  });

  it('finds GDP typed in full width (ＧＤＰ) or lower case', () => {
    const { container } = renderTable(PLAN);
    fireEvent.input(screen.getByLabelText('搜索'), { target: { value: 'ＧＤＰ' } });
    const wide = indicators(container);
    expect(wide.length).toBeGreaterThan(0);
    for (const name of wide) expect(name).toMatch(/GDP/);
    fireEvent.input(screen.getByLabelText('搜索'), { target: { value: 'gdp' } });
    expect(indicators(container)).toEqual(wide);
  });

  it('sorts by value within each chapter, both directions, and marks the column with aria-sort', () => {
    const { container, analysis } = renderTable(XIANYANG);
    const header = screen.getByRole('button', { name: '数值' });
    fireEvent.click(header);
    expect(header.closest('th')?.getAttribute('aria-sort')).toBe('ascending');
    const firstGroup = container.querySelector('tbody')!;
    const values = [...firstGroup.querySelectorAll('tr.sp-row')].map((r) => analysis.targets[Number((r as HTMLElement).dataset.index)]!.value);
    const known = values.filter((v): v is number => v !== null);
    expect(known).toEqual([...known].sort((a, b) => a - b));
    fireEvent.click(header);
    expect(header.closest('th')?.getAttribute('aria-sort')).toBe('descending');
    const down = [...container.querySelector('tbody')!.querySelectorAll('tr.sp-row')].map((r) => analysis.targets[Number((r as HTMLElement).dataset.index)]!.value);
    expect(down.filter((v) => v !== null)).toEqual([...known].sort((a, b) => b - a));
  });

  it('sends the target’s report index when its row or its button is activated', () => {
    const { container, analysis, onJump } = renderTable(XIANYANG);
    const index = analysis.targets.findIndex((t) => t.text === '粮食产量保持在181万吨以上');
    const row = container.querySelector(`tr[data-index="${index}"]`)!;
    const button = within(row as HTMLElement).getByRole('button', { name: '在页面中定位：粮食产量 181万吨 以上' });
    fireEvent.click(button);
    expect(onJump).toHaveBeenLastCalledWith(index);
    fireEvent.click(row.querySelector('td.sp-value')!);
    expect(onJump).toHaveBeenCalledTimes(2);
  });

  it('saves one target without jumping, and all targets in one action; saved rows say so', () => {
    const { container, analysis, onSave, onSaveAll, onJump, rerender } = renderTable(XIANYANG);
    const index = analysis.targets.findIndex((t) => t.text === '粮食产量保持在181万吨以上');
    fireEvent.click(screen.getAllByRole('button', { name: '保存“粮食产量”' })[0]!);
    expect(onSave).toHaveBeenCalledWith(index);
    expect(onJump).not.toHaveBeenCalled();
    fireEvent.click(screen.getByRole('button', { name: `保存本页全部指标（${analysis.targets.length}）` }));
    expect(onSaveAll).toHaveBeenCalledTimes(1);
    rerender(
      <TargetTable targets={analysis.targets} sections={analysis.sections} onJump={onJump} onSave={onSave} savedIndices={new Set([index])} initialRows={Infinity} />,
    );
    const saved = container.querySelector(`tr[data-index="${index}"] button[disabled]`);
    expect(saved?.getAttribute('aria-label')).toBe('“粮食产量”已保存');
  });
});

describe('TargetTable drawing a long list', () => {
  it('draws the first rows at once and the rest in later tasks, in document order', async () => {
    const { container, analysis } = renderTable(XIANYANG, { initialRows: 20 });
    expect(dataRows(container)).toHaveLength(20);
    await waitFor(() => expect(dataRows(container)).toHaveLength(analysis.targets.length));
    expect(dataRows(container).map((r) => Number(r.dataset.index))).toEqual(analysis.targets.map((_, i) => i));
    // Every group header says how many rows it has in all, even before they are drawn.
    const counts = [...container.querySelectorAll('tr.sp-group .sp-group__count')].map((c) => Number(c.textContent?.replace(/\D/g, '')));
    expect(counts.reduce((a, b) => a + b, 0)).toBe(analysis.targets.length);
  });
});

describe('TargetTable on a work plan with hidden numbers', () => {
  it('shows masked values as X with a note, never as 0, and sorts them last', () => {
    const { container, analysis } = renderTable(PLAN);
    const index = analysis.targets.findIndex((t) => t.text === 'GDP增长X%左右');
    const cell = container.querySelector(`tr[data-index="${index}"] td.sp-value`)!;
    expect(cell.textContent).toBe('X% 左右（数值已遮蔽）');
    expect(cell.hasAttribute('data-masked')).toBe(true);
    expect(container.textContent).not.toMatch(/(^|[^\d.])0%/);
    fireEvent.click(screen.getByRole('button', { name: '数值' }));
    for (const body of container.querySelectorAll('tbody')) {
      const masked = [...body.querySelectorAll('tr.sp-row')].map((r) => analysis.targets[Number((r as HTMLElement).dataset.index)]!.masked);
      const firstMasked = masked.indexOf(true);
      if (firstMasked >= 0) expect(masked.slice(firstMasked).every(Boolean)).toBe(true);
    }
  });
});

describe('TargetTable with nothing to show', () => {
  it('says so instead of an empty table', () => {
    render(<TargetTable targets={[]} sections={[]} onJump={() => undefined} />);
    expect(screen.getByText('此页没有找到量化指标。')).toBeTruthy();
    expect(document.querySelector('table')).toBeNull();
  });
});
