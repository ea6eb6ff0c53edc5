/**
 * Checks a design draft — its diagram read into the shared graph model, and its notes by section —
 * against a prompt's rubric, plus the structural API and notes checks. Pure: no DOM and no Mermaid,
 * so the page, the review CLI and plain Node tests run the same check.
 */
import type { RubricItem } from '../problems/schema';
import type { DiagramGraph, DiagramNode } from './diagram-model';
import { classifyGraph, KIND_NAMES, namesPhrase, groupTitlesOf, type KindMatch } from './component-vocabulary';
import { reviewNotes, type NoteTopic } from './notes-review';
import { checkApiSection } from './api-review';

export type { DiagramGraph, DiagramNode, DiagramEdge } from './diagram-model';

export type RubricCheckType = RubricItem['type'] | 'api' | 'notes';

/** One line of the review. Required items decide "solved"; optional ones are shown, never required. */
export type RubricResult = {
  id: string;
  type: RubricCheckType;
  label: string;
  met: boolean;
  optional: boolean;
  /** What was seen: the node and why it counts, the route, the quoted line. */
  evidence?: string;
  /** What is missing, and why it matters. */
  hint?: string;
};

export type DesignReview = {
  results: RubricResult[];
  /** The diagram could not be read: nothing was scored against it. */
  diagramError?: { message: string; line?: number };
  met: number;
  required: number;
  /** Every required item met: components, flows, topics and the structural checks. */
  solved: boolean;
};

type ComponentItem = Extract<RubricItem, { type: 'component' }>;
type FlowItem = Extract<RubricItem, { type: 'flow' }>;
type TopicItem = Extract<RubricItem, { type: 'topic' }>;

/** What the review needs of a prompt. */
export type ReviewablePrompt = { rubric: RubricItem[]; designKind?: 'api' | 'system' | 'api-and-system' };

const withWhy = (finding: string, why: string) => `${finding}. ${why}`;
const nodeText = (node: DiagramNode) => node.label.replace(/\n/g, ' / ').trim() || node.id;

function alternatives(item: ComponentItem): string {
  const parts = [...(item.kinds ?? []).map((k) => KIND_NAMES[k]), ...(item.words ?? []).map((w) => `'${w}'`)];
  return parts.length > 1 ? `${parts.slice(0, -1).join(', ')} or ${parts[parts.length - 1]}` : (parts[0] ?? '');
}

/** The diagram as an adjacency list; undirected links are walkable both ways. */
class Graph {
  readonly nodes: DiagramNode[];
  readonly kinds: Map<string, KindMatch[]>;
  private readonly out = new Map<string, string[]>();
  private readonly undirectedOut = new Map<string, string[]>();
  private readonly byId = new Map<string, DiagramNode>();
  private readonly titles = new Map<string, string[]>();
  private readonly trees = new Map<string, Map<string, string | null>>();

  constructor(graph: DiagramGraph) {
    for (const node of graph.nodes) if (!this.byId.has(node.id)) this.byId.set(node.id, node);
    for (const edge of graph.edges) {
      for (const id of [edge.from, edge.to]) if (!this.byId.has(id)) this.byId.set(id, { id, label: id });
      this.link(this.out, edge.from, edge.to);
      if (!edge.directed) this.link(this.out, edge.to, edge.from);
      this.link(this.undirectedOut, edge.from, edge.to);
      this.link(this.undirectedOut, edge.to, edge.from);
    }
    this.nodes = [...this.byId.values()];
    const full = { ...graph, nodes: this.nodes };
    this.kinds = classifyGraph(full);
    for (const n of this.nodes) this.titles.set(n.id, groupTitlesOf(full, n));
  }

  private link(map: Map<string, string[]>, from: string, to: string) {
    const list = map.get(from);
    if (list) list.push(to);
    else map.set(from, [to]);
  }

  text(id: string): string {
    const node = this.byId.get(id);
    return node ? nodeText(node) : id;
  }

