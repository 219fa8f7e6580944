// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { useState } from 'preact/hooks';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { PageStatus } from '../../components/PageStatus';
import { tabButtonId, tabPanelId, Tabs } from '../../components/Tabs';

afterEach(cleanup);

describe('PageStatus', () => {
  it('on a page that is not a report, asks whether to analyse anyway, and the button does it', () => {
    const onAnalyze = vi.fn();
    render(<PageStatus phase="none" reason="no article found" onAnalyze={onAnalyze} />);
    expect(screen.getByRole('status').textContent).toContain('此页看起来不是政府工作报告。');
    fireEvent.click(screen.getByRole('button', { name: '仍要分析' }));
    expect(onAnalyze).toHaveBeenCalledTimes(1);
  });

  it('where no content script answers, offers to analyse the page and says which pages cannot be', () => {
    const onAnalyze = vi.fn();
    render(<PageStatus phase="unreachable" onAnalyze={onAnalyze} />);
    expect(screen.getByRole('status').textContent).toContain('浏览器自带的页面');
    fireEvent.click(screen.getByRole('button', { name: '分析此页' }));
    expect(onAnalyze).toHaveBeenCalledTimes(1);
  });

  it('shows an error as an alert with its reason and a retry button', () => {
    const onAnalyze = vi.fn();
    render(<PageStatus phase="error" reason="article too large" onAnalyze={onAnalyze} />);
    const alert = screen.getByRole('alert');
    expect(alert.textContent).toContain('分析此页时出错。');
    expect(alert.textContent).toContain('原因：article too large');
    fireEvent.click(screen.getByRole('button', { name: '重试' }));
    expect(onAnalyze).toHaveBeenCalledTimes(1);
  });

  it('announces loading and analysing as busy status, with no button', () => {
    const { rerender } = render(<PageStatus phase="loading" onAnalyze={() => undefined} />);
    expect(screen.getByRole('status').getAttribute('aria-busy')).toBe('true');
    expect(screen.getByRole('status').textContent).toBe('正在读取此页……');
    rerender(<PageStatus phase="none" analyzing onAnalyze={() => undefined} />);
    expect(screen.getByRole('status').textContent).toBe('正在分析此页……');
    expect(screen.queryByRole('button')).toBeNull();
  });

  it('renders nothing once the report is ready', () => {
    const { container } = render(<PageStatus phase="ready" onAnalyze={() => undefined} />);
    expect(container.innerHTML).toBe('');
  });
});

const TABS = [
  { id: 'targets', label: '指标' },
  { id: 'keywords', label: '关键词' },
  { id: 'outline', label: '目录' },
  { id: 'collections', label: '合集' },
  { id: 'compare', label: '对比' },
];

function Harness({ onSelect }: { onSelect: (id: string) => void }) {
  const [selected, setSelected] = useState('targets');
  return (
    <>
      <Tabs
        tabs={TABS}
        selected={selected}
        label="侧边栏视图"
        onSelect={(id) => {
          setSelected(id);
          onSelect(id);
        }}
      />
      {TABS.map((tab) => (
        <div key={tab.id} role="tabpanel" id={tabPanelId('sp', tab.id)} aria-labelledby={tabButtonId('sp', tab.id)} hidden={tab.id !== selected}>
          {tab.label}
        </div>
      ))}
    </>
  );
}

describe('Tabs', () => {
  it('is a named tablist with one tab in the tab order, each tab controlling its panel', () => {
    render(<Harness onSelect={() => undefined} />);
    expect(screen.getByRole('tablist', { name: '侧边栏视图' })).toBeTruthy();
    const tabs = screen.getAllByRole('tab');
    expect(tabs.map((t) => t.textContent)).toEqual(['指标', '关键词', '目录', '合集', '对比']);
    expect(tabs.map((t) => t.getAttribute('tabindex'))).toEqual(['0', '-1', '-1', '-1', '-1']);
    expect(tabs[0]?.getAttribute('aria-selected')).toBe('true');
    expect(screen.getByRole('tabpanel', { name: '指标' }).id).toBe(tabs[0]?.getAttribute('aria-controls'));
  });

  it('moves with the arrow keys (wrapping), Home and End, selecting and focusing the tab', () => {
    const onSelect = vi.fn();
    render(<Harness onSelect={onSelect} />);
    const tab = (name: string) => screen.getByRole('tab', { name });
    tab('指标').focus();
    fireEvent.keyDown(tab('指标'), { key: 'ArrowRight' });
    expect(document.activeElement).toBe(tab('关键词'));
    expect(tab('关键词').getAttribute('aria-selected')).toBe('true');
    fireEvent.keyDown(tab('关键词'), { key: 'End' });
    expect(document.activeElement).toBe(tab('对比'));
    fireEvent.keyDown(tab('对比'), { key: 'ArrowRight' });
    expect(document.activeElement).toBe(tab('指标'));
    fireEvent.keyDown(tab('指标'), { key: 'ArrowLeft' });
    expect(document.activeElement).toBe(tab('对比'));
    fireEvent.keyDown(tab('对比'), { key: 'Home' });
    expect(onSelect.mock.calls.map((c) => c[0])).toEqual(['keywords', 'compare', 'targets', 'compare', 'targets']);
    expect(screen.getByRole('tabpanel', { name: '指标' }).hidden).toBe(false);
    expect(tab('指标').getAttribute('tabindex')).toBe('0');
  });

  it('selects on click', () => {
    const onSelect = vi.fn();
    render(<Harness onSelect={onSelect} />);
    fireEvent.click(screen.getByRole('tab', { name: '合集' }));
    expect(onSelect).toHaveBeenCalledWith('collections');
    expect(screen.getByRole('tab', { name: '合集' }).getAttribute('aria-selected')).toBe('true');
  });
});
