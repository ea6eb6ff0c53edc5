import { useCallback, useEffect, useRef, useState, type KeyboardEvent, type PointerEvent } from 'react';
import { TID } from '../common/test-ids';

const MIN_SCALE = 0.25;
const MAX_SCALE = 8;
const STEP = 1.25;
const PAN_STEP = 60;

type View = { scale: number; x: number; y: number };
const FIT: View = { scale: 1, x: 0, y: 0 };

/**
 * A rendered diagram that can be read: fit to width by default, zoom with the buttons or + / − / 0,
 * or with the wheel when the viewer has focus (a click) or Ctrl is held — otherwise the wheel scrolls
 * the page as everywhere else; pan by dragging or with the arrow keys; a full-screen view (Escape closes it).
 * The SVG is already inert (see inert-svg.ts); this only moves it.
 */
export function DiagramViewer({ svg, label, testId }: { svg: string; label: string; testId?: string }) {
  const [view, setView] = useState<View>(FIT);
  const [full, setFull] = useState(false);
  const frame = useRef<HTMLDivElement>(null);
  const drag = useRef<{ x: number; y: number; view: View } | undefined>(undefined);

  const zoom = useCallback((factor: number) => setView((v) => ({ ...v, scale: Math.min(MAX_SCALE, Math.max(MIN_SCALE, v.scale * factor)) })), []);

  // React's onWheel is passive; a native listener may prevent the page from scrolling while zooming.
  // The wheel zooms only when the reader asked for it: the viewer has focus, Ctrl is held (also a
  // trackpad pinch), or the view is full screen. Otherwise it scrolls the pane, so a reader passing
  // over the diagram is never trapped.
  useEffect(() => {
    const el = frame.current;
    if (!el) return;
    const onWheel = (e: WheelEvent) => {
      if (!e.ctrlKey && !full && document.activeElement !== el) return;
      e.preventDefault();
      zoom(e.deltaY < 0 ? STEP : 1 / STEP);
    };
    el.addEventListener('wheel', onWheel, { passive: false });
    return () => el.removeEventListener('wheel', onWheel);
  }, [zoom, full]);

  useEffect(() => {
    if (!full) return;
    const onKey = (e: globalThis.KeyboardEvent) => e.key === 'Escape' && setFull(false);
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [full]);

  const onKeyDown = (e: KeyboardEvent) => {
    const moves: Record<string, [number, number]> = { ArrowLeft: [PAN_STEP, 0], ArrowRight: [-PAN_STEP, 0], ArrowUp: [0, PAN_STEP], ArrowDown: [0, -PAN_STEP] };
    if (e.key === '+' || e.key === '=') zoom(STEP);
    else if (e.key === '-' || e.key === '_') zoom(1 / STEP);
    else if (e.key === '0') setView(FIT);
    else if (moves[e.key]) setView((v) => ({ ...v, x: v.x + moves[e.key][0], y: v.y + moves[e.key][1] }));
    else return;
    e.preventDefault();
  };
  const onPointerDown = (e: PointerEvent) => {
    frame.current?.focus({ preventScroll: true });
    drag.current = { x: e.clientX, y: e.clientY, view };
    (e.target as Element).setPointerCapture?.(e.pointerId);
  };
  const onPointerMove = (e: PointerEvent) => {
    const d = drag.current;
    if (d) setView({ ...d.view, x: d.view.x + e.clientX - d.x, y: d.view.y + e.clientY - d.y });
  };
  const endDrag = () => (drag.current = undefined);

  return (
    <div className={`diagram-viewer${full ? ' full-screen' : ''}`} data-testid={testId} data-scale={view.scale.toFixed(3)} data-full={full}>
      <div className="viewer-tools" role="toolbar" aria-label={`${label}: zoom`}>
        <button type="button" data-testid={TID.zoomIn} aria-label="Zoom in" onClick={() => zoom(STEP)}>+</button>
        <button type="button" data-testid={TID.zoomOut} aria-label="Zoom out" onClick={() => zoom(1 / STEP)}>−</button>
        <button type="button" data-testid={TID.zoomFit} onClick={() => setView(FIT)}>Fit width</button>
        <span className="muted">{Math.round(view.scale * 100)}%</span>
        <button type="button" data-testid={TID.fullScreen} aria-pressed={full} onClick={() => setFull((f) => !f)}>
          {full ? 'Close full screen' : 'Full screen'}
        </button>
      </div>
      <div
        ref={frame}
        className="viewer-frame"
        tabIndex={0}
        role="img"
        aria-label={`${label} (click it, then use the wheel or + and − to zoom, arrow keys to pan, 0 to fit)`}
        onKeyDown={onKeyDown}
        onPointerDown={onPointerDown}
        onPointerMove={onPointerMove}
        onPointerUp={endDrag}
        onPointerCancel={endDrag}
      >
        <div className="viewer-canvas" style={{ transform: `translate(${view.x}px, ${view.y}px) scale(${view.scale})` }} dangerouslySetInnerHTML={{ __html: svg }} />
      </div>
    </div>
  );
}
