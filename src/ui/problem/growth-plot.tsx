import { useEffect, useState } from 'react';
import type { GrowthPoint } from '../../engine/classify';
import type { ComplexityClass } from '../../problems/schema';
import { loadMermaid, nextRenderId } from '../common/mermaid-loader';
import { TID } from '../common/test-ids';

const SHAPES: Record<ComplexityClass, (n: number) => number> = {
  'O(1)': () => 1,
  'O(log n)': (n) => Math.log2(n),
  'O(n)': (n) => n,
  'O(n log n)': (n) => n * Math.log2(n),
  'O(n^2)': (n) => n * n,
  'O(n^3)': (n) => n ** 3,
  'O(2^n)': (n) => 2 ** Math.min(n, 1000),
};

const MEASURED_COLOR = '#2563eb';
const CLAIMED_COLOR = '#f97316';
const FITTED_COLOR = '#16a34a';

/** The curve of a class through the last measured point, so shapes can be compared by eye. */
export function curveThroughLast(points: GrowthPoint[], cls: ComplexityClass): number[] {
  const last = points[points.length - 1];
  const f = SHAPES[cls];
  return points.map((p) => Math.round((last.cost * f(p.n)) / f(last.n)));
}

/** Measured operation counts against n, with the claimed class's curve, drawn by Mermaid's xychart. */
export function GrowthPlot({ points, claimed, measured, dark }: { points: GrowthPoint[]; claimed?: ComplexityClass; measured?: ComplexityClass; dark: boolean }) {
  const [svg, setSvg] = useState<string>('');
  const [error, setError] = useState<string | undefined>();
  useEffect(() => {
    if (points.length < 2) return;
    let live = true;
    const fittedCurve = measured ? curveThroughLast(points, measured) : undefined;
    const claimedCurve = claimed && claimed !== measured ? curveThroughLast(points, claimed) : undefined;
    const max = Math.max(...points.map((p) => p.cost), ...(claimedCurve ?? [0]), ...(fittedCurve ?? [0]));
    const palette = [MEASURED_COLOR, ...(fittedCurve ? [FITTED_COLOR] : []), ...(claimedCurve ? [CLAIMED_COLOR] : [])].join(', ');
    const text = [
      `%%{init: {"themeVariables": {"xyChart": {"plotColorPalette": "${palette}"}}}}%%`,
      'xychart-beta',
      `  x-axis "n (input size)" [${points.map((p) => p.n).join(', ')}]`,
      `  y-axis "operations" 0 --> ${Math.ceil(max * 1.05)}`,
      `  line [${points.map((p) => p.cost).join(', ')}]`,
      ...(fittedCurve ? [`  line [${fittedCurve.join(', ')}]`] : []),
      ...(claimedCurve ? [`  line [${claimedCurve.join(', ')}]`] : []),
    ].join('\n');
    loadMermaid(dark)
      .then((mermaid) => mermaid.render(nextRenderId('growth'), text))
      .then((r) => live && (setSvg(r.svg), setError(undefined)))
      .catch((e: unknown) => live && setError(String((e as Error)?.message ?? e)));
    return () => {
      live = false;
    };
  }, [points, claimed, measured, dark]);

  if (points.length < 2) return null;
  return (
    <figure className="growth-plot" data-testid={TID.complexityPlot}>
      {error ? <p className="muted">The plot could not be drawn: {error}</p> : <div className="plot-svg" dangerouslySetInnerHTML={{ __html: svg }} />}
      <figcaption>
        <span className="legend-swatch" style={{ background: MEASURED_COLOR }} /> measured operations of your code
        {measured && (
          <>
            {' '}
            <span className="legend-swatch" style={{ background: FITTED_COLOR }} /> {measured} (measured class)
          </>
        )}
        {claimed && claimed !== measured && (
          <>
            {' '}
            <span className="legend-swatch" style={{ background: CLAIMED_COLOR }} /> {claimed} (your claim), scaled to your last point
          </>
        )}
      </figcaption>
    </figure>
  );
}
