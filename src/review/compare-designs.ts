/**
 * Compares a user's design with the reference after reveal: which of the reference's components
 * (by kind) and flows (kind to kind) the user's diagram lacks, and which kinds the user added. Pure.
 */
import type { DiagramGraph } from './diagram-model';
import { classifyGraph, KIND_NAMES, type ComponentKind } from './component-vocabulary';

export type DesignComparison = {
  /** Reference components whose kind no node of the user's diagram has. */
  missingComponents: { kind: ComponentKind; reference: string }[];
  /** Reference arrows (kind → kind) with no path between nodes of those kinds in the user's diagram. */
  missingFlows: { from: ComponentKind; to: ComponentKind; reference: string }[];
  /** Kinds the user drew that the reference does not have: listed neutrally, they may be good. */
  extras: { kind: ComponentKind; user: string }[];
};

const text = (label: string) => label.replace(/\n/g, ' / ');

function reachable(graph: DiagramGraph, from: Set<string>, to: Set<string>): boolean {
  const out = new Map<string, string[]>();
  for (const e of graph.edges) {
    out.set(e.from, [...(out.get(e.from) ?? []), e.to]);
    if (!e.directed) out.set(e.to, [...(out.get(e.to) ?? []), e.from]);
  }
  const seen = new Set(from);
  const queue = [...from];
  for (let i = 0; i < queue.length; i++) {
    for (const n of out.get(queue[i]) ?? []) {
      if (to.has(n) && !from.has(n)) return true;
      if (!seen.has(n)) {
        seen.add(n);
        queue.push(n);
      }
    }
  }
  return false;
}

/**
 * @param user - the user's diagram graph
 * @param reference - the reference diagram graph
 */
export function compareDesigns(user: DiagramGraph, reference: DiagramGraph): DesignComparison {
  const userKinds = classifyGraph(user);
  const refKinds = classifyGraph(reference);
  const nodesOfKind = (graph: DiagramGraph, kinds: Map<string, { kind: ComponentKind }[]>, kind: ComponentKind) =>
    new Set(graph.nodes.filter((n) => kinds.get(n.id)?.some((k) => k.kind === kind)).map((n) => n.id));
  const have = new Set([...userKinds.values()].flat().map((k) => k.kind));
  const want = new Set([...refKinds.values()].flat().map((k) => k.kind));
  const refLabel = new Map(reference.nodes.map((n) => [n.id, text(n.label)]));

  const missingComponents = [...want]
    .filter((k) => !have.has(k))
    .map((kind) => ({ kind, reference: reference.nodes.filter((n) => refKinds.get(n.id)?.some((m) => m.kind === kind)).map((n) => `'${text(n.label)}'`).join(', ') }));

  const missingFlows: DesignComparison['missingFlows'] = [];
  const seen = new Set<string>();
  for (const e of reference.edges) {
    for (const a of refKinds.get(e.from) ?? []) {
      for (const b of refKinds.get(e.to) ?? []) {
        if (a.kind === b.kind) continue;
        const key = `${a.kind}>${b.kind}`;
        if (seen.has(key)) continue;
        seen.add(key);
        const from = nodesOfKind(user, userKinds, a.kind);
        const to = nodesOfKind(user, userKinds, b.kind);
        if (from.size && to.size && reachable(user, from, to)) continue;
        missingFlows.push({ from: a.kind, to: b.kind, reference: `'${refLabel.get(e.from)}' → '${refLabel.get(e.to)}'` });
      }
    }
  }
  const extras = [...have]
    .filter((k) => !want.has(k))
    .map((kind) => ({ kind, user: user.nodes.filter((n) => userKinds.get(n.id)?.some((m) => m.kind === kind)).map((n) => `'${text(n.label)}'`).join(', ') }));
  return { missingComponents, missingFlows, extras };
}

/** "a cache" etc., for the comparison's sentences. */
export const kindName = (kind: ComponentKind) => KIND_NAMES[kind];
