import type { DiagramGraph } from '../../review/rubric';

/** The little of Mermaid's API this module uses, so the caller decides when Mermaid loads. */
export type MermaidLike = {
  mermaidAPI: { getDiagramFromText(text: string): Promise<{ type: string; db: unknown }> };
};

type FlowVertex = { id: string; text?: string };
type FlowEdge = { start: string; end: string; type?: string; text?: string };
type FlowDb = { getVertices(): Map<string, FlowVertex> | Record<string, FlowVertex>; getEdges(): FlowEdge[] };

export type GraphResult = { ok: true; graph: DiagramGraph; diagramType: string } | { ok: false; message: string; line?: number };

/** Mermaid's parse errors carry a location in `hash.loc`, or name the line in their text. */
function errorLine(error: unknown): number | undefined {
  const e = error as { hash?: { loc?: { first_line?: number }; line?: number }; message?: string };
  if (e?.hash?.loc?.first_line) return e.hash.loc.first_line;
  if (typeof e?.hash?.line === 'number') return e.hash.line + 1;
  const match = /line (\d+)/i.exec(e?.message ?? '');
  return match ? Number(match[1]) : undefined;
}

/**
 * Parses Mermaid text with Mermaid's own parser and returns the flowchart as nodes and edges.
 * Other diagram types parse fine but have no graph for the rubric.
 */
export async function extractGraph(mermaid: MermaidLike, text: string): Promise<GraphResult> {
  try {
    const diagram = await mermaid.mermaidAPI.getDiagramFromText(text);
    if (!diagram.type.startsWith('flowchart') && diagram.type !== 'graph') return { ok: true, graph: { nodes: [], edges: [] }, diagramType: diagram.type };
    const db = diagram.db as FlowDb;
    const vertices = db.getVertices();
    const list = vertices instanceof Map ? [...vertices.values()] : Object.values(vertices);
    return {
      ok: true,
      diagramType: diagram.type,
      graph: {
        nodes: list.map((v) => ({ id: v.id, label: v.text ?? v.id })),
        edges: db.getEdges().map((e) => ({
          from: e.start,
          to: e.end,
          label: e.text || undefined,
          // "---" (arrow_open) and "<-->" (double_…) connect both ways.
          directed: e.type !== 'arrow_open' && !String(e.type).startsWith('double'),
        })),
      },
    };
  } catch (error) {
    // Mermaid's message spans lines (a caret picture in the middle): keep its first and last line.
    const lines = String((error as Error)?.message ?? error).split('\n').map((l) => l.trim()).filter(Boolean);
    const message = lines.length > 1 ? `${lines[0]} ${lines[lines.length - 1]}` : (lines[0] ?? 'The diagram could not be read.');
    return { ok: false, message, line: errorLine(error) };
  }
}