  /** Nodes realising a component item, each with the reason it counts. */
  matching(item: ComponentItem): { node: DiagramNode; why: string }[] {
    const found: { node: DiagramNode; why: string }[] = [];
    for (const node of this.nodes) {
      const kind = (this.kinds.get(node.id) ?? []).find((k) => item.kinds?.includes(k.kind));
      if (kind) {
        found.push({ node, why: `${KIND_NAMES[kind.kind]} (${kind.evidence})` });
        continue;
      }
      const texts = [node.label, node.id, ...(this.titles.get(node.id) ?? [])];
      const word = item.words?.find((w) => texts.some((t) => namesPhrase(t, w)));
      if (word) found.push({ node, why: `names '${word}'` });
    }
    return found;
  }

  private reach(from: string, either: boolean): Map<string, string | null> {
    const key = `${either ? 'u' : 'd'}:${from}`;
    let previous = this.trees.get(key);
    if (previous) return previous;
    const edges = either ? this.undirectedOut : this.out;
    previous = new Map([[from, null]]);
    const queue = [from];
    for (let i = 0; i < queue.length; i++) {
      for (const next of edges.get(queue[i]) ?? []) {
        if (previous.has(next)) continue;
        previous.set(next, queue[i]);
        queue.push(next);
      }
    }
    this.trees.set(key, previous);
    return previous;
  }

  path(from: string, to: string, either = false): string[] | undefined {
    const previous = this.reach(from, either);
    if (!previous.has(to)) return undefined;
    const path = [to];
    for (let p = previous.get(to); p != null; p = previous.get(p)) path.unshift(p);
    return path;
  }
}

function checkComponent(item: ComponentItem, graph: Graph): RubricResult {
  const base = { id: item.id, type: 'component' as const, label: item.label, optional: item.optional ?? false };
  const found = graph.matching(item);
  if (found.length > 0) {
    const more = found.length > 1 ? ` (and ${found.length - 1} more)` : '';
    return { ...base, met: true, evidence: `node '${nodeText(found[0].node)}' is ${found[0].why}${more}` };
  }
  return { ...base, met: false, hint: withWhy(`No node is ${alternatives(item)}`, item.why) };
}

/**
 * A flow is met by nodes n0, n1, … matching the path's components in order, each reachable from the
 * previous along the arrows (either way when the item says `either`). Among all such chains this
 * picks one of fewest hops, so the evidence reads like the route a reader would trace.
 */
function checkFlow(item: FlowItem, graph: Graph, components: Map<string, ComponentItem>): RubricResult {
  const base = { id: item.id, type: 'flow' as const, label: item.label, optional: item.optional ?? false };
  const steps: ComponentItem[] = [];
  for (const id of item.path) {
    const step = components.get(id);
    if (!step) return { ...base, met: false, hint: withWhy(`This flow names '${id}', which is not a component of this rubric (a mistake in the prompt)`, item.why) };
    steps.push(step);
  }
  const candidates = steps.map((s) => graph.matching(s).map((m) => m.node));
  const missing = candidates.findIndex((c) => c.length === 0);
  if (missing !== -1) {
    return { ...base, met: false, hint: withWhy(`No node is ${alternatives(steps[missing])}, so this flow cannot be traced`, item.why) };
  }
  const either = item.either ?? false;
  type Best = { hops: number; from?: string };
  let layer = new Map<string, Best>(candidates[0].map((n) => [n.id, { hops: 0 }]));
  const layers = [layer];
  for (let k = 1; k < steps.length; k++) {
    const next = new Map<string, Best>();
    for (const target of candidates[k]) {
      for (const [source, best] of layer) {
        if (source === target.id) continue;
        const path = graph.path(source, target.id, either);
        if (!path) continue;
        const hops = best.hops + path.length - 1;
        if (hops < (next.get(target.id)?.hops ?? Infinity)) next.set(target.id, { hops, from: source });
      }
    }
    if (next.size === 0) {
      const sources = [...layer.keys()];
      const from = sources.length === 1 ? `'${graph.text(sources[0])}'` : steps[k - 1].label.toLowerCase();
      const backwards = !either && candidates[k].some((t) => sources.some((s) => s !== t.id && graph.path(t.id, s)));
      const finding =
        `No arrow path from ${from} to ${alternatives(steps[k])}` +
        (backwards ? ' (an arrow runs the other way: draw arrows the way the request or data moves)' : '');
      return { ...base, met: false, hint: withWhy(finding, item.why) };
    }
    layers.push(next);
    layer = next;
  }
  let end = [...layer.entries()].reduce((a, b) => (b[1].hops < a[1].hops ? b : a))[0];
  let route = [end];
  for (let k = steps.length - 1; k > 0; k--) {
    const from = layers[k].get(end)!.from!;
    route = [...graph.path(from, end, either)!.slice(0, -1), ...route];
    end = from;
  }
  return { ...base, met: true, evidence: route.map((id) => `'${graph.text(id)}'`).join(either ? ' — ' : ' → ') };
}

