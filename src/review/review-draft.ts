/**
 * The whole design review in one call, the same for the page, the review CLI, the tests and the
 * benchmark: make the text safe, read it with Mermaid into the graph model, name each node's kinds,
 * and check the rubric. Mermaid is injected, so this stays pure.
 */
import { makeDiagramSafe, type SafeDiagram } from './diagram-safety';
import { readDiagram, type DiagramGraph, type MermaidLike } from './diagram-model';
import { classifyGraph, type KindMatch } from './component-vocabulary';
import { reviewDesign, type DesignReview, type ReviewablePrompt } from './rubric';

export type DraftReview = {
  safe: SafeDiagram;
  diagramType?: string;
  /** Which reader was used; absent for a diagram type the review cannot read. */
  readAs?: string;
  graph: DiagramGraph;
  kinds: Map<string, KindMatch[]>;
  review: DesignReview;
};

/**
 * Reviews one draft.
 *
 * @param mermaid - an initialized Mermaid (the real one under jsdom in Node)
 * @param prompt - the design prompt's rubric and kind
 * @param diagram - the diagram text as typed; it is made safe first
 * @param notes - the notes by section id
 */
export async function reviewDraft(mermaid: MermaidLike, prompt: ReviewablePrompt, diagram: string, notes: Record<string, string>): Promise<DraftReview> {
  const safe = makeDiagramSafe(diagram);
  // The answer reader carries an NLP library: loaded here, on the first review, never with the page.
  const reader = await import('./answer');
  const parsed = await readDiagram(mermaid, safe.text);
  if (!parsed.ok) {
    const error = { message: parsed.message, ...(parsed.line ? { line: parsed.line } : {}) };
    return { safe, graph: { nodes: [], edges: [] }, kinds: new Map(), review: reviewDesign(prompt, error, notes, reader), ...(parsed.diagramType ? { diagramType: parsed.diagramType } : {}) };
  }
  if (!parsed.readAs) {
    const error = { message: `This is a ${parsed.diagramType} diagram; the review reads flowcharts, C4, sequence and architecture-beta diagrams. Redraw it as one of those.` };
    return { safe, diagramType: parsed.diagramType, graph: parsed.graph, kinds: new Map(), review: reviewDesign(prompt, error, notes, reader) };
  }
  return { safe, diagramType: parsed.diagramType, readAs: parsed.readAs, graph: parsed.graph, kinds: classifyGraph(parsed.graph), review: reviewDesign(prompt, parsed.graph, notes, reader) };
}
