/**
 * Checks a design draft (a diagram as nodes and edges, plus free-text notes) against a prompt's rubric.
 * Pure: no DOM and no Mermaid, so the page and plain Node tests run the same check.
 */
import type { RubricItem } from '../problems/schema';

export type DiagramNode = { id: string; label: string };
export type DiagramEdge = { from: string; to: string; label?: string; directed: boolean };
export type DiagramGraph = { nodes: DiagramNode[]; edges: DiagramEdge[] };
export type RubricResult = { item: RubricItem; met: boolean; evidence?: string; hint?: string };

type ComponentItem = Extract<RubricItem, { type: 'component' }>;
type FlowItem = Extract<RubricItem, { type: 'flow' }>;
type TopicItem = Extract<RubricItem, { type: 'topic' }>;

/** Longest quoted evidence line; longer lines are cut around the keyword so the keyword stays visible. */
const MAX_QUOTE_CHARS = 160;
/** A keyword may wrap across this many note lines (Markdown paragraphs are often hard-wrapped). */
const MAX_WRAPPED_LINES = 4;

/**
 * Lower-case words of a text. Anything that is not a letter or a digit separates words, so
 * "API-Gateway / LB" reads as api, gateway, lb and "Orders DB (DynamoDB)" as orders, db, dynamodb.
 */
function words(text: string): string[] {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
}

/** The same word up to a simple English plural: queue/queues, box/boxes, proxy/proxies. */
function sameWord(a: string, b: string): boolean {
  if (a === b) return true;
  const [short, long] = a.length < b.length ? [a, b] : [b, a];
  if (long === `${short}s` || long === `${short}es`) return true;
  return short.endsWith('y') && long === `${short.slice(0, -1)}ies`;
}

/**
 * Whether `label` contains `synonym` on whole-word boundaries, case-insensitively, allowing a plural
 * on the last word. Spacing and hyphenation inside the synonym do not matter, so "wish-list service"
 * also matches "Wishlist service" and "api gateway" matches "APIGateway"; but a match never starts or
 * ends inside a word of the label, so "db" does not match "dbx" and "app" does not match "Applesauce".
 */
export function labelMatches(label: string, synonym: string): boolean {
  const want = words(synonym).join('');
  if (!want) return false;
  const have = words(label);
  for (let start = 0; start < have.length; start++) {
    let run = '';
    // Join label words until the run is longer than any plural of the synonym could be.
    for (let end = start; end < have.length && run.length <= want.length + 3; end++) {
      run += have[end];
      if (sameWord(run, want)) return true;
    }
  }
  return false;
}

/** What a node reads as: its label, or its id when the label is empty (`A --> B` has no labels). */
const nodeText = (node: DiagramNode) => node.label.trim() || node.id;

/** "'db', 'dynamodb' or 'database'" */
function quoteAlternatives(values: string[]): string {
  const quoted = values.map((v) => `'${v}'`);
  return quoted.length > 1 ? `${quoted.slice(0, -1).join(', ')} or ${quoted[quoted.length - 1]}` : quoted[0] ?? "''";
}

/** Joins a specific finding with the item's reason, so every hint says both what and why. */
const withWhy = (finding: string, why: string) => `${finding}. ${why}`;

/**
 * The diagram as an adjacency list. Undirected links are walkable both ways; an edge that names a
 * node missing from `nodes` still counts, with that id as its label (hand-built graphs do this).
 */
class Graph {
  readonly nodes: DiagramNode[];
  private readonly out = new Map<string, string[]>();
  private readonly into = new Map<string, string[]>();
  private readonly byId = new Map<string, DiagramNode>();
  /** Breadth-first search trees by start node, computed on demand: a flow asks for the same starts often. */
  private readonly trees = new Map<string, Map<string, string | null>>();

  constructor(graph: DiagramGraph) {
    for (const node of graph.nodes) if (!this.byId.has(node.id)) this.byId.set(node.id, node);
    for (const edge of graph.edges) {
      for (const id of [edge.from, edge.to]) if (!this.byId.has(id)) this.byId.set(id, { id, label: '' });
      this.link(edge.from, edge.to);
      if (!edge.directed) this.link(edge.to, edge.from);
    }
    this.nodes = [...this.byId.values()];
  }

