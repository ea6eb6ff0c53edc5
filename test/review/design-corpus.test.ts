// @vitest-environment jsdom
// The labelled corpus (test/design-corpus): the share of components and flows the review reads as a human does.
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import mermaid from 'mermaid';
import { beforeAll, describe, expect, it } from 'vitest';
import { readDiagram, type MermaidLike } from '../../src/review/diagram-model';
import { makeDiagramSafe } from '../../src/review/diagram-safety';
import { classifyGraph } from '../../src/review/component-vocabulary';

// DESIGN_CORPUS_DIR measures another folder of labelled diagrams the same way (unseen real diagrams, before tuning).
const DIR = process.env.DESIGN_CORPUS_DIR ? resolve(process.env.DESIGN_CORPUS_DIR) : resolve(import.meta.dirname, '../design-corpus');
const files = readdirSync(DIR).filter((f) => f.endsWith('.mmd')).sort();

type Labels = { components: Map<string, string[]>; flows: { from: string; to: string; directed: boolean }[] };
function labelsOf(text: string): Labels {
  const comp = /^%% components: (.*)$/m.exec(text)?.[1] ?? '';
  const flows = /^%% flows: (.*)$/m.exec(text)?.[1] ?? '';
  return {
    components: new Map(comp.split(';').map((c) => c.trim()).filter(Boolean).map((c) => { const [id, kinds = ''] = c.split('='); return [id.trim(), kinds.split(',').map((k) => k.trim()).filter(Boolean)]; })),
    flows: flows.split(';').map((f) => f.trim()).filter(Boolean).map((f) => { const directed = f.includes('>'); const [from, to] = f.split(/[>-]/); return { from: from.trim(), to: to.trim(), directed }; }),
  };
}

beforeAll(() => mermaid.initialize({ startOnLoad: false, securityLevel: 'strict' }));

describe('design corpus: read as a human reads it', () => {
  const totals = { components: 0, componentsRight: 0, flows: 0, flowsRight: 0, invented: [] as string[], missed: [] as string[] };

  it.each(files)('%s', async (file) => {
    const text = readFileSync(join(DIR, file), 'utf8');
    const labels = labelsOf(text);
    const result = await readDiagram(mermaid as unknown as MermaidLike, makeDiagramSafe(text).text);
    if (!result.ok) throw new Error(`${file} does not parse: ${result.message}`);
    expect(result.readAs).toBeDefined();
    const kinds = classifyGraph(result.graph);
    for (const [id, want] of labels.components) {
      totals.components++;
      const got: string[] = (kinds.get(id) ?? []).map((k) => k.kind);
      if (want.every((k) => got.includes(k))) totals.componentsRight++;
      else totals.missed.push(`${file} ${id}: want ${want.join(',') || 'none'}, got ${got.join(',') || 'none'}`);
      for (const k of got) if (!want.includes(k)) totals.invented.push(`${file} ${id}: ${k}`);
    }
    for (const [id, got] of kinds) if (!labels.components.has(id) && got.length) totals.invented.push(`${file} ${id} (unlabelled): ${got.map((g) => g.kind).join(',')}`);
    for (const f of labels.flows) {
      totals.flows++;
      const ok = result.graph.edges.some((e) => (e.from === f.from && e.to === f.to) || (!e.directed && !f.directed && e.from === f.to && e.to === f.from) || (!f.directed && e.from === f.from && e.to === f.to));
      if (ok) totals.flowsRight++;
      else totals.missed.push(`${file} flow ${f.from}${f.directed ? '>' : '-'}${f.to}`);
    }
  });

  it('reads ≥ 97% of components and every flow right, inventing no kind', () => {
    const share = (a: number, b: number) => `${a}/${b} (${((100 * a) / b).toFixed(1)}%)`;
    console.log(`design corpus: ${files.length} diagrams; components ${share(totals.componentsRight, totals.components)}; flows ${share(totals.flowsRight, totals.flows)}; invented kinds ${totals.invented.length}`);
    if (totals.missed.length || totals.invented.length) console.log([...totals.missed, ...totals.invented.map((i) => `invented ${i}`)].join('\n'));
    expect(totals.componentsRight / totals.components).toBeGreaterThanOrEqual(0.97);
    expect(totals.flowsRight).toBe(totals.flows);
    expect(totals.invented).toEqual([]);
  });
});
