// @vitest-environment jsdom
// Mermaid's parser needs a DOM to load (DOMPurify); parsing then needs no layout, so jsdom suffices.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import mermaid from 'mermaid';
import { z } from 'zod';
import { beforeAll, describe, expect, it } from 'vitest';
import { extractGraph, type GraphResult } from '../../src/ui/design/mermaid-graph';
import { checkRubric, type DiagramGraph } from '../../src/review/rubric';
import { DESIGN_TEXT_FILES, designPromptMeta, type RubricItem } from '../../src/problems/schema';

beforeAll(() => {
  mermaid.initialize({ startOnLoad: false, securityLevel: 'strict' });
});

async function graphOf(text: string): Promise<DiagramGraph> {
  const result = await extractGraph(mermaid, text);
  if (!result.ok) throw new Error(`expected the diagram to parse, got: ${result.message} (line ${result.line})`);
  return result.graph;
}

const flowchart = (...lines: string[]) => ['flowchart LR', ...lines.map((l) => `  ${l}`)].join('\n');

describe('extractGraph on flowcharts', () => {
  it('reads nodes with their labels and a plain arrow', async () => {
    const result = await extractGraph(mermaid, flowchart('A[Client] --> B[API gateway]'));
    expect(result).toEqual({
      ok: true,
      diagramType: 'flowchart-v2',
      graph: { nodes: [{ id: 'A', label: 'Client' }, { id: 'B', label: 'API gateway' }], edges: [{ from: 'A', to: 'B', directed: true }] },
    });
  });

  it('reads `graph TD` as a flowchart and unlabelled nodes by their id', async () => {
    expect(await extractGraph(mermaid, 'graph TD\n  a --> b')).toEqual({
      ok: true,
      diagramType: 'flowchart-v2',
      graph: { nodes: [{ id: 'a', label: 'a' }, { id: 'b', label: 'b' }], edges: [{ from: 'a', to: 'b', directed: true }] },
    });
  });

  it('keeps edge labels written either way', async () => {
    const g = await graphOf(flowchart('a -- calls --> b', 'b -->|writes to| c', 'c -. async events .-> d'));
    expect(g.edges).toEqual([
      { from: 'a', to: 'b', label: 'calls', directed: true },
      { from: 'b', to: 'c', label: 'writes to', directed: true },
      { from: 'c', to: 'd', label: 'async events', directed: true },
    ]);
  });

  it('tells one-way arrows from links without a direction', async () => {
    const g = await graphOf(flowchart('a --> b', 'a -.-> c', 'a ==> d', 'a --o e', 'a --x f', 'a --- g', 'a -.- h', 'a <--> i', 'a ~~~ j'));
    expect(g.edges.map((e) => `${e.from}${e.directed ? '->' : '--'}${e.to}`)).toEqual(['a->b', 'a->c', 'a->d', 'a->e', 'a->f', 'a--g', 'a--h', 'a--i']);
    // `~~~` only positions j: it is not a connection, but j is still a node.
    expect(g.nodes.map((n) => n.id)).toContain('j');
  });

  it('expands `&` into one edge per pair', async () => {
    const g = await graphOf(flowchart('a & b --> c & d'));
    expect(g.edges.map((e) => `${e.from}${e.to}`).sort()).toEqual(['ac', 'ad', 'bc', 'bd']);
  });

  it('treats nodes inside subgraphs as ordinary nodes, with edges into and out of them', async () => {
    const g = await graphOf(
      flowchart(
        'client[Client] --> gw',
        'subgraph backend [Backend services]',
        '  direction TB',
        '  gw[API gateway] --> svc[List service]',
        'end',
        'svc --> db[(Orders DB)]',
        'subgraph unused [Decoration only]',
        '  note[Note]',
        'end',
      ),
    );
    expect(g.nodes).toEqual(
      expect.arrayContaining([{ id: 'gw', label: 'API gateway' }, { id: 'svc', label: 'List service' }, { id: 'note', label: 'Note' }]),
    );
    expect(g.nodes.map((n) => n.id)).not.toContain('backend');
    expect(g.nodes.map((n) => n.id)).not.toContain('unused');
    expect(g.edges).toEqual([
      { from: 'client', to: 'gw', directed: true },
      { from: 'gw', to: 'svc', directed: true },
      { from: 'svc', to: 'db', directed: true },
    ]);
  });

  it('reads an arrow to a subgraph as an arrow to a node named by its title', async () => {
    const g = await graphOf(flowchart('client[Client] --> backend', 'subgraph backend [Backend services]', '  svc[List service]', 'end'));
    expect(g.nodes).toContainEqual({ id: 'backend', label: 'Backend services' });
    expect(g.edges).toEqual([{ from: 'client', to: 'backend', directed: true }]);
  });

  it('reads quoted labels with punctuation, entities, line breaks, Markdown and icons as plain text', async () => {
    const g = await graphOf(
      flowchart(
        'db[("Orders DB (DynamoDB)")] --> gw["API-Gateway / LB"]',
        'gw --> q{{"Queue: #quot;orders#quot; &amp; #35;1"}}',
        'q --> w["Worker<br/>pool"]',
        'w --> m["`**Metrics** _store_`"]',
        'm --> u[fa:fa-user Customer]',
        'u --> s@{ shape: cyl, label: "Search index" }',
        's --> t["Cache #lt;b#gt; tier"]',
      ),
    );
    expect(g.nodes).toEqual([
      { id: 'db', label: 'Orders DB (DynamoDB)' },
      { id: 'gw', label: 'API-Gateway / LB' },
      { id: 'q', label: 'Queue: "orders" & #1' },
      { id: 'w', label: 'Worker pool' },
      { id: 'm', label: 'Metrics store' },
      { id: 'u', label: 'Customer' },
      { id: 's', label: 'Search index' },
      { id: 't', label: 'Cache <b> tier' },
    ]);
  });

  it('gives the rubric a graph it can follow, through a subgraph and a dotted arrow', async () => {
    const g = await graphOf(
      flowchart('c[Web app] --> gw', 'subgraph aws [AWS]', '  gw["API-Gateway / LB"] --> svc[List service]', 'end', 'svc -.-> db[("Orders DB (DynamoDB)")]'),
    );
    const rubric: RubricItem[] = [
      { type: 'component', id: 'client', label: 'Client', synonyms: ['app'], why: 'w' },
      { type: 'component', id: 'gateway', label: 'Gateway', synonyms: ['api gateway'], why: 'w' },
      { type: 'component', id: 'db', label: 'Database', synonyms: ['db'], why: 'w' },
      { type: 'flow', id: 'path', label: 'Client to DB', path: ['client', 'gateway', 'db'], why: 'w' },
    ];
    const results = checkRubric(rubric, g, '');
    expect(results.map((r) => r.evidence)).toEqual([
      "node 'Web app'",
      "node 'API-Gateway / LB'",
      "node 'Orders DB (DynamoDB)'",
      'Web app → API-Gateway / LB → List service → Orders DB (DynamoDB)',
    ]);
  });
});

