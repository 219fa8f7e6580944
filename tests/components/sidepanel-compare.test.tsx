// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, within } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { CompareView } from '../../components/CompareView';
import type { Collection } from '../../lib/store/types';
import { headlineClip, sentenceClip } from '../compare/corpus-clips';

afterEach(cleanup);

const P = (name: string) => `reports-2025-provinces/2025年${name}.txt`;

const collections: Collection[] = [
  { id: 'col-provinces', name: '2025 各省目标', createdAt: '2025-03-01T08:00:00.000Z', updatedAt: '2025-03-01T08:00:00.000Z' },
  { id: 'col-empty', name: '空合集', createdAt: '2025-03-02T08:00:00.000Z', updatedAt: '2025-03-02T08:00:00.000Z' },
  { id: 'col-notes', name: '笔记', createdAt: '2025-03-03T08:00:00.000Z', updatedAt: '2025-03-03T08:00:00.000Z' },
];

const clips = [
  headlineClip(P('广东省')),
  headlineClip(P('浙江省')),
  headlineClip(P('湖北省')),
  headlineClip(P('四川省')),
  // A clip of another collection with figures of its own: never mixed in.
  headlineClip('reports/2022_天门市.txt', { collectionId: 'col-notes' }),
];

function renderCompare(collectionId = 'col-provinces') {
  const onSelectCollection = vi.fn();
  const onOpenClip = vi.fn();
  const view = render(
    <CompareView collections={collections} clips={clips} collectionId={collectionId} onSelectCollection={onSelectCollection} onOpenClip={onOpenClip} />,
  );
  return { ...view, onSelectCollection, onOpenClip };
}

const tableRows = () => [...document.querySelectorAll('.sp-compare__table tbody tr')].map((tr) => [...tr.children].map((c) => c.textContent));

describe('CompareView across four provincial headline lists', () => {
  it('starts with the indicator most reports state (GDP) and lists region, year, value, qualifier and kind', () => {
    renderCompare();
    expect((screen.getByLabelText('指标') as HTMLSelectElement).value).toBe('gdp');
    expect(tableRows()).toEqual([
      ['广东省', '2025', '增长 5% · 地区生产总值', '左右', '目标'],
      ['湖北省', '2025', '增长 6% · 经济', '左右', '目标'],
      ['四川省', '2025', '增长 5.5% · 地区生产总值', '以上', '目标'],
      ['浙江省', '2025', '增长 5.5% · 生产总值', '左右', '目标'],
    ]);
    expect(screen.getByText('地区生产总值：4 条')).toBeTruthy();
  });

  it('draws an SVG bar per figure, proportional to the value, with an accessible title and description', () => {
    renderCompare();
    const chart = screen.getByRole('img');
    const [title, desc] = chart.getAttribute('aria-labelledby')!.split(' ').map((id) => document.getElementById(id)?.textContent);
    expect(title).toBe('地区生产总值（%）');
    expect(desc).toContain('湖北省 2025 目标 6%左右');
    const bars = [...chart.querySelectorAll('g.sp-bar')];
    expect(bars.map((g) => g.querySelector('.sp-bar__label')?.textContent)).toEqual(['广东省 2025', '湖北省 2025', '四川省 2025', '浙江省 2025']);
    const widths = bars.map((g) => Number(g.querySelector('rect.sp-bar__value')?.getAttribute('width')));
    expect(widths[1]).toBeGreaterThan(widths[2]!);
    expect(widths[2]).toBeCloseTo(widths[3]!);
    expect(widths[0]! / widths[1]!).toBeCloseTo(5 / 6);
  });

  it('switches the indicator: grain output in one unit, 万吨 converted', () => {
    renderCompare();
    fireEvent.change(screen.getByLabelText('指标'), { target: { value: 'grain' } });
    expect(tableRows().map((r) => r[0] + ' ' + r[2])).toEqual(['广东省 1285万吨 · 粮食产量', '湖北省 保持 500亿斤 · 粮食产量', '四川省 725亿斤 · 粮食产量']);
    const chart = screen.getByRole('img');
    expect(chart.querySelector('title')?.textContent).toBe('粮食产量（亿斤）');
    expect([...chart.querySelectorAll('.sp-bar__count')].map((t) => t.textContent)).toEqual(['257亿斤', '500亿斤以上', '725亿斤以上']);
  });

  it('offers only the indicators present, with how many figures each has', () => {
    renderCompare();
    const options = [...(screen.getByLabelText('指标') as HTMLSelectElement).options].map((o) => o.textContent);
    expect(options.slice(0, 3)).toEqual(['地区生产总值 (4)', '居民消费价格涨幅 (4)', '城镇调查失业率 (4)']);
    expect(options).not.toContain('固定资产投资 (1)');
  });

  it('opens the source of a row, and changes collection through the callback', () => {
    const { onOpenClip, onSelectCollection } = renderCompare();
    const row = screen.getAllByRole('row')[2]!;
    fireEvent.click(within(row).getByRole('button'));
    expect(onOpenClip).toHaveBeenCalledWith(clips[2]!.id);
    fireEvent.change(screen.getByLabelText('合集'), { target: { value: 'col-notes' } });
    expect(onSelectCollection).toHaveBeenCalledWith('col-notes');
  });

  it('shows masked figures as X with a note and leaves them off the chart', () => {
    const masked = sentenceClip('2022_市发改委_工作要点_含占位符.txt', 'GDP增长X%左右', { collectionId: 'col-provinces' });
    render(<CompareView collections={collections} clips={[...clips, masked]} collectionId="col-provinces" onSelectCollection={() => undefined} />);
    const cells = tableRows().find((r) => r[2]?.includes('X%'));
    expect(cells?.[2]).toBe('增长 X%（数值已遮蔽） · GDP');
    expect(screen.getByRole('img').querySelectorAll('g.sp-bar')).toHaveLength(4);
    expect(screen.getByText('另有 1 条数值被遮蔽或单位不同，未画入图中。')).toBeTruthy();
  });
});

describe('CompareView with nothing to compare', () => {
  it('says how to fill an empty collection', () => {
    renderCompare('col-empty');
    expect(screen.getByText(/此合集还没有剪藏/)).toBeTruthy();
    expect(document.querySelector('table')).toBeNull();
  });

  it('says when the clips hold none of the compared indicators', () => {
    const plain = sentenceClip('reports/2022_天门市.txt', '拆除中小养殖场2600多家', { collectionId: 'col-notes' });
    render(<CompareView collections={collections} clips={[plain]} collectionId="col-notes" onSelectCollection={() => undefined} />);
    expect(screen.getByText(/没有可对比的常见指标/)).toBeTruthy();
  });
});
