// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, within } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { clipHref, textFragment } from '../../components/clip-link';
import { ClipCard, splitTags } from '../../components/ClipCard';
import { CollectionsView, type CollectionsViewProps } from '../../components/CollectionsView';
import type { Collection } from '../../lib/store/types';
import { headlineClip, sentenceClip } from '../compare/corpus-clips';

afterEach(cleanup);

const P = (name: string) => `reports-2025-provinces/2025年${name}.txt`;

const collections: Collection[] = [
  { id: 'col-provinces', name: '2025 各省目标', createdAt: '2025-03-01T08:00:00.000Z', updatedAt: '2025-03-01T08:00:00.000Z' },
  { id: 'col-cities', name: '城市报告', createdAt: '2025-03-02T08:00:00.000Z', updatedAt: '2025-03-02T08:00:00.000Z' },
];

const hubei = headlineClip(P('湖北省'), { createdAt: '2025-03-10T08:00:00.000Z', note: '湖北的主要目标', tags: ['GDP', '2025'] });
const sichuan = headlineClip(P('四川省'), { createdAt: '2025-03-11T08:00:00.000Z' });
const tianmen = sentenceClip('reports/2022_天门市.txt', '实现地区生产总值', { collectionId: 'col-cities' });

function renderView(extra: Partial<CollectionsViewProps> = {}) {
  const handlers = {
    onCreate: vi.fn(),
    onRename: vi.fn(),
    onDelete: vi.fn(),
    onUndo: vi.fn(),
    onSelectCurrent: vi.fn(),
    onUpdateClip: vi.fn(),
    onMoveClip: vi.fn(),
    onDeleteClip: vi.fn(),
    onOpenClip: vi.fn(),
  };
  const view = render(<CollectionsView collections={collections} clips={[hubei, sichuan, tianmen]} currentId="col-provinces" {...handlers} {...extra} />);
  return { ...view, ...handlers };
}

const section = (id: string) => document.querySelector<HTMLElement>(`section[data-collection="${id}"]`)!;

describe('CollectionsView', () => {
  it('lists the collections with their clip counts; the current one is checked and open, newest clip first', () => {
    renderView();
    const radios = screen.getAllByRole('radio') as HTMLInputElement[];
    expect(radios.map((r) => r.checked)).toEqual([true, false]);
    expect(within(section('col-provinces')).getByRole('button', { name: '剪藏 2' }).getAttribute('aria-expanded')).toBe('true');
    const titles = within(section('col-provinces')).getAllByRole('article').map((a) => a.querySelector('h3')?.textContent);
    expect(titles).toEqual(['2025年四川省政府工作报告', '2025年湖北省政府工作报告']);
    expect(within(section('col-cities')).getByRole('button', { name: '剪藏 1' }).getAttribute('aria-expanded')).toBe('false');
    expect(within(section('col-cities')).queryByRole('article')).toBeNull();
  });

  it('opens another collection’s clips, and picks the current collection', () => {
    const { onSelectCurrent } = renderView();
    fireEvent.click(within(section('col-cities')).getByRole('button', { name: '剪藏 1' }));
    expect(within(section('col-cities')).getAllByRole('article')).toHaveLength(1);
    fireEvent.click(screen.getAllByRole('radio')[1]!);
    expect(onSelectCurrent).toHaveBeenCalledWith('col-cities');
  });

  it('creates a collection with a trimmed name, and not with an empty one', () => {
    const { onCreate } = renderView();
    const input = screen.getByLabelText('新建合集');
    const button = screen.getByRole('button', { name: '新建' });
    expect(button.hasAttribute('disabled')).toBe(true);
    fireEvent.input(input, { target: { value: '  2024 各省目标 ' } });
    fireEvent.click(button);
    expect(onCreate).toHaveBeenCalledWith('2024 各省目标');
    expect((input as HTMLInputElement).value).toBe('');
  });

  it('renames in place (Enter saves, Escape cancels)', () => {
    const { onRename } = renderView();
    fireEvent.click(screen.getByRole('button', { name: '重命名合集“城市报告”' }));
    const box = screen.getByLabelText('新名称');
    fireEvent.keyDown(box, { key: 'Escape' });
    expect(screen.queryByLabelText('新名称')).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: '重命名合集“城市报告”' }));
    fireEvent.input(screen.getByLabelText('新名称'), { target: { value: '2022 城市与区县' } });
    fireEvent.submit(screen.getByLabelText('新名称').closest('form')!);
    expect(onRename).toHaveBeenCalledWith('col-cities', '2022 城市与区县');
  });

  it('deletes a collection and offers to undo it', () => {
    const { onDelete, onUndo, rerender } = renderView();
    fireEvent.click(screen.getByRole('button', { name: '删除合集“城市报告”及其剪藏' }));
    expect(onDelete).toHaveBeenCalledWith('col-cities');
    rerender(
      <CollectionsView
        collections={collections.slice(0, 1)}
        clips={[hubei, sichuan]}
        currentId="col-provinces"
        undo={{ name: '城市报告' }}
        onCreate={vi.fn()}
        onRename={vi.fn()}
        onDelete={onDelete}
        onUndo={onUndo}
        onSelectCurrent={vi.fn()}
        onUpdateClip={vi.fn()}
        onMoveClip={vi.fn()}
        onDeleteClip={vi.fn()}
      />,
    );
    const notice = screen.getByText(/已删除“城市报告”/);
    fireEvent.click(within(notice).getByRole('button', { name: '撤销' }));
    expect(onUndo).toHaveBeenCalledTimes(1);
  });

  it('reports unreadable records and store errors without hiding the collections', () => {
    renderView({ problems: 2, error: '存储空间已满，未能保存；已保存的内容未受影响。' });
    expect(screen.getByRole('alert').textContent).toBe('存储空间已满，未能保存；已保存的内容未受影响。');
    expect(screen.getByText('有 2 条已保存记录无法读取，已跳过（未删除）。')).toBeTruthy();
    expect(screen.getAllByRole('radio')).toHaveLength(2);
  });

  it('says what to do when there is no collection', () => {
    renderView({ collections: [], clips: [] });
    expect(screen.getByText('还没有合集。')).toBeTruthy();
  });
});