  private link(from: string, to: string) {
    this.out.set(from, [...(this.out.get(from) ?? []), to]);
    this.into.set(to, [...(this.into.get(to) ?? []), from]);
  }

  text(id: string): string {
    const node = this.byId.get(id);
    return node ? nodeText(node) : id;
  }

  matching(item: ComponentItem): DiagramNode[] {
    return this.nodes.filter((n) => item.synonyms.some((s) => labelMatches(nodeText(n), s)));
  }

  /** Breadth-first search from one node; the result maps every reachable node to its predecessor. */
  private reach(from: string): Map<string, string | null> {
    let previous = this.trees.get(from);
    if (previous) return previous;
    previous = new Map([[from, null]]);
    const queue = [from];
    for (let i = 0; i < queue.length; i++) {
      for (const next of this.out.get(queue[i]) ?? []) {
        if (previous.has(next)) continue;
        previous.set(next, queue[i]);
        queue.push(next);
      }
    }
    this.trees.set(from, previous);
    return previous;
  }

  /** The shortest arrow path from one node to another (both ends included), if any. */
  path(from: string, to: string): string[] | undefined {
    const previous = this.reach(from);
    if (!previous.has(to)) return undefined;
    const path = [to];
    for (let p = previous.get(to); p != null; p = previous.get(p)) path.unshift(p);
    return path;
  }

  /** Whether arrows lead from any of `starts` to any other node of `ends`. */
  connects(starts: string[], ends: string[]): boolean {
    return starts.some((s) => ends.some((e) => e !== s && this.reach(s).has(e)));
  }
}

function checkComponent(item: ComponentItem, graph: Graph): RubricResult {
  const found = graph.matching(item);
  if (found.length > 0) return { item, met: true, evidence: `node '${nodeText(found[0])}'` };
  return {
    item,
    met: false,
    hint: withWhy(`No node's label names ${item.label} (any of ${quoteAlternatives(item.synonyms)})`, item.why),
  };
}

/**
 * A flow is met by nodes n0, n1, … where n_k matches the k-th component of the path, each next one
 * reachable from the previous along the arrows, and consecutive ones different nodes. Among all such
 * chains this picks one of fewest hops (a dynamic programme over the steps), so the evidence reads
 * like the route a reader would trace, and a dead-end match (say, an admin gateway that leads
 * nowhere) does not hide a good one.
 */
function checkFlow(item: FlowItem, graph: Graph, components: Map<string, ComponentItem>): RubricResult {
  const steps: ComponentItem[] = [];
  for (const id of item.path) {
    const step = components.get(id);
    if (!step) return { item, met: false, hint: withWhy(`This flow names '${id}', which is not a component of this rubric (a mistake in the prompt)`, item.why) };
    steps.push(step);
  }
  const candidates = steps.map((s) => graph.matching(s));
  const missing = candidates.findIndex((c) => c.length === 0);
  if (missing !== -1) {
    const step = steps[missing];
    return { item, met: false, hint: withWhy(`No node matches ${step.label} (any of ${quoteAlternatives(step.synonyms)}), so this flow cannot be traced`, item.why) };
  }

  // For the nodes matching step k: the fewest hops of any valid chain ending there, and the node of step k - 1 it came from.
  type Best = { hops: number; from?: string };
  let layer = new Map<string, Best>(candidates[0].map((n) => [n.id, { hops: 0 }]));
  const layers = [layer];
  for (let k = 1; k < steps.length; k++) {
    const next = new Map<string, Best>();
    for (const target of candidates[k]) {
      for (const [source, best] of layer) {
        if (source === target.id) continue;
        const path = graph.path(source, target.id);
        if (!path) continue;
        const hops = best.hops + path.length - 1;
        if (hops < (next.get(target.id)?.hops ?? Infinity)) next.set(target.id, { hops, from: source });
      }
    }
    if (next.size === 0) {
      const sources = [...layer.keys()];
      const from = sources.length === 1 ? graph.text(sources[0]) : steps[k - 1].label;
      const backwards = graph.connects(candidates[k].map((n) => n.id), sources);
      const finding =
        `No arrow path from ${from} to anything matching ${quoteAlternatives(steps[k].synonyms)}` +
        (backwards ? ' (an arrow runs the other way: draw arrows the way the request or data moves)' : '');
      return { item, met: false, hint: withWhy(finding, item.why) };
    }
    layers.push(next);
    layer = next;
  }

  // Walk back from the cheapest end, joining the hop-by-hop paths between consecutive step nodes.
  let end = [...layer.entries()].reduce((a, b) => (b[1].hops < a[1].hops ? b : a))[0];
  let route = [end];
  for (let k = steps.length - 1; k > 0; k--) {
    const from = layers[k].get(end)!.from!;
    route = [...graph.path(from, end)!.slice(0, -1), ...route];
    end = from;
  }
  return { item, met: true, evidence: route.map((id) => graph.text(id)).join(' → ') };
}

