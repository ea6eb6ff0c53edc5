/**
 * Checks a design draft — its diagram read into the shared graph model, and its notes by section —
 * against a prompt's rubric, plus the structural API and notes checks. Pure: no DOM and no Mermaid,
 * so the page, the review CLI and plain Node tests run the same check.
 */
import type { RubricItem } from '../problems/schema';
import type { DiagramGraph, DiagramNode } from './diagram-model';
import { classifyGraph, KIND_NAMES, namesPhrase, groupTitlesOf, type KindMatch } from './component-vocabulary';
import { reviewNotes, type AnswerReader, type NoteTopic } from './notes-review';
import { checkApiSection } from './api-review';

export type { DiagramGraph, DiagramNode, DiagramEdge } from './diagram-model';

export type RubricCheckType = RubricItem['type'] | 'api' | 'notes';

/**
 * One line of the review. Essentials decide "solved"; every other item is advice (scored for the
 * scorecard, never a gate); optional ones are shown and not scored.
 */
export type RubricResult = {
  id: string;
  type: RubricCheckType;
  label: string;
  met: boolean;
  optional: boolean;
  /** An interviewer fails the design when this is unmet. */
  essential: boolean;
  /**
   * Not met and not failed: the draft says nothing either way, so an interviewer would ask (`hint` holds the question).
   * An unsure essential is a hole only when its item says so (`unsureFails`); otherwise it is shown and never a ✗.
   */
  unsure?: boolean;
  /** For an unmet essential: the failure in plain words ("A retried order can be placed twice"). */
  hole?: string;
  /** What was seen: the node and why it counts, the route, the quoted line. */
  evidence?: string;
  /** What is missing, and why it matters. */
  hint?: string;
};

export type DesignReview = {
  results: RubricResult[];
  /** The diagram could not be read: nothing was scored against it. */
  diagramError?: { message: string; line?: number };
  /**
   * Scored items (essentials and advice, not optional ones) met, of `required`: the scorecard's figure. A hole checked
   * only when stated counts only when it fails; an item the draft says nothing about (asked, not failed) is not counted.
   */
  met: number;
  required: number;
  /** Essentials met, of all essentials. */
  essentials: { met: number; total: number };
  /** The unmet essentials, each with the failure it causes, in rubric order: what the design fails for. */
  holes: { id: string; label: string; hole: string }[];
  /** Items the draft says nothing about either way, with the interviewer's question; `fails` when it keeps the design from being solved. */
  unsure: { id: string; label: string; question: string; fails: boolean }[];
  /** The diagram was read and every essential is met. Advice never decides it. */
  solved: boolean;
};

type ComponentItem = Extract<RubricItem, { type: 'component' }>;
type FlowItem = Extract<RubricItem, { type: 'flow' }>;
type TopicItem = Extract<RubricItem, { type: 'topic' }>;

/** What the review needs of a prompt. */
export type ReviewablePrompt = { rubric: RubricItem[]; designKind?: 'api' | 'system' | 'api-and-system' };

/** The fewest prose lines (requirements, trade-offs, non-functional requirements) that make notes a design rather than a list of terms. */
const MIN_PROSE_SENTENCES = 3;
const withWhy = (finding: string, why: string) => `${finding.replace(/[.\s]+$/, '')}. ${why}`;
const nodeText = (node: DiagramNode) => node.label.replace(/\n/g, ' / ').trim() || node.id;

/** Edge labels that say data comes back to the caller ("reads", "queries", "polls"): the data flows against the arrow. */
const PULL_LABEL = /\b(reads?|reading|joins?|joining|quer(y|ies|ied)|polls?|polling|fetch(es|ing)?|pulls?|pulling|consumes?|consuming|subscribes?|lookups?|looks? up|loads?|scans?|gets?|downloads?|listens?|tails?)\b/i;
const PUSH_LABEL = /\b(writes?|writing|sends?|pushes|push|publish(es)?|posts?|emits?|puts?|inserts?|updates?|uploads?|stores?|saves?|notif(y|ies)|enqueues?|produces?)\b/i;
/** Whether an edge's label says data flows back from the callee to the caller. */
export const flowsBack = (label?: string) => Boolean(label && PULL_LABEL.test(label) && !PUSH_LABEL.test(label));

