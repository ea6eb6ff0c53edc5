// @vitest-environment jsdom
// Mermaid's parser needs a DOM to load (DOMPurify); parsing then needs no layout, so jsdom suffices.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import mermaid from 'mermaid';
import { beforeAll, describe, expect, it } from 'vitest';
import { readDiagram, type DiagramGraph, type MermaidLike } from '../../src/review/diagram-model';
import { makeDiagramSafe } from '../../src/review/diagram-safety';
import { reviewDraft } from '../../src/review/review-draft';
import { splitNoteSections } from '../../src/review/notes-review';
import { designPromptMeta, DESIGN_TEXT_FILES } from '../../src/problems/schema';

const m = mermaid as unknown as MermaidLike;
beforeAll(() => {
  mermaid.initialize({ startOnLoad: false, securityLevel: 'strict' });
});

async function graphOf(text: string): Promise<DiagramGraph> {
  const result = await readDiagram(m, text);
  if (!result.ok) throw new Error(`expected the diagram to parse, got: ${result.message} (line ${result.line})`);
  return result.graph;
}
const flowchart = (...lines: string[]) => ['flowchart LR', ...lines.map((l) => `  ${l}`)].join('\n');
const arrows = (g: DiagramGraph) => g.edges.map((e) => `${e.from}${e.directed ? '->' : '--'}${e.to}`).sort();

describe('readDiagram: flowcharts', () => {
  it('reads nodes with label and shape, and arrows with their direction', async () => {
    const g = await graphOf(flowchart('A[Client] --> B[(Orders DB)]', 'A --- C', 'A <--> D', 'A ~~~ E', 'A -.->|async| F'));
    expect(g.nodes.find((n) => n.id === 'B')).toEqual({ id: 'B', label: 'Orders DB', shape: 'cylinder' });
    expect(arrows(g)).toEqual(['A--C', 'A--D', 'A->B', 'A->F']);
    expect(g.edges.find((e) => e.to === 'F')?.label).toBe('async');
  });

  it('keeps line breaks (<br>, a literal \\n) as breaks and decodes entities', async () => {
    const g = await graphOf(flowchart('a["API Gateway<br>(Kong)"]', 'b["Order Service\\nNode.js"]', 'c["Queue: #quot;orders#quot; &amp; more"]'));
    expect(g.nodes.map((n) => n.label)).toEqual(['API Gateway\n(Kong)', 'Order Service\nNode.js', 'Queue: "orders" & more']);
  });

  it('gives subgraph titles and membership to their nodes, nested ones with their parent', async () => {
    const g = await graphOf(flowchart('subgraph outer [Platform]', '  subgraph gw ["API Gateway (Kong)"]', '    k1[Node 1]', '  end', '  svc[Orders]', 'end'));
    expect(g.groups).toEqual([{ id: 'gw', title: 'API Gateway (Kong)', parent: 'outer' }, { id: 'outer', title: 'Platform' }]);
    expect(g.nodes).toEqual([{ id: 'k1', label: 'Node 1', shape: 'square', group: 'gw' }, { id: 'svc', label: 'Orders', shape: 'square', group: 'outer' }]);
  });

  it('expands an edge to a subgraph into edges to every member, nested ones included', async () => {
    const g = await graphOf(flowchart('client --> backend', 'subgraph backend [Backend]', '  a', '  subgraph inner [Inner]', '    b', '  end', 'end', 'backend --> db'));
    expect(arrows(g)).toEqual(['a->db', 'b->db', 'client->a', 'client->b']);
    expect(g.nodes.map((n) => n.id)).not.toContain('backend');
  });
});