/** Collapses whitespace, so a keyword matches however the notes (or the rubric) space or wrap it. */
const collapse = (text: string) => text.replace(/\s+/g, ' ');

/** Shortens a long line to a window around the keyword. */
function quote(line: string, keyword: string): string {
  if (line.length <= MAX_QUOTE_CHARS) return `“${line}”`;
  const at = Math.max(0, line.toLowerCase().indexOf(keyword));
  const start = Math.max(0, Math.min(at - Math.floor((MAX_QUOTE_CHARS - keyword.length) / 2), line.length - MAX_QUOTE_CHARS));
  const end = start + MAX_QUOTE_CHARS;
  return `“${start > 0 ? '…' : ''}${line.slice(start, end).trim()}${end < line.length ? '…' : ''}”`;
}

function checkTopic(item: TopicItem, notes: string): RubricResult {
  const lines = notes.split(/\r?\n/).map((l) => l.trim());
  for (const raw of item.keywords) {
    const keyword = collapse(raw.toLowerCase()).trim();
    if (!keyword) continue;
    // Prefer a single line; otherwise the fewest consecutive lines that together contain the keyword.
    for (let span = 1; span <= MAX_WRAPPED_LINES; span++) {
      for (let i = 0; i + span <= lines.length; i++) {
        const window = lines.slice(i, i + span);
        // A blank line ends a paragraph: a keyword does not wrap across it.
        if (window.some((l) => !l)) continue;
        const text = collapse(window.join(' '));
        if (text.toLowerCase().includes(keyword)) return { item, met: true, evidence: quote(text, keyword) };
      }
    }
  }
  return {
    item,
    met: false,
    hint: withWhy(`The notes do not mention ${item.label} (any of ${quoteAlternatives(item.keywords)})`, item.why),
  };
}

/**
 * Checks a draft against a prompt's rubric, one result per item, in rubric order.
 *
 * - `component`: met when some node's label (its id when the label is empty) contains one of the
 *   synonyms as whole words, case-insensitively, a simple plural allowed ("queue" matches "Queues").
 * - `flow`: met when arrows lead, possibly through other nodes, from a node matching the first
 *   component of `path` to one matching the next, and so on; consecutive steps must be different nodes.
 *   Undirected links (`---`) can be walked both ways; directed arrows only forwards.
 * - `topic`: met when the notes contain one of the keywords, case-insensitively.
 *
 * Met items carry `evidence` (the node, the route, or the quoted line); unmet items carry a `hint`
 * that says what is missing and ends with the item's `why`.
 *
 * @param rubric - the prompt's rubric items; flows refer to component items by id
 * @param graph - the draft's diagram, e.g. from `extractGraph` in the UI
 * @param notes - the draft's notes as one text
 */
export function checkRubric(rubric: RubricItem[], graph: DiagramGraph, notes: string): RubricResult[] {
  const g = new Graph(graph);
  const components = new Map(rubric.filter((r): r is ComponentItem => r.type === 'component').map((r) => [r.id, r]));
  return rubric.map((item) => {
    switch (item.type) {
      case 'component':
        return checkComponent(item, g);
      case 'flow':
        return checkFlow(item, g, components);
      case 'topic':
        return checkTopic(item, notes);
    }
  });
}