describe('extractGraph on errors and other diagram types', () => {
  it('reports a parse error with its line', async () => {
    const result = await extractGraph(mermaid, flowchart('a --> b', 'a --> --> c['));
    expect(result).toEqual({ ok: false, line: 3, message: 'Parse error on line 3: unexpected “-->” in “a --> --> c[”.' });
  });

  it('counts lines as the user sees them, front matter, directives and comments included', async () => {
    const text = ['---', 'title: Orders', '---', '', '%%{init: {"theme": "dark"}}%%', 'flowchart LR', '  %% the read path', '  a --> b', '  a --> --> c'].join('\n');
    expect(await extractGraph(mermaid, text)).toMatchObject({ ok: false, line: 9, message: expect.stringMatching(/^Parse error on line 9: /) });
    const crlf = await extractGraph(mermaid, '%% note\r\nflowchart LR\r\n  a --> b\r\n  a --> --> c\r\n');
    expect(crlf).toMatchObject({ ok: false, line: 4 });
  });

  it('points an unclosed bracket at the line that opened it, not past the end', async () => {
    const result = await extractGraph(mermaid, `${flowchart('a --> b', 'c[Orders --> d', 'd --> e')}\n\n`);
    expect(result).toMatchObject({ ok: false, line: 3, message: expect.stringContaining('may be missing') });
  });

  it('points an error found past the end (a subgraph without "end") at the last written line', async () => {
    const result = await extractGraph(mermaid, `${flowchart('a --> b', 'subgraph backend', '  c')}\n\n\n`);
    expect(result).toMatchObject({ ok: false, line: 4 });
  });

  it('says what to write when the diagram type is missing or the text is empty', async () => {
    expect(await extractGraph(mermaid, '\n  client --> api\n')).toMatchObject({ ok: false, line: 2, message: expect.stringContaining('"flowchart LR"') });
    expect(await extractGraph(mermaid, '  \n')).toEqual({ ok: false, message: 'The diagram is empty: start with a line such as "flowchart LR".' });
  });

  it('reads a sequence diagram as valid, with an empty graph and its type', async () => {
    expect(await extractGraph(mermaid, 'sequenceDiagram\n  Client->>API: GET /lists\n  API-->>Client: 200')).toEqual({
      ok: true,
      diagramType: 'sequence',
      graph: { nodes: [], edges: [] },
    });
  });

  it('leaves flowchart look-alikes empty: the rubric reads flowcharts only', async () => {
    // Mermaid 12's agentflow diagrams keep a FlowDB-like db with vertices and edges.
    expect(await extractGraph(mermaid, 'agentflow-beta\n  a --> b')).toEqual({ ok: true, diagramType: 'agentflow', graph: { nodes: [], edges: [] } });
  });

  it('reports errors in other diagram types too', async () => {
    const result: GraphResult = await extractGraph(mermaid, 'sequenceDiagram\n  A->>B: hi\n  B-->>\n');
    expect(result).toMatchObject({ ok: false, line: 3 });
  });
});