describe('readDiagram: C4, sequence and architecture-beta', () => {
  it('reads C4 elements by alias with element type and technology, boundaries as groups', async () => {
    const g = await graphOf(
      ['C4Container', 'Person(customer, "Customer")', 'System_Boundary(shop, "Shop") {', '  Container(web, "Web App", "React")', '  ContainerDb(db, "Orders", "PostgreSQL")', '}', 'Rel(customer, web, "Uses")', 'BiRel(web, db, "Reads")', 'Rel_Back(db, customer, "notifies")'].join('\n'),
    );
    expect(g.nodes).toEqual([
      { id: 'customer', label: 'Customer', shape: 'c4:person' },
      { id: 'web', label: 'Web App', shape: 'c4:container', group: 'shop', tech: 'React' },
      { id: 'db', label: 'Orders', shape: 'c4:container_db', group: 'shop', tech: 'PostgreSQL' },
    ]);
    expect(arrows(g)).toEqual(['customer->db', 'customer->web', 'web--db']);
  });

  it('reads sequence participants by name with their alias text, boxes as groups, messages as edges', async () => {
    const g = await graphOf(['sequenceDiagram', '  actor U as User', '  box Backend', '  participant S as OrderService', '  end', '  U->>S: POST /orders', '  S-->>U: 201', '  Note over S: validates', '  S->>S: self call'].join('\n'));
    expect(g.nodes).toEqual([{ id: 'U', label: 'User', shape: 'actor' }, { id: 'S', label: 'OrderService', shape: 'participant', group: 'box1' }]);
    expect(g.groups).toEqual([{ id: 'box1', title: 'Backend' }]);
    expect(arrows(g)).toEqual(['S->U', 'U->S']);
  });

  it('reads architecture-beta services, groups, arrow heads, junctions and {group} ends', async () => {
    const g = await graphOf(
      ['architecture-beta', '  group api(cloud)[API]', '  service db(database)[Database] in api', '  service server(server)[Server] in api', '  junction j', '  service gw(internet)[Gateway]', '  db:L -- R:server', '  gw:R --> L:j', '  j:R --> L:server{group}'].join('\n'),
    );
    expect(g.nodes.find((n) => n.id === 'db')).toEqual({ id: 'db', label: 'Database', shape: 'icon:database', group: 'api' });
    expect(arrows(g)).toEqual(['db--server', 'gw->db', 'gw->server']);
  });

  it('parses other types but does not pretend to read them', async () => {
    expect(await readDiagram(m, 'pie\n  "a": 1')).toMatchObject({ ok: true, diagramType: 'pie', graph: { nodes: [], edges: [] } });
    expect((await readDiagram(m, 'pie\n  "a": 1')) as { readAs?: string }).not.toHaveProperty('readAs');
  });
});

describe('readDiagram: errors for a person', () => {
  it('names the line as the user counts it, and the culprit', async () => {
    const text = ['---', 'title: Orders', '---', '%%{init: {"theme": "dark"}}%%', 'flowchart LR', '  a --> b', '  a --> --> c'].join('\n');
    const result = await readDiagram(m, text);
    expect(result).toMatchObject({ ok: false, line: 7 });
    expect(result.ok ? '' : result.message).toMatch(/^Mermaid could not read line 7 \(“a --> --> c”\)/);
  });

  it('says what to write when the type is missing or the text is empty', async () => {
    expect(await readDiagram(m, '\n  client --> api\n')).toMatchObject({ ok: false, line: 2, message: expect.stringContaining('"flowchart LR"') });
    expect(await readDiagram(m, '  \n')).toEqual({ ok: false, message: 'The diagram is empty: start with a line such as "flowchart LR".' });
  });

  it('tolerates Mermaid 12’s harmless strictness once the text is made safe', async () => {
    const raw = flowchart('subgraph API Gateway (Kong)', '  k1[Kong 1]', 'end', 'c --> k1', 'classDef hot fill:#f96', 'class k1 hot   ');
    expect((await readDiagram(m, raw)).ok).toBe(false);
    const g = await graphOf(makeDiagramSafe(raw).text);
    expect(g.groups?.[0].title).toBe('API Gateway (Kong)');
  });

  it('explains the fix for parentheses in an unquoted label', async () => {
    const result = await readDiagram(m, flowchart('a[Orders (primary)] --> b'));
    expect(result.ok ? '' : result.message).toContain('quote a label');
  });
});