/**
 * Reviews a draft against a prompt: one result per rubric item in rubric order, then the API checks
 * (for API prompts, or whenever the notes list endpoints) and the notes check.
 *
 * - component: met by a node of one of the item's kinds (the shared vocabulary: words as the head of
 *   the name, products anywhere, shapes, group titles), or whose label names one of its words.
 * - flow: met when the arrows lead through nodes matching the path's components in order, possibly
 *   through others; `either` accepts the arrows pointing the other way.
 * - topic: met by whole words in the item's section (see `reviewNotes`).
 * - When `graph` is an error (the diagram did not parse), components and flows are not scored: each
 *   says so, and the review is not solved.
 *
 * @param prompt - the prompt's rubric and kind
 * @param graph - the diagram from `readDiagram`, or its parse error
 * @param notes - the notes by section id (`splitNoteSections` turns Markdown into this)
 */
export function reviewDesign(prompt: ReviewablePrompt, graph: DiagramGraph | { message: string; line?: number }, notes: Record<string, string>): DesignReview {
  const diagramError = 'message' in graph ? graph : undefined;
  const g = new Graph(diagramError ? { nodes: [], edges: [] } : (graph as DiagramGraph));
  const components = new Map(prompt.rubric.filter((r): r is ComponentItem => r.type === 'component').map((r) => [r.id, r]));
  const topics = prompt.rubric.filter((r): r is TopicItem => r.type === 'topic');
  const notesReview = reviewNotes(notes, topics.map((t): NoteTopic => ({ id: t.id, label: t.label, keywords: t.keywords, ...(t.section ? { section: t.section } : {}) })));
  const topicFindings = new Map(notesReview.topics.map((f) => [f.id, f]));
  const notChecked = diagramError ? `Not checked: the diagram could not be read${diagramError.line ? ` (line ${diagramError.line})` : ''}. Fix it first` : '';

  const results: RubricResult[] = prompt.rubric.map((item) => {
    if (item.type === 'topic') {
      const f = topicFindings.get(item.id)!;
      return { id: item.id, type: 'topic', label: item.label, optional: item.optional ?? false, met: f.met, ...(f.met ? { evidence: f.evidence } : { hint: withWhy(f.hint ?? '', item.why) }) };
    }
    if (diagramError) return { id: item.id, type: item.type, label: item.label, optional: item.optional ?? false, met: false, hint: notChecked };
    return item.type === 'component' ? checkComponent(item, g) : checkFlow(item, g, components);
  });

  const apiText = notes.api ?? '';
  if (prompt.designKind !== 'system' || /\b(GET|POST|PUT|PATCH|DELETE)\s+\//.test(apiText)) {
    for (const c of checkApiSection(apiText, notes['data-model'] ?? '')) {
      results.push({ id: c.id, type: 'api', label: c.label, optional: false, met: c.met, ...(c.met ? { evidence: c.evidence } : { hint: c.hint }) });
    }
  }
  const lists = notesReview.keywordLists;
  results.push(
    lists.length
      ? { id: 'notes-sentences', type: 'notes', label: 'Notes in sentences, not keyword lists', optional: false, met: false, hint: `This lists terms; say what you would do and why: ${lists.map((l) => `“${l.text.slice(0, 80)}”`).join('; ')}` }
      : { id: 'notes-sentences', type: 'notes', label: 'Notes in sentences, not keyword lists', optional: false, met: true, evidence: 'no line is a bare list of terms' },
  );
  const required = results.filter((r) => !r.optional);
  const met = required.filter((r) => r.met).length;
  return { results, ...(diagramError ? { diagramError } : {}), met, required: required.length, solved: !diagramError && met === required.length };
}
