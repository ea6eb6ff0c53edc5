// @vitest-environment jsdom
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import mermaid from 'mermaid';
import { extractGraph } from '../../src/ui/design/mermaid-graph';
import { checkRubric } from '../../src/review/rubric';
import { listProblemIds, loadProblemFolder } from '../../src/cli/load-problems';
import type { DesignPrompt } from '../../src/problems/parse';

const prompts = listProblemIds()
  .map((id) => loadProblemFolder(id).problem)
  .filter((p): p is DesignPrompt => p?.kind === 'design');

beforeAll(() => {
  mermaid.initialize({ startOnLoad: false, securityLevel: 'strict' });
});

describe('extractGraph reads flowcharts with Mermaid’s own parser', () => {
  it('returns nodes, labels and edges of every arrow kind, subgraphs included', async () => {
    const r = await extractGraph(
      mermaid,
      'flowchart LR\n  a[Client] --> b["API gateway (auth)"]\n  b -- calls --> c{Svc}\n  c -.-> d[(DB)]\n  c --- e\n  subgraph s1[Group]\n  f[Worker] ==> a\n  end',
    );
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.graph.nodes).toEqual(expect.arrayContaining([{ id: 'b', label: 'API gateway (auth)' }, { id: 'f', label: 'Worker' }]));
    expect(r.graph.edges).toEqual(
      expect.arrayContaining([
        { from: 'b', to: 'c', label: 'calls', directed: true },
        { from: 'c', to: 'd', label: undefined, directed: true },
        { from: 'c', to: 'e', label: undefined, directed: false },
        { from: 'f', to: 'a', label: undefined, directed: true },
      ]),
    );
  });

  it('reports a parse error with its line', async () => {
    const r = await extractGraph(mermaid, 'flowchart LR\n  a --> b\n  a --> --> c[');
    expect(r).toMatchObject({ ok: false, line: 3 });
    if (!r.ok) expect(r.message).toMatch(/^Parse error on line 3/);
  });

  it('parses other diagram types without a graph', async () => {
    expect(await extractGraph(mermaid, 'sequenceDiagram\n  A->>B: hi')).toMatchObject({ ok: true, diagramType: 'sequence', graph: { nodes: [] } });
  });
});

describe('every design prompt’s reference satisfies its own rubric', () => {
  it('has design prompts to check', () => {
    expect(prompts.length).toBeGreaterThanOrEqual(1);
  });

  it.each(prompts.map((p) => [p.id, p] as const))('%s', async (_id, prompt) => {
    const parsed = await extractGraph(mermaid, prompt.referenceDiagram);
    if (!parsed.ok) throw new Error(`reference.mmd does not parse: ${parsed.message} (line ${parsed.line})`);
    const unmet = checkRubric(prompt.rubric, parsed.graph, prompt.referenceNotes).filter((r) => !r.met);
    expect(unmet.map((r) => `${r.item.id}: ${r.hint}`)).toEqual([]);
    const sections = [...prompt.referenceNotes.matchAll(/^## (.+)$/gm)].map((m) => m[1]);
    expect(sections).toEqual(['Requirements and clarifying questions', 'API', 'Data model', 'Trade-offs', 'Non-functional requirements', 'Metrics']);
    expect(readFileSync(join('problems', prompt.id, 'prompt.md'), 'utf8').length).toBeGreaterThan(100);
  });
});

