// @vitest-environment happy-dom
/**
 * The popup's 剪藏本节 button: asks the page, then one line — the section clipped (a real section clip of
 * the 2022 天门 report, as the content script builds it), the page's own reason, or that the page did not
 * answer. Nothing is asked twice while a clip is under way.
 */
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ClipSectionButton } from '../../components/ClipSectionButton';
import { analyze } from '../../lib/analyze';
import type { ClipResult } from '../../lib/messaging/protocol';
import { buildSectionClip, sectionToClip } from '../../lib/store/build-clip';
import type { Clip } from '../../lib/store/types';
import zh from '../../public/_locales/zh_CN/messages.json';

afterEach(cleanup);

const text = readFileSync('tests/fixtures/corpus/reports/2022_天门市.txt', 'utf8');

function sectionClip(): Clip {
  const analysis = analyze(text);
  const section = sectionToClip(analysis.sections, text.indexOf('整合产业链链长'))!;
  const input = buildSectionClip({ text, analysis, url: 'http://www.tianmen.gov.cn/zwgk/zfgzbg/t20220117.shtml', pageTitle: '政府工作报告' }, section);
  return { ...input, id: 'c1', collectionId: 'default', createdAt: '', updatedAt: '', note: '', tags: [] };
}

describe('ClipSectionButton', () => {
  it('says which section was clipped', async () => {
    const clip = vi.fn(async (): Promise<ClipResult> => ({ ok: true, clip: sectionClip() }));
    render(<ClipSectionButton clip={clip} />);
    fireEvent.click(screen.getByRole('button', { name: '剪藏本节' }));
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('已剪藏本节：着力扩大有效投资，打造坚实发展支撑'));
    expect(clip).toHaveBeenCalledTimes(1);
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it("shows the page's one-line reason when nothing was clipped", async () => {
    const error = zh.clipNoSectionHere.message;
    render(<ClipSectionButton clip={async () => ({ ok: false, error })} />);
    fireEvent.click(screen.getByRole('button', { name: '剪藏本节' }));
    await waitFor(() => expect(screen.getByRole('alert').textContent).toBe(error));
  });

  it('says the page could not be reached when the message fails', async () => {
    render(<ClipSectionButton clip={() => Promise.reject(new Error('Could not establish connection'))} />);
    fireEvent.click(screen.getByRole('button', { name: '剪藏本节' }));
    await waitFor(() => expect(screen.getByRole('alert').textContent).toBe(zh.clipUnreachable.message));
  });

  it('is disabled while the clip is under way, so a double click saves one clip', async () => {
    let answer: (r: ClipResult) => void = () => undefined;
    const clip = vi.fn(() => new Promise<ClipResult>((resolve) => (answer = resolve)));
    render(<ClipSectionButton clip={clip} />);
    const button = screen.getByRole('button', { name: '剪藏本节' }) as HTMLButtonElement;
    fireEvent.click(button);
    fireEvent.click(button);
    expect(button.disabled).toBe(true);
    expect(clip).toHaveBeenCalledTimes(1);
    answer({ ok: true, clip: sectionClip() });
    await waitFor(() => expect(button.disabled).toBe(false));
  });

  it('can be disabled by the popup (no tab)', () => {
    render(<ClipSectionButton clip={vi.fn()} disabled />);
    expect((screen.getByRole('button', { name: '剪藏本节' }) as HTMLButtonElement).disabled).toBe(true);
  });
});