function alternatives(item: ComponentItem): string {
  const parts = [...(item.kinds ?? []).map((k) => KIND_NAMES[k]), ...(item.words ?? []).map((w) => `'${w}'`)];
  return parts.length > 1 ? `${parts.slice(0, -1).join(', ')} or ${parts[parts.length - 1]}` : (parts[0] ?? '');
}

/** The diagram as an adjacency list; undirected links are walkable both ways. */
class Graph {
  readonly nodes: DiagramNode[];
  readonly kinds: Map<string, KindMatch[]>;
  readonly edges: DiagramGraph['edges'] = [];
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
      // An undirected link goes both ways; a call labelled "reads"/"queries" also carries data back.
      if (!edge.directed || flowsBack(edge.label)) this.link(this.out, edge.to, edge.from);
      this.edges.push(edge);
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
        found.push({ node, why: `is ${KIND_NAMES[kind.kind]}: ${kind.evidence}` });
        continue;
      }
      const texts = [node.label, node.id, ...(node.description ? [node.description] : []), ...(this.titles.get(node.id) ?? [])];
      const word = item.words?.find((w) => texts.some((t) => namesPhrase(t, w)));
      if (word) found.push({ node, why: `counts: its name says “${word}”` });
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

const baseOf = (item: RubricItem) => ({ id: item.id, type: item.type, label: item.label, optional: item.optional ?? false, essential: item.essential ?? false });

function checkComponent(item: ComponentItem, graph: Graph): RubricResult {
  const base = baseOf(item);
  const found = graph.matching(item);
  if (found.length > 0) {
    const more = found.length > 1 ? ` (${found.length - 1} more ${found.length > 2 ? 'boxes count' : 'box counts'} too)` : '';
    return { ...base, met: true, evidence: `“${nodeText(found[0].node)}” ${found[0].why}${more}.` };
  }
  return { ...base, met: false, hint: withWhy(`No box in the diagram is ${alternatives(item)}`, item.why) };
}

/** A `never` flow: met when no arrow joins a node of the first component directly to one of the second, either way. */
function checkNever(item: FlowItem, graph: Graph, components: Map<string, ComponentItem>): RubricResult {
  const base = baseOf(item);
  const [from, to] = item.path.map((id) => components.get(id));
  if (!from || !to) return { ...base, met: false, hint: withWhy(`This check names a component that is not in this rubric (a mistake in the prompt)`, item.why) };
  // A mistake is only called on what the boxes are (their kinds), not on a name that merely mentions a word,
  // and never on a box that reads as both ends.
  const byKind = (c: ComponentItem) => graph.matching(c.kinds?.length ? { ...c, words: [] } : c).map((m) => m.node.id);
  const bothEnds = new Set(byKind(from).filter((id) => byKind(to).includes(id)));
  const a = new Set(byKind(from).filter((id) => !bothEnds.has(id)));
  const b = new Set(byKind(to).filter((id) => !bothEnds.has(id)));
  const direct = graph.edges.find((e) => (a.has(e.from) && b.has(e.to)) || (a.has(e.to) && b.has(e.from)));
  if (!direct) return { ...base, met: true, evidence: `No arrow joins ${from.label.toLowerCase()} directly to ${to.label.toLowerCase()}.` };
  return { ...base, met: false, hint: withWhy(`The arrow from “${graph.text(direct.from)}” to “${graph.text(direct.to)}” joins them directly`, item.why) };
}

/**
 * A flow is met by nodes n0, n1, … matching the path's components in order, each reachable from the
 * previous along the arrows (either way when the item says `either`). Among all such chains this
 * picks one of fewest hops, so the evidence reads like the route a reader would trace.
 */
