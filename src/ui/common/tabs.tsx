import { useRef, type KeyboardEvent } from 'react';

export type TabItem<T extends string> = { id: T; label: string; testId?: string };

/** The id of the tab element and of its panel, so each can point at the other. */
export const tabId = (prefix: string, id: string) => `${prefix}-tab-${id}`;
export const panelId = (prefix: string, id: string) => `${prefix}-panel-${id}`;

/** Attributes for the element a tab controls. */
export const tabPanelProps = (prefix: string, id: string) => ({ id: panelId(prefix, id), role: 'tabpanel', 'aria-labelledby': tabId(prefix, id), tabIndex: 0 }) as const;

type Props<T extends string> = {
  tabs: TabItem<T>[];
  selected: T;
  onSelect(id: T): void;
  /** Unique on the page: prefixes the tab and panel ids. */
  idPrefix: string;
  label: string;
  className?: string;
};

/**
 * The WAI-ARIA tabs pattern: one Tab stop for the whole list (roving tabindex), arrow keys move
 * and select, Home and End jump to the ends.
 */
export function Tabs<T extends string>({ tabs, selected, onSelect, idPrefix, label, className }: Props<T>) {
  const list = useRef<HTMLDivElement>(null);
  const onKeyDown = (e: KeyboardEvent) => {
    const at = tabs.findIndex((t) => t.id === selected);
    const next =
      e.key === 'ArrowRight' || e.key === 'ArrowDown' ? (at + 1) % tabs.length
      : e.key === 'ArrowLeft' || e.key === 'ArrowUp' ? (at - 1 + tabs.length) % tabs.length
      : e.key === 'Home' ? 0
      : e.key === 'End' ? tabs.length - 1
      : -1;
    if (next < 0) return;
    e.preventDefault();
    onSelect(tabs[next].id);
    list.current?.querySelector<HTMLElement>(`#${CSS.escape(tabId(idPrefix, tabs[next].id))}`)?.focus();
  };
  return (
    <div ref={list} className={`tabs ${className ?? ''}`} role="tablist" aria-label={label} onKeyDown={onKeyDown}>
      {tabs.map((t) => (
        <button
          key={t.id}
          type="button"
          role="tab"
          id={tabId(idPrefix, t.id)}
          aria-selected={t.id === selected}
          // Only the selected tab's panel is in the page, so only it is pointed at.
          aria-controls={t.id === selected ? panelId(idPrefix, t.id) : undefined}
          tabIndex={t.id === selected ? 0 : -1}
          className={t.id === selected ? 'active' : ''}
          data-testid={t.testId}
          onClick={() => onSelect(t.id)}
        >
          {t.label}
        </button>
      ))}
    </div>
  );
}
