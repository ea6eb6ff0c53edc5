import type { RubricItem } from '../problems/schema';

export type DiagramNode = { id: string; label: string };
export type DiagramEdge = { from: string; to: string; label?: string; directed: boolean };
export type DiagramGraph = { nodes: DiagramNode[]; edges: DiagramEdge[] };
export type RubricResult = { item: RubricItem; met: boolean; evidence?: string; hint?: string };

/** Lower-case words of a label; "/", "(", "-" and other punctuation separate words. */
function words(text: string): string[] {
  return text
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
}

/** "queues" matches "queue"; "db" does not match "dbx". */
const sameWord = (a: string, b: string) => a === b || a === `${b}s` || a === `${b}es` || `${a}s` === b;

/** Whether a label contains a (possibly multi-word) synonym on whole-word boundaries. */
export function labelMatches(label: string, synonym: string): boolean {
  const have = words(label);
  const want = words(synonym);
  if (want.length === 0) return false;
  for (let i = 0; i + want.length <= have.length; i++) {
    if (want.every((w, j) => sameWord(have[i + j], w))) return true;
  }
  return false;
}

const nodeText = (n: DiagramNode) => n.label.trim() || n.id;

function matchingNodes(graph: DiagramGraph, synonyms: string[]): DiagramNode[] {
  return graph.nodes.filter((n) => synonyms.some((s) => labelMatches(nodeText(n), s) || labelMatches(n.id, s)));
}

/** Shortest path (by arrows; undirected links both ways) from any of `from` to any of `to`, as node ids. */
function findPath(graph: DiagramGraph, from: DiagramNode[], to: DiagramNode[]): string[] | undefined {
  const next = new Map<string, string[]>();
  const link = (a: string, b: string) => next.set(a, [...(next.get(a) ?? []), b]);
  for (const e of graph.edges) {
    link(e.from, e.to);
    if (!e.directed) link(e.to, e.from);
  }
  const targets = new Set(to.map((n) => n.id));
  const previous = new Map<string, string | null>(from.map((n) => [n.id, null]));
  const queue = from.map((n) => n.id);
  for (let i = 0; i < queue.length; i++) {
    const id = queue[i];
    for (const nb of next.get(id) ?? []) {
      if (previous.has(nb)) continue;
      previous.set(nb, id);
      if (targets.has(nb)) {
        const path = [nb];
        for (let p = previous.get(nb); p != null; p = previous.get(p)) path.unshift(p);
        return path;
      }
      queue.push(nb);
    }
  }
  return undefined;
}

/**
 * Checks a draft against a prompt's rubric: components by synonyms in node labels, flows as arrow
 * paths through any intermediate nodes, topics as phrases in the notes. Each result says why.
 */
export function checkRubric(rubric: RubricItem[], graph: DiagramGraph, notes: string): RubricResult[] {
  const components = new Map(rubric.filter((r) => r.type === 'component').map((r) => [r.id, r]));
  const label = (id: string) => nodeText(graph.nodes.find((n) => n.id === id) ?? { id, label: id });
  return rubric.map((item): RubricResult => {
    if (item.type === 'component') {
      const found = matchingNodes(graph, item.synonyms);
      return found.length
        ? { item, met: true, evidence: `node '${nodeText(found[0])}'` }
        : { item, met: false, hint: `No node is labelled as ${item.label.toLowerCase()} (e.g. "${item.synonyms[0]}"). ${item.why}` };
    }
    if (item.type === 'flow') {
      const fullPath: string[] = [];
      for (let i = 0; i + 1 < item.path.length; i++) {
        const a = components.get(item.path[i]);
        const b = components.get(item.path[i + 1]);
        if (!a || !b || a.type !== 'component' || b.type !== 'component') return { item, met: false, hint: 'This rubric item names an unknown component.' };
        const starts = i === 0 ? matchingNodes(graph, a.synonyms) : graph.nodes.filter((n) => n.id === fullPath[fullPath.length - 1]);
        const ends = matchingNodes(graph, b.synonyms);
        if (starts.length === 0 || ends.length === 0) {
          const missing = starts.length === 0 ? a : b;
          return { item, met: false, hint: `The diagram has no ${missing.label.toLowerCase()} for this flow. ${item.why}` };
        }
        const path = findPath(graph, starts, ends);
        if (!path) {
          return { item, met: false, hint: `No arrow path from ${a.label} to anything matching "${b.synonyms[0]}". ${item.why}` };
        }
        fullPath.push(...(i === 0 ? path : path.slice(1)));
      }
      return { item, met: true, evidence: fullPath.map(label).join(' → ') };
    }
    const lower = notes.toLowerCase();
    const keyword = item.keywords.find((k) => lower.includes(k.toLowerCase()));
    if (!keyword) return { item, met: false, hint: `The notes do not cover ${item.label.toLowerCase()}. ${item.why}` };
    const line = notes.split('\n').find((l) => l.toLowerCase().includes(keyword.toLowerCase()))!.trim();
    return { item, met: true, evidence: `“${line.length > 120 ? `${line.slice(0, 117)}…` : line}”` };
  });
}