// Every design prompt's reference, and at least two alternative designs per prompt, must pass the rubric in full.
const PROBLEMS_DIR = resolve(import.meta.dirname, '../../problems');
const ALTERNATIVES_DIR = resolve(import.meta.dirname, '../design-alternatives');
const prompts = readdirSync(PROBLEMS_DIR)
  .filter((d) => existsSync(join(PROBLEMS_DIR, d, 'problem.json')) && /"kind"\s*:\s*"design"/.test(readFileSync(join(PROBLEMS_DIR, d, 'problem.json'), 'utf8')))
  .sort();

function loadPrompt(id: string) {
  const meta = designPromptMeta.parse(JSON.parse(readFileSync(join(PROBLEMS_DIR, id, 'problem.json'), 'utf8')));
  const notes = readFileSync(join(PROBLEMS_DIR, id, DESIGN_TEXT_FILES.referenceNotes), 'utf8');
  return { meta, notes, diagram: readFileSync(join(PROBLEMS_DIR, id, DESIGN_TEXT_FILES.referenceDiagram), 'utf8') };
}
const unmet = (r: Awaited<ReturnType<typeof reviewDraft>>) => r.review.results.filter((x) => !x.met && !x.optional).map((x) => `${x.type} '${x.id}' (${x.label}): ${x.hint}`);

describe('design prompts: the reference and the alternatives pass in full', () => {
  it('has ten prompts, each with at least three alternatives, at least one in a diagram type other than a flowchart', () => {
    expect(prompts).toHaveLength(10);
    for (const id of prompts) {
      const files = readdirSync(join(ALTERNATIVES_DIR, id)).filter((f) => f.endsWith('.mmd'));
      expect(files.length, id).toBeGreaterThanOrEqual(3);
      const types = new Set(files.map((f) => /^\s*(flowchart|graph|C4\w+|sequenceDiagram|architecture-beta)/m.exec(readFileSync(join(ALTERNATIVES_DIR, id, f), 'utf8').replace(/^%%.*$/gm, ''))?.[1].replace(/^graph$/, 'flowchart').replace(/^C4\w+/, 'C4')));
      types.delete('flowchart');
      expect(types.size, id).toBeGreaterThanOrEqual(1);
    }
  });

  it.each(prompts)('%s: reference', async (id) => {
    const { meta, notes, diagram } = loadPrompt(id);
    const result = await reviewDraft(m, meta, diagram, splitNoteSections(notes));
    expect(unmet(result)).toEqual([]);
    expect(result.review.solved).toBe(true);
  });

  it.each(prompts.flatMap((id) => readdirSync(join(ALTERNATIVES_DIR, id)).filter((f) => f.endsWith('.mmd')).map((f) => [id, f])))('%s: alternative %s', async (id, file) => {
    const { meta, notes } = loadPrompt(id);
    const own = join(ALTERNATIVES_DIR, id, file.replace(/\.mmd$/, '.md'));
    const result = await reviewDraft(m, meta, readFileSync(join(ALTERNATIVES_DIR, id, file), 'utf8'), splitNoteSections(existsSync(own) ? readFileSync(own, 'utf8') : notes));
    expect(unmet(result)).toEqual([]);
    expect(result.review.solved).toBe(true);
  });

  it.each(prompts)('%s: a diagram that does not parse scores nothing and says so first', async (id) => {
    const { meta, notes } = loadPrompt(id);
    const result = await reviewDraft(m, meta, 'flowchart LR\n  client --> gw\n  gw --> --> svc', splitNoteSections(notes));
    expect(result.review.diagramError?.line).toBe(3);
    expect(result.review.solved).toBe(false);
    for (const r of result.review.results.filter((x) => x.type === 'component' || x.type === 'flow')) {
      expect(r.met).toBe(false);
      expect(r.hint).toMatch(/^Not checked: the diagram could not be read \(line 3\)/);
    }
  });
});
