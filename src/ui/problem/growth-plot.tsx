import { useState } from 'react';
import type { ComplexityClass } from '../../problems/schema';
import { TID } from '../common/test-ids';

/*
 * The measured points on log–log axes, where every class is a straight line with its own slope
 * (O(n) rises one decade per decade, O(n²) two). Drawn as plain SVG rather than with a charting
 * library: at most a dozen points and two lines, text at the page's own size, colours from the
 * theme's CSS variables (so light and dark both read), and nothing extra to download.
 */

export type PlotPoint = { n: number; cost: number };

const SHAPES: Record<ComplexityClass, (n: number) => number> = {
  'O(1)': () => 1,
  'O(log n)': (n) => Math.log2(n),
  'O(n)': (n) => n,
  'O(n log n)': (n) => n * Math.log2(n),
  'O(n^2)': (n) => n * n,
  'O(n^3)': (n) => n ** 3,
  'O(2^n)': (n) => 2 ** Math.min(n, 1000),
};

/** The curve of a class through the last measured point, so the slopes can be compared by eye. */
export function curveThroughLast(points: PlotPoint[], cls: ComplexityClass): number[] {
  const last = points[points.length - 1];
  const f = SHAPES[cls];
  return points.map((p) => (last.cost * f(p.n)) / f(last.n));
}

const W = 520;
const H = 320;
const M = { left: 64, right: 16, top: 16, bottom: 48 };

const short = (v: number): string => {
  if (v >= 1e9) return `${+(v / 1e9).toPrecision(3)}G`;
  if (v >= 1e6) return `${+(v / 1e6).toPrecision(3)}M`;
  if (v >= 1e3) return `${+(v / 1e3).toPrecision(3)}k`;
  return String(Math.round(v));
};

type Props = {
  points: PlotPoint[];
  claimed?: ComplexityClass;
  measured?: ComplexityClass;
  /** Label of the y axis, e.g. "operations". */
  unit?: string;
};

/** Measured operation counts against n on log–log axes, with the measured and claimed classes as labelled lines. */
export function GrowthPlot({ points, claimed, measured, unit = 'operations' }: Props) {
  const [hover, setHover] = useState<number | undefined>();
  const pts = points.filter((p) => p.n > 0 && p.cost > 0);
  if (pts.length < 2) return null;
  const lines: { cls: ComplexityClass; label: string; kind: 'measured' | 'claimed'; ys: number[] }[] = [];
  if (measured) lines.push({ cls: measured, label: `${measured} measured`, kind: 'measured', ys: curveThroughLast(pts, measured) });
  if (claimed && claimed !== measured) lines.push({ cls: claimed, label: `${claimed} your claim`, kind: 'claimed', ys: curveThroughLast(pts, claimed) });

  const xs = pts.map((p) => Math.log10(p.n));
  const all = [...pts.map((p) => p.cost), ...lines.flatMap((l) => l.ys)].filter((v) => v > 0 && Number.isFinite(v));
  const yMin = Math.floor(Math.log10(Math.min(...all)));
  const yMax = Math.ceil(Math.log10(Math.max(...all)));
  const xMin = xs[0], xMax = xs[xs.length - 1];
  const sx = (x: number) => M.left + ((x - xMin) / (xMax - xMin || 1)) * (W - M.left - M.right);
  const sy = (v: number) => {
    const y = Math.log10(Math.max(v, 10 ** yMin));
    return H - M.bottom - ((y - yMin) / (yMax - yMin || 1)) * (H - M.top - M.bottom);
  };
  const decades = Array.from({ length: yMax - yMin + 1 }, (_, i) => 10 ** (yMin + i));
  const xTicks = pts.filter((_, i) => pts.length <= 7 || i % 2 === 0 || i === pts.length - 1);
  const path = (ys: number[]) => ys.map((y, i) => `${i === 0 ? 'M' : 'L'}${sx(xs[i]).toFixed(1)},${sy(y).toFixed(1)}`).join(' ');
  const shown = hover !== undefined ? pts[hover] : undefined;

  return (
    <figure className="growth-plot" data-testid={TID.complexityPlot}>
      <svg viewBox={`0 0 ${W} ${H}`} role="img" aria-label={`Measured ${unit} of your code against input size n, log–log axes${measured ? `; measured class ${measured}` : ''}${claimed ? `; your claim ${claimed}` : ''}`}>
        {decades.map((d) => (
          <g key={d} className="gp-grid">
            <line x1={M.left} x2={W - M.right} y1={sy(d)} y2={sy(d)} />
            <text x={M.left - 8} y={sy(d)} textAnchor="end" dominantBaseline="middle">
              {short(d)}
            </text>
          </g>
        ))}
        {xTicks.map((p) => (
          <text key={p.n} className="gp-axis" x={sx(Math.log10(p.n))} y={H - M.bottom + 18} textAnchor="middle">
            {short(p.n)}
          </text>
        ))}
        <text className="gp-axis" x={(M.left + W - M.right) / 2} y={H - 8} textAnchor="middle">
          n (input size, log scale)
        </text>
        <text className="gp-axis" transform={`translate(14 ${(M.top + H - M.bottom) / 2}) rotate(-90)`} textAnchor="middle">
          {unit} (log scale)
        </text>
        {lines.map((l) => (
          <g key={l.kind} className={`gp-line gp-${l.kind}`} data-class={l.cls}>
            <path d={path(l.ys)} />
            <text x={sx(xs[0]) + 4} y={sy(l.ys[0]) + (l.kind === 'claimed' ? 16 : -8)}>
              {l.label}
            </text>
          </g>
        ))}
        <g className="gp-points">
          {pts.map((p, i) => (
            <circle
              key={p.n}
              cx={sx(xs[i])}
              cy={sy(p.cost)}
              r={hover === i ? 6 : 4.5}
              tabIndex={0}
              data-n={p.n}
              data-cost={p.cost}
              onMouseEnter={() => setHover(i)}
              onMouseLeave={() => setHover(undefined)}
              onFocus={() => setHover(i)}
              onBlur={() => setHover(undefined)}
            >
              <title>{`n = ${p.n.toLocaleString('en')}: ${p.cost.toLocaleString('en')} ${unit}`}</title>
            </circle>
          ))}
        </g>
        {shown && (
          <text className="gp-tip" x={Math.min(sx(Math.log10(shown.n)), W - 150)} y={Math.max(sy(shown.cost) - 12, M.top + 10)} textAnchor="middle">
            {`n = ${shown.n.toLocaleString('en')}: ${shown.cost.toLocaleString('en')}`}
          </text>
        )}
      </svg>
      <figcaption>
        <span className="legend-swatch gp-swatch-points" /> your code, one point per size
        {lines.map((l) => (
          <span key={l.kind}>
            {' '}
            <span className={`legend-swatch gp-swatch-${l.kind}`} /> {l.label}
          </span>
        ))}
        {lines.length > 0 && <span> (lines drawn through your largest size; compare their slopes)</span>}
      </figcaption>
    </figure>
  );
}
