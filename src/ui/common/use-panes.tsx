import { useState, type ReactNode } from 'react';
import { Tabs, tabPanelProps, type TabItem } from './tabs';
import { useLayout, type Layout } from './use-layout';

type Options<T extends string> = {
  /** Every pane, in reading order (the tab order on a phone). */
  panes: TabItem<T>[];
  /** The pane that stays on screen beside the tabs in the two-column layout. */
  side: T;
  /** The pane shown first in the one-column layout. */
  initial: T;
  idPrefix: string;
  label: string;
};

export type Panes<T extends string> = {
  layout: Layout;
  active: T;
  /** Shows a pane (no-op in the wide layout, where every pane is on screen). */
  show(pane: T): void;
  /** The tab list, or nothing in the wide layout. */
  tabs: ReactNode;
  /**
   * Attributes for a pane's element. `secondary` marks a second element belonging to the same tab
   * (shown and hidden with it, but not the tab's labelled panel).
   */
  paneProps(pane: T, secondary?: boolean): Record<string, unknown>;
  /** Whether any of these panes is on screen (to hide a wrapper whose panes are all hidden). */
  anyVisible(...panes: T[]): boolean;
};

/**
 * Panes that sit side by side on a wide screen and become tabs on a narrow one: two columns
 * (`side` | tabs) from 700 px, one column of tabs below.
 */
export function usePanes<T extends string>({ panes, side, initial, idPrefix, label }: Options<T>): Panes<T> {
  const layout = useLayout();
  const [chosen, setChosen] = useState<T>(initial);
  const tabbed = layout === 'medium' ? panes.filter((p) => p.id !== side) : panes;
  const active = tabbed.some((t) => t.id === chosen) ? chosen : tabbed[0].id;
  const visible = (pane: T) => layout === 'wide' || (layout === 'medium' && pane === side) || pane === active;
  return {
    layout,
    active,
    show: (pane) => setChosen(pane),
    tabs: layout === 'wide' ? null : <Tabs<T> tabs={tabbed} selected={active} onSelect={setChosen} idPrefix={idPrefix} label={label} className="pane-tabs" />,
    paneProps: (pane, secondary = false) => {
      const inTabs = layout !== 'wide' && !(layout === 'medium' && pane === side);
      if (!inTabs || secondary) return { 'data-pane': pane, hidden: !visible(pane) };
      return { 'data-pane': pane, hidden: !visible(pane), ...tabPanelProps(idPrefix, pane), tabIndex: -1 };
    },
    anyVisible: (...list) => list.some(visible),
  };
}