describe('ClipCard', () => {
  function renderCard() {
    const handlers = { onUpdate: vi.fn(), onMove: vi.fn(), onDelete: vi.fn(), onOpen: vi.fn() };
    render(<ClipCard clip={hubei} collections={collections} {...handlers} />);
    return { card: screen.getByRole('article'), ...handlers };
  }

  it('shows source, site, date saved, section, excerpt, the targets inside, note and tags', () => {
    const { card } = renderCard();
    expect(card.querySelector('h3')?.textContent).toBe('2025年湖北省政府工作报告');
    expect(card.querySelector('.sp-clip__meta')?.textContent).toMatch(/^www\.example\.gov\.cn · 保存于 2025-03-1[01]/);
    expect(card.querySelector('blockquote')?.textContent?.startsWith(hubei.text.slice(0, 20))).toBe(true);
    const targets = within(card).getByRole('list', { name: `其中的 ${hubei.targets.length} 项指标` });
    expect(targets.textContent).toContain('经济');
    expect(targets.textContent).toContain('6% 左右');
    expect(targets.textContent).toContain('500亿斤 以上');
    expect(card.querySelector('.sp-clip__note')?.textContent).toBe('湖北的主要目标');
    expect([...card.querySelectorAll('.sp-clip__tags li')].map((li) => li.textContent)).toEqual(['#GDP', '#2025']);
  });

  it('opens the source at the clip with a text fragment on the normalised URL', () => {
    const { card, onOpen } = renderCard();
    const link = within(card).getByRole('link');
    const href = link.getAttribute('href')!;
    expect(href.startsWith(hubei.source.url + '#:~:text=')).toBe(true);
    expect(href).not.toContain('utm_source');
    fireEvent.click(link);
    expect(onOpen).toHaveBeenCalledWith(hubei, href);
  });

  it('edits the note and tags (commas of either width, 、 or spaces) and saves them', () => {
    const { card, onUpdate } = renderCard();
    fireEvent.click(within(card).getByRole('button', { name: '编辑备注和标签：2025年湖北省政府工作报告' }));
    fireEvent.input(screen.getByLabelText('备注'), { target: { value: ' 对比用 ' } });
    fireEvent.input(screen.getByLabelText('标签（用逗号或空格分隔）'), { target: { value: 'GDP，粮食、 #湖北 GDP' } });
    fireEvent.click(screen.getByRole('button', { name: '保存' }));
    expect(onUpdate).toHaveBeenCalledWith(hubei.id, { note: '对比用', tags: ['GDP', '粮食', '湖北'] });
  });

  it('moves the clip to another collection and deletes it', () => {
    const { card, onMove, onDelete } = renderCard();
    const move = within(card).getByLabelText('把剪藏移动到另一个合集：2025年湖北省政府工作报告') as HTMLSelectElement;
    expect([...move.options].map((o) => o.textContent)).toEqual(['移动到……', '城市报告']);
    fireEvent.change(move, { target: { value: 'col-cities' } });
    expect(onMove).toHaveBeenCalledWith(hubei.id, 'col-cities');
    fireEvent.click(within(card).getByRole('button', { name: '删除剪藏：2025年湖北省政府工作报告' }));
    expect(onDelete).toHaveBeenCalledWith(hubei.id);
  });
});

describe('text fragments and tags', () => {
  it('quotes a short clip whole and a long one by its first and last words, escaping - and ,', () => {
    expect(textFragment('粮食产量保持在181万吨以上')).toBe(`:~:text=${encodeURIComponent('粮食产量保持在181万吨以上')}`);
    expect(textFragment('6%-6.5%')).toBe(':~:text=6%25%2D6.5%25');
    const long = textFragment(hubei.text);
    const [start, end] = long.slice(':~:text='.length).split(',').map(decodeURIComponent);
    expect(hubei.text.startsWith(start!)).toBe(true);
    expect(hubei.text.trimEnd().endsWith(end!)).toBe(true);
    expect([...start!]).toHaveLength(12);
  });

  it('keeps the page URL when there is no quote', () => {
    expect(clipHref({ ...tianmen, text: '', selectors: { ...tianmen.selectors, quote: { ...tianmen.selectors.quote, exact: '' } } })).toBe(tianmen.source.url);
  });

  it('splits tags as people type them', () => {
    expect(splitTags('GDP, 粮食；#湖北  湖北')).toEqual(['GDP', '粮食', '湖北']);
    expect(splitTags('   ')).toEqual([]);
  });
});
