import { useRef } from 'react';

/** A draggable, keyboard-operable divider between two panes (arrow keys move it by 24 px). */
export function Splitter({ label, onResize }: { label: string; onResize(deltaPx: number): void }) {
  const last = useRef<number | null>(null);
  return (
    <div
      className="splitter"
      role="separator"
      aria-orientation="vertical"
      aria-label={label}
      tabIndex={0}
      onPointerDown={(e) => {
        last.current = e.clientX;
        e.currentTarget.setPointerCapture(e.pointerId);
      }}
      onPointerMove={(e) => {
        if (last.current === null) return;
        onResize(e.clientX - last.current);
        last.current = e.clientX;
      }}
      onPointerUp={() => (last.current = null)}
      onKeyDown={(e) => {
        if (e.key === 'ArrowLeft') onResize(-24);
        if (e.key === 'ArrowRight') onResize(24);
      }}
    />
  );
}

/** Keeps a pane width within sensible bounds. */
export const clampWidth = (px: number, min = 220, max = 900) => Math.min(max, Math.max(min, px));
