// @vitest-environment happy-dom
/**
 * The import dialog wired to the real store (fake browser storage), as the side panel wires it:
 * choose a file → preview (nothing written) → confirm → records stored; bad files change nothing.
 */
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { exportFromStore, fileErrorMessage, importIntoStore, planImportFromStore } from '../../components/collection-files';
import { ImportDialog } from '../../components/ImportDialog';
import { collectionsToJson } from '../../lib/export/collection-json';
import { collectionToWebAnnotationJson } from '../../lib/export/web-annotation';
import { exportAll, importRecords } from '../../lib/store/collections';
import { cities, provinces, sampleData } from '../export/collection-sample-clips';

const area = () => fakeBrowser.storage.local.get() as Promise<Record<string, unknown>>;

beforeEach(() => fakeBrowser.reset());
afterEach(cleanup);

function renderDialog() {
  render(<ImportDialog plan={planImportFromStore} apply={importIntoStore} errorMessage={fileErrorMessage} />);
  return screen.getByLabelText('从 JSON 文件导入') as HTMLInputElement;
}

/** What a user does: pick a file in the file chooser. */
function choose(input: HTMLInputElement, name: string, text: string) {
  const file = new File([text], name, { type: 'application/json' });
  Object.defineProperty(input, 'files', { value: [file], configurable: true });
  fireEvent.change(input);
}

/** Counts of the preview table, row by row: [label, collections, clips]. */
async function previewCounts() {
  const table = await screen.findByRole('table');
  return within(table)
    .getAllByRole('row')
    .slice(1)
    .map((row) => [...row.children].map((cell) => cell.textContent));
}

/** The report shown once the import is written (the busy line before it is a status too). */
async function importDone(): Promise<string> {
  let text = '';
  await waitFor(() => {
    text = screen.getByRole('status').textContent ?? '';
    expect(text).toMatch(/^导入完成/);
  });
  return text;
}

const fileOf = (data = sampleData()) => collectionsToJson(data, { now: new Date('2026-11-21T08:00:00Z') });

describe('ImportDialog with the store', () => {
  it('previews a real export without writing, imports it on confirmation, and gives back the same collections', async () => {
    const input = renderDialog();
    choose(input, '政府工作报告-全部合集-2026-11-21.json', fileOf());
    expect(await previewCounts()).toEqual([
      ['新增', '2', '6'],
      ['合并', '0', '0'],
      ['已存在', '0', '0'],
    ]);
    expect(screen.getByRole('table').querySelector('caption')!.textContent).toBe('导入“政府工作报告-全部合集-2026-11-21.json”将会：');
    expect(await area()).toEqual({});
    fireEvent.click(screen.getByRole('button', { name: '确认导入' }));
    expect(await importDone()).toBe(
      '导入完成：新增 2 个合集、6 条剪藏；合并 0 个合集、0 条剪藏；已存在 0 个合集、0 条剪藏',
    );
    const stored = await exportAll();
    expect(stored.problems).toEqual([]);
    expect(stored.collections).toEqual(sampleData().collections);
    expect(stored.clips.map((c) => c.id).sort()).toEqual(sampleData().clips.map((c) => c.id).sort());
    // And what the store now exports is the same file again.
    const again = await exportFromStore('collection-json', provinces.id, new Date('2026-11-21T08:00:00Z'));
    expect(again.text).toBe(collectionsToJson(sampleData(), { collectionId: provinces.id, now: new Date('2026-11-21T08:00:00Z') }));
  });

  it('says that a repeated import brings nothing new, and offers nothing to confirm', async () => {
    await importRecords(sampleData());
    const input = renderDialog();
    choose(input, 'again.json', fileOf());
    expect(await previewCounts()).toEqual([
      ['新增', '0', '0'],
      ['合并', '0', '0'],
      ['已存在', '2', '6'],
    ]);
    expect(screen.getByText('文件中的内容都已存在，无需导入。')).toBeTruthy();
    expect(screen.getByRole('button', { name: '确认导入' }).hasAttribute('disabled')).toBe(true);
  });

  it('merges a clip edited elsewhere (newer note, more tags) into the stored one', async () => {
    await importRecords(sampleData());
    const edited = sampleData();
    const clip = edited.clips.find((c) => c.collectionId === cities.id)!;
    clip.note = '天门 2022：GDP 8%，实际完成见2023年报告';
    clip.tags = [...clip.tags, '已核对'];
    clip.updatedAt = '2026-11-20T10:00:00.000Z';
    const input = renderDialog();
    choose(input, 'edited.json', fileOf(edited));
    expect(await previewCounts()).toEqual([
      ['新增', '0', '0'],
      ['合并', '0', '1'],
      ['已存在', '2', '5'],
    ]);
    fireEvent.click(screen.getByRole('button', { name: '确认导入' }));
    await importDone();
    const stored = (await exportAll()).clips.find((c) => c.id === clip.id)!;
    expect(stored.note).toBe('天门 2022：GDP 8%，实际完成见2023年报告');
    expect(stored.tags).toEqual(['市县', '已核对']);
  });

  it('refuses a file that is not JSON in one line and writes nothing', async () => {
    await importRecords(sampleData());
    const before = await area();
    const input = renderDialog();
    choose(input, 'broken.json', fileOf().slice(0, 500));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toMatch(/^导入失败：不是有效的 JSON 文件（.+）$/);
    expect(alert.textContent).not.toContain('\n');
    expect(screen.queryByRole('button', { name: '确认导入' })).toBeNull();
    expect(await area()).toEqual(before);
  });

  it('tells a Web Annotation file from a collections file', async () => {
    const input = renderDialog();
    choose(input, 'notes.jsonld', collectionToWebAnnotationJson(sampleData()));
    expect((await screen.findByRole('alert')).textContent).toBe('导入失败：这是 Web Annotation 文件，只能导入合集 JSON 文件');
    expect(await area()).toEqual({});
  });

  it('lists invalid records with reasons, as text, and imports the rest only when asked', async () => {
    const doc = JSON.parse(fileOf()) as { clips: Record<string, unknown>[] };
    doc.clips[1]!.text = '';
    doc.clips[4]!.collectionId = '<img src=x onerror=alert(1)>';
    const input = renderDialog();
    choose(input, 'hand-edited.json', JSON.stringify(doc));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toMatch(/^导入失败：2 条记录无效，未导入任何内容（第 2 条剪藏：text: /);
    const items = screen.getAllByRole('listitem').map((li) => li.textContent);
    expect(items).toHaveLength(2);
    expect(items[0]).toMatch(/^第 2 条剪藏：text: /);
    expect(items[1]).toBe('第 5 条剪藏：collectionId: collection <img src=x onerror=alert(1)> is neither in the file nor saved');
    expect(document.querySelector('img')).toBeNull();
    expect(await area()).toEqual({});

    fireEvent.click(screen.getByRole('button', { name: '跳过无效记录，导入其余内容' }));
    expect(await previewCounts()).toEqual([
      ['新增', '2', '4'],
      ['合并', '0', '0'],
      ['已存在', '0', '0'],
    ]);
    expect(await area()).toEqual({});
    fireEvent.click(screen.getByRole('button', { name: '确认导入' }));
    expect(await importDone()).toContain('跳过无效记录 2 条');
    expect((await exportAll()).clips).toHaveLength(4);
  });

  it('cancels a preview without writing', async () => {
    const input = renderDialog();
    choose(input, 'all.json', fileOf());
    await previewCounts();
    fireEvent.click(screen.getByRole('button', { name: '取消' }));
    expect(screen.queryByRole('table')).toBeNull();
    expect(await area()).toEqual({});
  });
});
