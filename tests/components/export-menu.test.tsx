// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { downloadFile } from '../../components/download-file';
import { buildExportFile, EXPORT_KINDS } from '../../components/export-files';
import { ExportMenu } from '../../components/ExportMenu';
import { COLLECTION_CSV_HEADERS } from '../../lib/export/collection-csv';
import { collectionExportSchema } from '../../lib/schema/collection-export';
import { cities, provinces, sampleData } from '../export/collection-sample-clips';

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

// A local afternoon: the date in the file name is the user's calendar day.
const NOW = new Date(2026, 10, 21, 15, 30);
const data = sampleData();
const provinceClips = data.clips.filter((c) => c.collectionId === provinces.id);

describe('buildExportFile on clips of real reports', () => {
  it('writes the complete JSON of one collection, valid against the export schema, named after it', () => {
    const file = buildExportFile(data, 'collection-json', { collectionId: provinces.id, now: NOW, language: 'zh' });
    expect(file.name).toBe('政府工作报告-2025各省目标-2026-11-21.json');
    expect(file.mime).toBe('application/json');
    const doc = collectionExportSchema.parse(JSON.parse(file.text));
    expect(doc.collections.map((c) => c.name)).toEqual(['2025各省目标']);
    expect(doc.clips.map((c) => c.id)).toEqual(provinceClips.map((c) => c.id));
    expect(doc.clips[0]!.text).toContain('经济社会发展的主要预期目标是');
  });

  it('writes a CSV for Excel: UTF-8 BOM, Chinese header, one row per target of the collection', () => {
    const file = buildExportFile(data, 'csv', { collectionId: provinces.id, now: NOW, language: 'zh' });
    expect(file.name).toBe('政府工作报告-2025各省目标-2026-11-21.csv');
    expect(file.mime).toBe('text/csv;charset=utf-8');
    expect(file.text.startsWith('\uFEFF' + COLLECTION_CSV_HEADERS.zh.join(','))).toBe(true);
    const targets = provinceClips.reduce((n, c) => n + c.targets.length, 0);
    expect(targets).toBeGreaterThan(5);
    // Quoted notes hold line breaks, so count the rows by their clip timestamps instead of by lines.
    expect(file.text.match(/2026-11-02T01:\d\d:00\.000Z/g)).toHaveLength(targets);
    expect(file.text).toContain('湖北省');
    expect(file.text).not.toContain('天门市');
  });

  it('writes the flat targets JSON, Markdown notes and Web Annotation JSON-LD of everything', () => {
    const options = { collectionId: null, now: NOW, language: 'zh' } as const;
    const targets = buildExportFile(data, 'targets-json', options);
    expect(targets.name).toBe('政府工作报告-全部合集-指标-2026-11-21.json');
    const rows = JSON.parse(targets.text) as { region: string | null; indicator: string | null; masked: boolean }[];
    expect(rows).toHaveLength(data.clips.reduce((n, c) => n + c.targets.length, 0));
    expect(new Set(rows.map((r) => r.region))).toEqual(new Set(['湖北省', '广东省', '天门市', null]));
    expect(rows.some((r) => r.masked)).toBe(true);

    const markdown = buildExportFile(data, 'markdown', options);
    expect(markdown.name).toBe('政府工作报告-全部合集-2026-11-21.md');
    expect(markdown.mime).toBe('text/markdown;charset=utf-8');
    expect(markdown.text).toContain('2025各省目标');
    expect(markdown.text).toContain('https://www.hubei.gov.cn/');

    const annotations = buildExportFile(data, 'web-annotation', options);
    expect(annotations.name).toBe('政府工作报告-全部合集-2026-11-21.jsonld');
    const doc = JSON.parse(annotations.text) as { type: string; total: number; label: string; first: { items: unknown[] } };
    expect([doc.type, doc.total, doc.label, doc.first.items.length]).toEqual(['AnnotationCollection', 6, '全部合集', 6]);
  });

  it('follows an English UI: English CSV header and file-name words', () => {
    const file = buildExportFile(data, 'csv', { collectionId: null, now: NOW, language: 'en' });
    expect(file.name).toBe('gov-report-all-collections-2026-11-21.csv');
    expect(file.text.startsWith('\uFEFFcollection,report,region,year')).toBe(true);
  });

  it('refuses a collection that no longer exists instead of writing an empty file', () => {
    expect(() => buildExportFile(data, 'csv', { collectionId: 'gone', now: NOW, language: 'zh' })).toThrow(/合集不存在/);
  });
});

