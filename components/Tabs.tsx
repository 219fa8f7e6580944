/**
 * A tablist as the ARIA Authoring Practices describe it: one tab in the tab order (roving tabindex),
 * arrow keys move between tabs and select them, Home/End jump to the ends. The panels are the caller's:
 * give each the id from tabPanelId and aria-labelledby from tabButtonId.
 */
import { useRef } from 'preact/hooks';

export interface TabItem {
  id: string;
  label: string;
}

export interface TabsProps {
  tabs: readonly TabItem[];
  selected: string;
  onSelect: (id: string) => void;
  /** Accessible name of the tablist. */
  label: string;
  idPrefix?: string;
}

export const tabButtonId = (prefix: string, id: string) => `${prefix}-tab-${id}`;
export const tabPanelId = (prefix: string, id: string) => `${prefix}-panel-${id}`;

export function Tabs({ tabs, selected, onSelect, label, idPrefix = 'sp' }: TabsProps) {
  const list = useRef<HTMLDivElement>(null);

  const move = (event: KeyboardEvent, index: number) => {
    const last = tabs.length - 1;
    const next =
      event.key === 'ArrowRight' || event.key === 'ArrowDown' ? (index === last ? 0 : index + 1)
      : event.key === 'ArrowLeft' || event.key === 'ArrowUp' ? (index === 0 ? last : index - 1)
      : event.key === 'Home' ? 0
      : event.key === 'End' ? last
      : null;
    if (next === null) return;
    event.preventDefault();
    const tab = tabs[next];
    if (!tab) return;
    onSelect(tab.id);
    list.current?.querySelector<HTMLElement>(`#${CSS.escape(tabButtonId(idPrefix, tab.id))}`)?.focus();
  };

  return (
    <div class="sp-tabs" role="tablist" aria-label={label} ref={list}>
      {tabs.map((tab, index) => {
        const active = tab.id === selected;
        return (
          <button
            key={tab.id}
            type="button"
            role="tab"
            id={tabButtonId(idPrefix, tab.id)}
            aria-selected={active}
            aria-controls={tabPanelId(idPrefix, tab.id)}
            tabIndex={active ? 0 : -1}
            class={active ? 'sp-tab sp-tab--active' : 'sp-tab'}
            onClick={() => onSelect(tab.id)}
            onKeyDown={(e) => move(e, index)}
          >
            {tab.label}
          </button>
        );
      })}
    </div>
  );
}
