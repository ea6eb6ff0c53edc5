import { useRef } from 'react';

const SPLIT_MIN = 220;
const SPLIT_MAX = 900;

/** A draggable, keyboard-operable divider between two panes (arrow keys move it by 24 px). */
export function Splitter({ label, value, onResize }: { label: string; /** The width it controls, in px. */ value: number; onResize(deltaPx: number): void }) {
  const last = useRef<number | null>(null);
  return (
    <div
      className="splitter"
      role="separator"
      aria-orientation="vertical"
      aria-label={label}
      // A focusable separator is a slider to assistive technology: it says where it stands.
      aria-valuenow={value}
      aria-valuemin={SPLIT_MIN}
      aria-valuemax={SPLIT_MAX}
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
export const clampWidth = (px: number, min = SPLIT_MIN, max = SPLIT_MAX) => Math.min(max, Math.max(min, px));