describe('downloadFile', () => {
  it('downloads through a Blob URL on an <a download> element, with the BOM bytes kept, and removes the element', async () => {
    let blob: Blob | undefined;
    vi.spyOn(URL, 'createObjectURL').mockImplementation((b) => {
      blob = b as Blob;
      return 'blob:chrome-extension://test/1';
    });
    vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => undefined);
    const clicked: { download: string; href: string; inDocument: boolean }[] = [];
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      clicked.push({ download: this.download, href: this.href, inDocument: document.body.contains(this) });
    });
    const file = buildExportFile(data, 'csv', { collectionId: cities.id, now: NOW, language: 'zh' });
    downloadFile(file);
    expect(clicked).toEqual([{ download: '政府工作报告-2022-市县-区-目标-2026-11-21.csv', href: 'blob:chrome-extension://test/1', inDocument: true }]);
    expect(document.querySelectorAll('a').length).toBe(0);
    expect(blob!.type).toBe('text/csv;charset=utf-8');
    const bytes = new Uint8Array(await blob!.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(new TextDecoder().decode(bytes)).toBe(file.text.slice(1)); // TextDecoder drops the BOM
  });
});

describe('ExportMenu', () => {
  const counts = { [provinces.id]: 4, [cities.id]: 2 };

  it('offers every collection with its clip count, the current one preselected, and five formats', () => {
    render(<ExportMenu collections={data.collections} clipCounts={counts} currentId={cities.id} onExport={vi.fn()} />);
    const scope = screen.getByLabelText('导出内容') as HTMLSelectElement;
    expect([...scope.options].map((o) => o.textContent)).toEqual(['全部合集', '2025各省目标（4 条剪藏）', '2022 市县/区 目标（2 条剪藏）']);
    expect(scope.value).toBe(cities.id);
    const buttons = screen.getByRole('group', { name: '导出格式' }).querySelectorAll('button');
    expect([...buttons].map((b) => b.dataset.export)).toEqual([...EXPORT_KINDS]);
    expect(screen.getByRole('button', { name: '将“2022 市县/区 目标”导出为 CSV（Excel）' })).toBeTruthy();
  });

  it('exports the picked collection or everything, and says which file was written', async () => {
    const onExport = vi.fn(async () => '政府工作报告-2025各省目标-2026-11-21.csv');
    render(<ExportMenu collections={data.collections} clipCounts={counts} currentId={cities.id} onExport={onExport} />);
    fireEvent.change(screen.getByLabelText('导出内容'), { target: { value: provinces.id } });
    fireEvent.click(screen.getByRole('button', { name: '将“2025各省目标”导出为 CSV（Excel）' }));
    expect(onExport).toHaveBeenLastCalledWith('csv', provinces.id);
    expect((await screen.findByRole('status')).textContent).toBe('已导出：政府工作报告-2025各省目标-2026-11-21.csv');
    fireEvent.change(screen.getByLabelText('导出内容'), { target: { value: '' } });
    fireEvent.click(screen.getByRole('button', { name: '将“全部合集”导出为 Web Annotation' }));
    expect(onExport).toHaveBeenLastCalledWith('web-annotation', null);
  });

  it('shows a failed export as one line, and falls back to everything when the collection is deleted', async () => {
    const onExport = vi.fn(async () => {
      throw new Error('导出数据无效 / export is not valid: clips.0.text: Too small\nstack');
    });
    const view = render(<ExportMenu collections={data.collections} clipCounts={counts} currentId={cities.id} onExport={onExport} />);
    fireEvent.click(screen.getByRole('button', { name: '将“2022 市县/区 目标”导出为 JSON（完整）' }));
    await waitFor(() => expect(screen.getByRole('alert').textContent).toBe('导出失败：导出数据无效 / export is not valid: clips.0.text: Too small'));
    view.rerender(<ExportMenu collections={[provinces]} clipCounts={counts} currentId={cities.id} onExport={onExport} />);
    expect((screen.getByLabelText('导出内容') as HTMLSelectElement).value).toBe('');
    fireEvent.click(screen.getByRole('button', { name: '将“全部合集”导出为 指标 JSON' }));
    expect(onExport).toHaveBeenLastCalledWith('targets-json', null);
  });
});