// Every design prompt's reference must pass its own rubric. Folders are listed when the tests are
// collected, so prompts being authored are checked as they appear.
// import.meta.dirname, not new URL(…, import.meta.url): under jsdom `URL` is jsdom's and refuses file: URLs.
const PROBLEMS_DIR = resolve(import.meta.dirname, '../../problems');

function designFolders(): string[] {
  return readdirSync(PROBLEMS_DIR)
    .filter((name) => {
      const meta = join(PROBLEMS_DIR, name, 'problem.json');
      try {
        if (!statSync(join(PROBLEMS_DIR, name)).isDirectory() || !existsSync(meta)) return false;
      } catch {
        return false; // removed while we looked
      }
      const text = readFileSync(meta, 'utf8');
      try {
        return (JSON.parse(text) as { kind?: unknown })?.kind === 'design';
      } catch {
        // Half-written JSON: still a design folder if it says so, and then its test reports the JSON error.
        return /"kind"\s*:\s*"design"/.test(text);
      }
    })
    .sort();
}

const folders = designFolders();

describe('every design prompt’s reference diagram and notes satisfy its rubric', () => {
  it('finds the design prompts under problems/', () => {
    expect(folders.length, `no folder in ${PROBLEMS_DIR} has a problem.json with "kind": "design"`).toBeGreaterThan(0);
  });

  it.each(folders)('%s', async (folder) => {
    const dir = join(PROBLEMS_DIR, folder);
    const read = (file: string) => {
      const path = join(dir, file);
      if (!existsSync(path)) throw new Error(`problems/${folder}/${file} is missing`);
      return readFileSync(path, 'utf8');
    };
    let json: unknown;
    try {
      json = JSON.parse(read('problem.json'));
    } catch (error) {
      throw new Error(`problems/${folder}/problem.json is not valid JSON: ${(error as Error).message}`);
    }
    const meta = designPromptMeta.safeParse(json);
    if (!meta.success) throw new Error(`problems/${folder}/problem.json does not match the design schema:\n${z.prettifyError(meta.error)}`);

    const parsed = await extractGraph(mermaid, read(DESIGN_TEXT_FILES.referenceDiagram));
    if (!parsed.ok) {
      throw new Error(`problems/${folder}/${DESIGN_TEXT_FILES.referenceDiagram} does not parse${parsed.line ? ` (line ${parsed.line})` : ''}: ${parsed.message}`);
    }
    expect(parsed.diagramType, `problems/${folder}/${DESIGN_TEXT_FILES.referenceDiagram} must be a flowchart`).toMatch(/^flowchart/);

    const unmet = checkRubric(meta.data.rubric, parsed.graph, read(DESIGN_TEXT_FILES.referenceNotes))
      .filter((r) => !r.met)
      .map((r) => `${r.item.type} '${r.item.id}' (${r.item.label}): ${r.hint}`);
    expect(unmet, `problems/${folder}: the reference does not satisfy these rubric items`).toEqual([]);
  });
});