function checkFlow(item: FlowItem, graph: Graph, components: Map<string, ComponentItem>): RubricResult {
  if (item.never) return checkNever(item, graph, components);
  const base = baseOf(item);
  const steps: ComponentItem[] = [];
  for (const id of item.path) {
    const step = components.get(id);
    if (!step) return { ...base, met: false, hint: withWhy(`This flow names “${id}”, which is not a component of this rubric (a mistake in the prompt)`, item.why) };
    steps.push(step);
  }
  const candidates = steps.map((s) => graph.matching(s).map((m) => m.node));
  const missing = candidates.findIndex((c) => c.length === 0);
  if (missing !== -1) {
    return { ...base, met: false, hint: withWhy(`No box in the diagram is ${alternatives(steps[missing])}, so this flow cannot be traced`, item.why) };
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
      const from = sources.length === 1 ? `“${graph.text(sources[0])}”` : steps[k - 1].label.toLowerCase();
      const backwards = !either && candidates[k].some((t) => sources.some((s) => s !== t.id && graph.path(t.id, s)));
      const finding =
        `No chain of arrows leads from ${from} to ${alternatives(steps[k])}` +
        (backwards ? ' (an arrow runs the other way: draw arrows the way the request or data moves, or label a read “reads”)' : '');
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
  return { ...base, met: true, evidence: `${route.map((id) => `“${graph.text(id)}”`).join(either ? ' — ' : ' → ')}.` };
}

/**
 * Reviews a draft against a prompt: one result per rubric item in rubric order, then the API checks
 * (for API prompts, or whenever the notes list endpoints) and the notes check.
 *
 * - "solved" means the diagram was read and every essential item is met; an unmet essential is a
 *   hole, reported with the failure it causes. Every other item is advice: scored, never a gate.
 * - component: met by a node of one of the item's kinds (the shared vocabulary: words as the head of
 *   the name, products anywhere, shapes, group titles), or whose label names one of its words.
 * - flow: met when the arrows lead through nodes matching the path's components in order, possibly
 *   through others; `either` accepts the arrows pointing the other way, and an arrow labelled as a
 *   read ("queries", "polls") also carries data back. A `never` flow is met when no arrow joins its
 *   two components directly.
 * - topic: met by what the notes say, in any section (see `reviewNotes`).
 * - When `graph` is an error (the diagram did not parse), components and flows are not scored: each
 *   says so, and the review is not solved.
 *
 * @param prompt - the prompt's rubric and kind
 * @param graph - the diagram from `readDiagram`, or its parse error
 * @param notes - the notes by section id (`splitNoteSections` turns Markdown into this)
 * @param reader - the answer reader (`await import('./answer')`); without it topics are read by words alone
 */
export function reviewDesign(prompt: ReviewablePrompt, graph: DiagramGraph | { message: string; line?: number }, notes: Record<string, string>, reader?: AnswerReader): DesignReview {
  const diagramError = 'message' in graph ? graph : undefined;
  const g = new Graph(diagramError ? { nodes: [], edges: [] } : (graph as DiagramGraph));
  const components = new Map(prompt.rubric.filter((r): r is ComponentItem => r.type === 'component').map((r) => [r.id, r]));
  const topics = prompt.rubric.filter((r): r is TopicItem => r.type === 'topic');
  // What the diagram's labels say counts too ("API gateway (seller id from the token)"), one label at a time.
  const labels = [...g.nodes.map((n) => (n.description ? `${n.label}: ${n.description}` : n.label)), ...g.edges.map((e) => e.label ?? ''), ...(diagramError ? [] : ((graph as DiagramGraph).texts ?? []))].map((l) => l.replace(/\s*\n\s*/g, ' — ').trim()).filter(Boolean);
  const said = labels.length ? { ...notes, diagram: labels.map((l) => `- ${l}`).join('\n') } : notes;
  const notesReview = reviewNotes(said, topics.map((t): NoteTopic => ({ id: t.id, label: t.label, keywords: t.keywords, ...(t.section ? { section: t.section } : {}), ...(t.refutedBy ? { refutedBy: t.refutedBy } : {}), ...(t.claims ? { claims: t.claims } : {}), ...(t.onlyWhenStated ? { onlyWhenStated: true } : {}), ...(t.impliedBy ? { impliedBy: t.impliedBy } : {}), ...(t.ask ? { ask: t.ask } : {}) })), reader);
  const topicFindings = new Map(notesReview.topics.map((f) => [f.id, f]));
  const notChecked = diagramError ? `Not checked: the diagram could not be read${diagramError.line ? ` (line ${diagramError.line})` : ''}. Fix it first.` : '';

  const results: RubricResult[] = prompt.rubric.map((item): RubricResult => {
    let result: RubricResult;
    const needs = item.type === 'topic' && item.appliesWith ? components.get(item.appliesWith) : undefined;
    if (needs && !diagramError && g.matching(needs).length === 0) {
      // Staleness matters only where there is a cache: without the component the topic does not apply.
      return { ...baseOf(item), essential: false, met: true, evidence: `Does not apply: the diagram has no ${needs.label.toLowerCase()}.` };
    }
    if (item.type === 'topic') {
      const f = topicFindings.get(item.id)!;
      result = { ...baseOf(item), met: f.met, ...(f.unsure ? { unsure: true } : {}), ...(f.met ? { evidence: f.evidence } : { hint: f.unsure ? `${f.hint} ${item.why}` : withWhy(f.hint ?? '', item.why) }) };
    } else if (diagramError) result = { ...baseOf(item), met: false, hint: notChecked };
    else result = item.type === 'component' ? checkComponent(item, g) : checkFlow(item, g, components);
    if (result.unsure && item.type === 'topic' && item.essential && item.unsureFails && item.hole) {
      // Unsure about a hole an interviewer fails: named as what the design does not show, with the question.
      return { ...result, hole: `${item.hole.replace(/[.\s]+$/, '')} — unless the design shows otherwise: ${item.ask}` };
    }
    return !result.met && !result.unsure && item.essential && item.hole ? { ...result, hole: item.hole } : result;
  });

  // The structural API checks are advice. A system prompt shows them only when endpoints are written,
  // and then unscored, so writing endpoints never costs points.
  const apiText = notes.api ?? '';
  const apiPrompt = prompt.designKind !== 'system';
  if (apiPrompt || /\b(GET|POST|PUT|PATCH|DELETE)\b/.test(apiText)) {
    const everything = Object.values(notes).join('\n');
    for (const c of checkApiSection(apiText, notes['data-model'] ?? '', everything)) {
      results.push({ id: c.id, type: 'api', label: c.label, optional: !apiPrompt, essential: false, met: c.met, ...(c.met ? { evidence: c.evidence } : { hint: c.hint }) });
    }
  }
  // Notes that only list terms are buzzwords, not a design: every prompt fails them, whatever the diagram says.
  const lists = notesReview.keywordLists;
  const { sentences, lists: listLines } = notesReview.prose;
  const label = 'Notes that say what the design does, in sentences';
  const tooFew = sentences < MIN_PROSE_SENTENCES || listLines > sentences;
  const notesHole = 'The notes list terms instead of saying what the design does and why: an interviewer hears buzzwords, not a design.';
  results.push(
    tooFew
      ? { id: 'notes-sentences', type: 'notes', label, optional: false, essential: true, met: false, hole: notesHole, hint: `Only ${sentences} line${sentences === 1 ? '' : 's'} of the requirements, trade-offs and non-functional requirements say something in a sentence, and ${listLines} only list terms. Write what you would do and why.` }
      : lists.length
        ? { id: 'notes-sentences', type: 'notes', label, optional: false, essential: true, met: true, evidence: `${sentences} lines say what the design does. These lines only list terms and earn nothing: ${lists.map((l) => `“${l.text.slice(0, 80)}”`).join('; ')}.` }
        : { id: 'notes-sentences', type: 'notes', label, optional: false, essential: true, met: true, evidence: `${sentences} lines say what the design does in sentences; none is a bare list of terms.` },
  );
  // A hole checked only when a draft states it is free to meet: counting it met would inflate the figures,
  // so it counts only when it fails.
  const onlyWhenStated = new Set(prompt.rubric.filter((r) => r.type === 'topic' && r.onlyWhenStated).map((r) => r.id));
  // An unsure item that does not fail is asked about: it is neither met nor missing, so it is left out of the counts.
  const asks = new Set(prompt.rubric.filter((r) => r.type === 'topic' && r.ask && !r.unsureFails).map((r) => r.id));
  const counted = results.filter((r) => !(r.met && onlyWhenStated.has(r.id)) && !(r.unsure && asks.has(r.id)));
  const scored = counted.filter((r) => !r.optional);
  const met = scored.filter((r) => r.met).length;
  const essentials = counted.filter((r) => r.essential);
  const holes = essentials.filter((r) => !r.met).map((r) => ({ id: r.id, label: r.label, hole: r.hole ?? r.label }));
  const unsure = results.filter((r) => r.unsure).map((r) => ({ id: r.id, label: r.label, question: topics.find((i) => i.id === r.id)?.ask ?? '', fails: !asks.has(r.id) && r.essential }));
  return {
    results,
    ...(diagramError ? { diagramError } : {}),
    met,
    required: scored.length,
    essentials: { met: essentials.length - holes.length, total: essentials.length },
    holes,
    unsure,
    solved: !diagramError && holes.length === 0,
  };
}
