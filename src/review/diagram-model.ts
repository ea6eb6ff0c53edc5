/**
 * One graph for every Mermaid diagram type people draw architecture in: flowchart/graph, C4
 * (Context, Container, Component, Dynamic, Deployment), sequenceDiagram and architecture-beta.
 * Read with Mermaid's own parsers and diagram databases, so the review and the preview never
 * disagree about what the text means.
 *
 * Mermaid is a parameter, not an import: the caller decides when the (large) library loads, and the
 * tests pass the real one under jsdom. Parsing needs no layout, so it works where rendering does not.
 */

/** A box the reader sees. `group` is the innermost subgraph, boundary, box or group holding it. */
export type DiagramNode = {
  id: string;
  label: string;
  /** Mermaid's own shape or element type: `cylinder`, `c4:container_db`, `icon:database`, `actor`, `group`, … */
  shape?: string;
  group?: string;
  /** Technology text (C4's `techn`), read for product names only. */
  tech?: string;
  /** A description beside the name (C4's `descr`): read for product names, prompt words and what the notes-like text says. */
  description?: string;
  /** Font Awesome icons in the label (`fa-user`), without the prefix. */
  icons?: string[];
};
export type DiagramEdge = { from: string; to: string; label?: string; directed: boolean };
export type DiagramGroup = { id: string; title: string; parent?: string };
/**
 * `texts`: what a diagram says outside its boxes and arrows (a sequence diagram's notes, and the calls made
 * inside a loop or a parallel block, prefixed by the block's label), read like the notes.
 */
export type DiagramGraph = { nodes: DiagramNode[]; edges: DiagramEdge[]; groups?: DiagramGroup[]; texts?: string[] };

/**
 * The little of Mermaid's API used here. `mermaidAPI.getDiagramFromText` is the only way Mermaid 12
 * offers to reach a parsed diagram's database (`mermaid.parse` returns just the type and config). Its
 * typings mark it internal, so test/review/diagram-model.test.ts pins what it returns.
 */
export type MermaidLike = {
  mermaidAPI: { getDiagramFromText(text: string): Promise<{ type: string; db: unknown }> };
};

/** The types read into a graph; others parse but the review says it cannot read them. */
export type ArchitectureType = 'flowchart' | 'c4' | 'sequence' | 'architecture';

export type GraphResult =
  | { ok: true; graph: DiagramGraph; diagramType: string; readAs?: ArchitectureType }
  | { ok: false; message: string; line?: number; diagramType?: string };

const NAMED_ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', hellip: '…', rarr: '→', larr: '←', ndash: '–', mdash: '—' };

/**
 * A label as a reader sees it: entities decoded, tags removed, line breaks (`<br>`, a literal `\n`,
 * a real newline) kept as "\n", Markdown emphasis and icons removed (icons returned apart).
 */
export function plainLabel(text: string, labelType?: string): { label: string; icons: string[] } {
  const icons: string[] = [];
  let s = String(text ?? '')
    // Mermaid's own entity placeholders (its decodeEntities).
    .replace(/ﬂ°°/g, '&#')
    .replace(/ﬂ°/g, '&')
    .replace(/¶ß/g, ';')
    .replace(/<br\s*\/?>/gi, '\n')
    .replace(/\\n/g, '\n')
    .replace(/<\/?[a-z][^>]*>/gi, '')
    .replace(/&#(x[0-9a-f]+|\d+);/gi, (m, code: string) => {
      const n = code[0].toLowerCase() === 'x' ? parseInt(code.slice(1), 16) : Number(code);
      return n > 0 && n <= 0x10ffff ? String.fromCodePoint(n) : m;
    })
    .replace(/&(\w+);/g, (m, name: string) => NAMED_ENTITIES[name.toLowerCase()] ?? m)
    .replace(/\bfa[bklrs]?:fa-([\w-]+)/g, (_, icon: string) => {
      icons.push(icon);
      return '';
    });
  if (labelType === 'markdown') s = s.replace(/(\*\*|__)(.+?)\1/g, '$2').replace(/(^|\W)[*_](\S.*?)[*_](?=\W|$)/g, '$1$2');
  const label = s
    .split('\n')
    .map((l) => l.replace(/\s+/g, ' ').trim())
    .filter(Boolean)
    .join('\n');
  return { label, icons };
}

// ---------- flowchart ----------

type FlowVertex = { id: string; text?: string; labelType?: string; type?: string };
type FlowEdge = { start: string; end: string; type?: string; stroke?: string; text?: string; labelType?: string };
type FlowSubGraph = { id: string; title?: string; labelType?: string; nodes?: string[] };
type FlowDb = {
  getVertices(): Map<string, FlowVertex> | Record<string, FlowVertex>;
  getEdges(): FlowEdge[];
  getSubGraphs?(): FlowSubGraph[];
};

const isFlowDb = (db: unknown): db is FlowDb =>
  typeof (db as FlowDb | null)?.getVertices === 'function' && typeof (db as FlowDb).getEdges === 'function';

/**
 * Link kinds, as FlowDB names them: `arrow_point` (-->, -.->, ==>), `arrow_circle` (--o) and
 * `arrow_cross` (--x) point one way; `arrow_open` (---, -.-) has no head and `double_*` (<-->) has two.
 */
const isDirectedFlowEdge = (edge: FlowEdge) => edge.type !== 'arrow_open' && !String(edge.type ?? '').startsWith('double_');

function flowGraph(db: FlowDb): DiagramGraph {
  const vertices = db.getVertices();
  const list = vertices instanceof Map ? [...vertices.values()] : Object.values(vertices);
  const subgraphs = db.getSubGraphs?.() ?? [];
  const groups: DiagramGroup[] = [];
  const parentOf = new Map<string, string>();
  // Mermaid lists subgraphs innermost first, so the first that holds a node is its own group.
  for (const sg of subgraphs) for (const member of sg.nodes ?? []) if (!parentOf.has(member)) parentOf.set(member, sg.id);
  const groupIds = new Set(subgraphs.map((s) => s.id));
  for (const sg of subgraphs) {
    const title = plainLabel(sg.title || sg.id, sg.labelType).label || sg.id;
    groups.push({ id: sg.id, title, ...(parentOf.has(sg.id) ? { parent: parentOf.get(sg.id) } : {}) });
  }
  const nodes: DiagramNode[] = [];
  for (const v of list) {
    // An edge to a subgraph makes FlowDB list the subgraph as a vertex too: it is a group, not a box.
    if (groupIds.has(v.id)) continue;
    const { label, icons } = plainLabel(v.text ?? v.id, v.labelType);
    nodes.push({
      id: v.id,
      label: label || v.id,
      ...(v.type ? { shape: v.type } : {}),
      ...(parentOf.has(v.id) ? { group: parentOf.get(v.id) } : {}),
      ...(icons.length ? { icons } : {}),
    });
  }
  const edges: DiagramEdge[] = db
    .getEdges()
    // `~~~` is a layout hint the reader never sees, not a connection.
    .filter((e) => e.stroke !== 'invisible')
    .map((e) => {
      const label = plainLabel(e.text ?? '', e.labelType).label.replace(/\n/g, ' ');
      return { from: e.start, to: e.end, ...(label ? { label } : {}), directed: isDirectedFlowEdge(e) };
    });
  return { nodes, edges, groups };
}

// ---------- C4 ----------

type C4Text = { text?: string } | string | undefined;
type C4Shape = { alias: string; label?: C4Text; techn?: C4Text; descr?: C4Text; typeC4Shape?: C4Text; parentBoundary?: string };
type C4Boundary = { alias: string; label?: C4Text; parentBoundary?: string };
type C4Rel = { type: string; from: string; to: string; label?: C4Text };
type C4Db = { getC4ShapeArray(): C4Shape[]; getBoundaries?(parent: string): C4Boundary[]; getBoundarys?(parent: string): C4Boundary[]; getRels(): C4Rel[] };
const isC4Db = (db: unknown): db is C4Db => typeof (db as C4Db | null)?.getC4ShapeArray === 'function' && typeof (db as C4Db).getRels === 'function';
const c4Text = (t: C4Text) => (typeof t === 'string' ? t : (t?.text ?? ''));

function c4Graph(db: C4Db): DiagramGraph {
  const groups: DiagramGroup[] = [];
  const seen = new Set<string>(['global']);
  // Boundaries nest: walk them from the top ("global") down.
  const queue = ['global'];
  for (let i = 0; i < queue.length; i++) {
    const parent = queue[i];
    const list = (db.getBoundaries ?? db.getBoundarys)?.call(db, parent) ?? [];
    for (const b of list) {
      if (seen.has(b.alias)) continue;
      seen.add(b.alias);
      queue.push(b.alias);
      groups.push({ id: b.alias, title: plainLabel(c4Text(b.label)).label || b.alias, ...(parent !== 'global' ? { parent } : {}) });
    }
  }
  const nodes: DiagramNode[] = db.getC4ShapeArray().map((s) => {
    const { label, icons } = plainLabel(c4Text(s.label));
    const tech = plainLabel(c4Text(s.techn)).label;
    const description = plainLabel(c4Text(s.descr)).label.replace(/\n/g, ' ');
    return {
      id: s.alias,
      label: label || s.alias,
      shape: `c4:${c4Text(s.typeC4Shape)}`,
      ...(s.parentBoundary && s.parentBoundary !== 'global' ? { group: s.parentBoundary } : {}),
      ...(tech ? { tech } : {}),
      ...(description ? { description } : {}),
      ...(icons.length ? { icons } : {}),
    };
  });
  const edges: DiagramEdge[] = db.getRels().map((r) => {
    const label = plainLabel(c4Text(r.label)).label.replace(/\n/g, ' ');
    // Rel_Back draws its arrow head at `from` (mermaid's c4 svgDraw); BiRel has two heads.
    const back = r.type === 'rel_b';
    return { from: back ? r.to : r.from, to: back ? r.from : r.to, ...(label ? { label } : {}), directed: r.type !== 'birel' };
  });
  return { nodes, edges, groups };
}

// ---------- sequence ----------

type SeqActor = { name: string; description?: string; type?: string; box?: { name?: string } };
type SeqMessage = { from?: string; to?: string; message?: string; type?: number };
type SeqDb = { getActors(): Map<string, SeqActor>; getMessages(): SeqMessage[]; getBoxes?(): { name?: string; actorKeys?: string[] }[]; LINETYPE?: Record<string, number> };
const isSeqDb = (db: unknown): db is SeqDb => typeof (db as SeqDb | null)?.getActors === 'function' && typeof (db as SeqDb).getMessages === 'function';

function sequenceGraph(db: SeqDb): DiagramGraph {
  const groups: DiagramGroup[] = [];
  const boxOf = new Map<string, string>();
  (db.getBoxes?.() ?? []).forEach((box, i) => {
    const id = `box${i + 1}`;
    groups.push({ id, title: plainLabel(box.name ?? '').label || id });
    for (const key of box.actorKeys ?? []) boxOf.set(key, id);
  });
  const actors = db.getActors();
  const nodes: DiagramNode[] = [...actors.values()].map((a) => {
    const { label, icons } = plainLabel(a.description || a.name);
    return { id: a.name, label: label || a.name, shape: a.type ?? 'participant', ...(boxOf.has(a.name) ? { group: boxOf.get(a.name) } : {}), ...(icons.length ? { icons } : {}) };
  });
  const lineType = db.LINETYPE ?? {};
  const undirected = new Set([lineType.BIDIRECTIONAL_SOLID, lineType.BIDIRECTIONAL_DOTTED].filter((n) => n !== undefined));
  const edges: DiagramEdge[] = [];
  const texts: string[] = [];
  const nameOf = (key: string) => nodes.find((n) => n.id === key)?.label ?? key;
  const text = (m: SeqMessage) => plainLabel(m.message ?? '').label.replace(/\n/g, ' ').trim();
  // The blocks a call sits in: "loop for each result" makes every call inside it a call per result.
  const blocks: string[] = [];
  const starts = new Map([[lineType.LOOP_START, 'loop'], [lineType.PAR_START, 'in parallel']].filter(([t]) => t !== undefined) as [number, string][]);
  const ends = new Set([lineType.LOOP_END, lineType.PAR_END].filter((t) => t !== undefined));
  for (const m of db.getMessages()) {
    const start = starts.get(m.type ?? -1);
    if (start) blocks.push(`${start} ${text(m)}`.trim());
    else if (ends.has(m.type ?? -1)) blocks.pop();
    else if (m.type === lineType.NOTE && text(m)) texts.push(`${m.from ? `${nameOf(m.from)}: ` : ''}${text(m)}`);
    // Notes, loops, alt blocks and activations are messages too in SequenceDB; only arrows between two participants are calls.
    if (!m.from || !m.to || m.from === m.to || m.type === lineType.NOTE || !actors.has(m.from) || !actors.has(m.to)) continue;
    const label = text(m);
    edges.push({ from: m.from, to: m.to, ...(label ? { label } : {}), directed: !undirected.has(m.type ?? -1) });
    if (blocks.length) texts.push(`${blocks[blocks.length - 1]}: ${nameOf(m.from)} calls ${nameOf(m.to)}${label ? ` (${label})` : ''}`);
  }
  return { nodes, edges, groups, ...(texts.length ? { texts } : {}) };
}

// ---------- architecture-beta ----------

type ArchService = { id: string; type?: string; icon?: string; iconText?: string; title?: string; in?: string };
type ArchGroup = { id: string; title?: string; icon?: string; in?: string };
type ArchEdge = { lhsId: string; rhsId: string; lhsInto?: boolean; rhsInto?: boolean; lhsGroup?: boolean; rhsGroup?: boolean; title?: string };
type ArchDb = { getServices(): ArchService[]; getGroups(): ArchGroup[]; getEdges(): ArchEdge[]; getJunctions?(): ArchService[] };
const isArchDb = (db: unknown): db is ArchDb => typeof (db as ArchDb | null)?.getServices === 'function' && typeof (db as ArchDb).getEdges === 'function';

function architectureGraph(db: ArchDb): DiagramGraph {
  const groups: DiagramGroup[] = db.getGroups().map((g) => ({ id: g.id, title: plainLabel(g.title || g.id).label || g.id, ...(g.in ? { parent: g.in } : {}) }));
  const nodes: DiagramNode[] = db.getServices().map((s) => ({
    id: s.id,
    label: plainLabel(s.title || s.iconText || s.id).label || s.id,
    shape: `icon:${s.icon ?? 'none'}`,
    ...(s.in ? { group: s.in } : {}),
  }));
  const junctions = new Set((db.getJunctions?.() ?? []).map((j) => j.id));
  const serviceGroup = new Map(db.getServices().map((s) => [s.id, s.in]));
  const raw: DiagramEdge[] = [];
  for (const e of db.getEdges()) {
    // `{group}` on a side means the edge leaves or enters that service's group: it reaches the group's members.
    const lhs = e.lhsGroup && serviceGroup.get(e.lhsId) ? serviceGroup.get(e.lhsId)! : e.lhsId;
    const rhs = e.rhsGroup && serviceGroup.get(e.rhsId) ? serviceGroup.get(e.rhsId)! : e.rhsId;
    const label = e.title ? plainLabel(e.title).label : '';
    const extra = label ? { label } : {};
    if (e.rhsInto && !e.lhsInto) raw.push({ from: lhs, to: rhs, ...extra, directed: true });
    else if (e.lhsInto && !e.rhsInto) raw.push({ from: rhs, to: lhs, ...extra, directed: true });
    else raw.push({ from: lhs, to: rhs, ...extra, directed: false });
  }
  return { nodes, edges: throughJunctions(raw, junctions), groups };
}

/** A junction is a point where lines meet, not a component: connect what meets there directly. */
function throughJunctions(edges: DiagramEdge[], junctions: Set<string>): DiagramEdge[] {
  if (junctions.size === 0) return edges;
  let current = edges;
  for (const j of junctions) {
    const touching = current.filter((e) => e.from === j || e.to === j);
    const rest = current.filter((e) => e.from !== j && e.to !== j);
    const into = touching.filter((e) => e.to === j || !e.directed).map((e) => ({ id: e.from === j ? e.to : e.from, directed: e.directed && e.to === j }));
    const out = touching.filter((e) => e.from === j || !e.directed).map((e) => ({ id: e.to === j ? e.from : e.to, directed: e.directed && e.from === j }));
    const joined: DiagramEdge[] = [];
    for (const a of into) for (const b of out) {
      if (a.id === b.id) continue;
      const directed = a.directed || b.directed;
      if (!directed && joined.some((e) => !e.directed && e.from === b.id && e.to === a.id)) continue;
      joined.push({ from: a.id, to: b.id, directed });
    }
    current = [...rest, ...joined];
  }
  return current;
}

// ---------- shared ----------

/**
 * Edges to a group reach its members: an arrow into a subgraph (or C4 boundary, architecture
 * group) becomes one arrow to each node inside it, nested groups included.
 */
export function expandGroups(graph: DiagramGraph): DiagramGraph {
  const groups = graph.groups ?? [];
  if (groups.length === 0) return graph;
  const nodeIds = new Set(graph.nodes.map((n) => n.id));
  const members = new Map<string, string[]>();
  const childGroups = new Map<string, string[]>();
  for (const g of groups) if (g.parent) childGroups.set(g.parent, [...(childGroups.get(g.parent) ?? []), g.id]);
  for (const n of graph.nodes) if (n.group) members.set(n.group, [...(members.get(n.group) ?? []), n.id]);
  const all = (id: string, depth = 0): string[] =>
    depth > 50 ? [] : [...(members.get(id) ?? []), ...(childGroups.get(id) ?? []).flatMap((c) => all(c, depth + 1))];
  const groupIds = new Set(groups.map((g) => g.id));
  const ends = (id: string) => (groupIds.has(id) && !nodeIds.has(id) ? all(id) : [id]);
  const edges: DiagramEdge[] = [];
  const seen = new Set<string>();
  for (const e of graph.edges) {
    for (const from of ends(e.from)) for (const to of ends(e.to)) {
      if (from === to) continue;
      const key = `${from}\u0000${to}\u0000${e.directed}\u0000${e.label ?? ''}`;
      if (seen.has(key)) continue;
      seen.add(key);
      edges.push({ ...e, from, to });
    }
  }
  // An edge to an empty group still ends somewhere the reader sees: keep such groups as boxes.
  const used = new Set(edges.flatMap((e) => [e.from, e.to]));
  const emptyGroups = groups.filter((g) => used.has(g.id) && !nodeIds.has(g.id));
  const nodes = [...graph.nodes, ...emptyGroups.map((g) => ({ id: g.id, label: g.title, shape: 'group', ...(g.parent ? { group: g.parent } : {}) }))];
  return { ...graph, nodes, edges };
}

/** Mermaid's parse errors: jison's carry `hash`, the newer parsers only a message. */
type ParseError = {
  name?: string;
  message?: string;
  hash?: { text?: string; token?: string | number; line?: number; loc?: { first_line?: number } };
};

/**
 * Mermaid drops front matter, `%%` comments and `%%{…}%%` directives before parsing and trims what
 * is left, so its error lines count from a shorter text. Blanking them in place and cutting the
 * front matter and leading blank lines ourselves keeps a fixed offset to the user's line numbers.
 */
function prepare(source: string): { text: string; offset: number } {
  const lines = source.replace(/\r\n?/g, '\n').split('\n');
  let start = 0;
  const fence = /^([ \t]*)---[ \t]*$/.exec(lines[0] ?? '');
  if (fence) {
    const close = lines.findIndex((l, i) => i > 0 && i < lines.length - 1 && new RegExp(`^${fence[1]}---\\s*$`).test(l));
    if (close !== -1) start = close + 1;
  }
  const body = lines
    .slice(start)
    .join('\n')
    .replace(/%{2}{[\s\S]*?}%{2}/g, (directive) => directive.replace(/[^\n]/g, ''))
    .replace(/^[ \t]*%%(?!{)[^\n]*/gm, '');
  const leading = /^\s*/.exec(body)![0];
  const skipped = leading.split('\n').length - 1;
  return { text: body.slice(leading.lastIndexOf('\n') + 1), offset: start + skipped };
}

function reportedLine(error: ParseError): number | undefined {
  const loc = error.hash?.loc?.first_line;
  // jison's `loc` is where the offending token starts; its message names where the parser stopped.
  if (typeof loc === 'number' && loc > 0) return loc;
  if (typeof error.hash?.line === 'number') return error.hash.line + 1;
  const match = /\bline:? (\d+)/i.exec(error.message ?? '');
  return match ? Number(match[1]) : undefined;
}

/** Fixes we can suggest for what people commonly write. */
function suggestFix(code: string): string | undefined {
  if (/^\s*subgraph\b/.test(code) && /[()[\]{}]/.test(code) && !/"/.test(code)) return ' Fix: put the subgraph title in quotes, e.g. subgraph gw ["API Gateway (Kong)"].';
  if (/\[[^\]"]*[()][^\]"]*\]/.test(code)) return ' Fix: quote a label that contains parentheses, e.g. A["Orders (primary)"].';
  if (/--\s*>\s*$|-->\s*$/.test(code)) return ' Fix: an arrow needs a node on its right-hand side.';
  if (/\bend\b/.test(code) && /[A-Za-z]end\b/.test(code) === false && /\[end\]|\bend\s*-->/.test(code)) return ' Fix: "end" is a keyword; write End or "end" in quotes.';
  return undefined;
}

/** Turns a Mermaid error into one short sentence for a person, naming the line as the user counts it. */
function describeError(error: ParseError, source: string, prepared: { text: string; offset: number }): { message: string; line?: number } {
  const sourceLines = source.replace(/\r\n?/g, '\n').split('\n');
  if (error.name === 'UnknownDiagramError' || /No diagram type detected/i.test(error.message ?? '')) {
    if (!prepared.text.trim()) return { message: 'The diagram is empty: start with a line such as "flowchart LR".' };
    return {
      message: 'Mermaid does not recognise the diagram type: the first line must name it, e.g. "flowchart LR", "C4Container", "sequenceDiagram" or "architecture-beta".',
      line: prepared.offset + 1,
    };
  }
  const lastLine = sourceLines.reduce((last, l, i) => (l.trim() ? i + 1 : last), 1);
  const reported = reportedLine(error);
  const line = reported === undefined ? undefined : Math.max(1, Math.min(reported + prepared.offset, lastLine));
  const raw = String(error.message ?? error);
  const code = line !== undefined ? (sourceLines[line - 1] ?? '').trim() : '';
  const shown = code.length > 60 ? `${code.slice(0, 57)}…` : code;
  const fix = suggestFix(code) ?? '';
  if (error.hash && line !== undefined && /^Parse error on line/.test(raw)) {
    // jison's message is a caret picture plus the grammar's token names; a person needs the line and the culprit.
    const token = String(error.hash.text ?? '').trim();
    let message = `Mermaid could not read line ${line} (“${shown}”): it did not expect “${token}” there.${fix}`;
    if (error.hash.token === 'EOF' || error.hash.token === 1) {
      message = `Mermaid could not read line ${line} (“${shown}”): the diagram ends before it is complete — a closing bracket, quote or "end" may be missing.${fix}`;
    } else if (!token) {
      message = `Mermaid could not read line ${line} (“${shown}”): something on it is unfinished — an arrow, a label or a bracket.${fix}`;
    }
    return { line, message };
  }
  const parts = raw.split('\n').map((l) => l.trim()).filter(Boolean);
  let message = parts.length > 1 ? `${parts[0]} ${parts[parts.length - 1]}` : (parts[0] ?? 'Mermaid could not read the diagram.');
  if (reported !== undefined) message = message.replace(/\bline:? (\d+)/gi, (_, n: string) => `line ${Number(n) + prepared.offset}`);
  if (line !== undefined && !/line \d+/i.test(message)) message = `Mermaid could not read line ${line} (“${shown}”): ${message}`;
  return { message: `${message}${fix}`, line };
}

function readAs(type: string): ArchitectureType | undefined {
  if (type.startsWith('flowchart') || type === 'graph') return 'flowchart';
  if (type === 'c4') return 'c4';
  if (type === 'sequence') return 'sequence';
  if (type === 'architecture') return 'architecture';
  return undefined;
}

/**
 * Parses Mermaid text with Mermaid's own parser and returns it as one graph, whatever the type.
 *
 * - flowchart/graph: vertices with their shape; subgraphs as groups (nested ones keep their parent).
 *   `-->`, `-.->`, `==>`, `--o`, `--x` are directed; `---`, `-.-` and `<-->` are not; `~~~` is skipped.
 * - C4: persons, systems, containers and components by alias with their element type and technology;
 *   boundaries as groups; `Rel` directed, `BiRel` not, `Rel_Back` reversed.
 * - sequenceDiagram: participants and actors (by name, labelled by their alias text), boxes as
 *   groups, each message between two participants as a directed edge (`<<->>` undirected).
 * - architecture-beta: services (icon as shape) and groups; an arrow head makes an edge directed;
 *   junctions are joined through; `{group}` ends reach the group's members.
 * - Edges to a group are expanded to every member (see {@link expandGroups}).
 * - Other diagram types parse but give an empty graph without `readAs`.
 * - A parse error is a value, with a sentence for a person and the 1-based line in the user's text.
 *
 * @param mermaid - an initialized Mermaid instance (`import('mermaid')`'s default export)
 * @param text - the diagram source (pass it through `makeDiagramSafe` first, as the UI does)
 */
export async function readDiagram(mermaid: MermaidLike, text: string): Promise<GraphResult> {
  const prepared = prepare(text);
  let diagram: { type: string; db: unknown };
  try {
    diagram = await mermaid.mermaidAPI.getDiagramFromText(prepared.text);
  } catch (error) {
    const e: ParseError = typeof error === 'object' && error !== null ? (error as ParseError) : { message: String(error) };
    return { ok: false, ...describeError(e, text, prepared) };
  }
  const kind = readAs(diagram.type);
  try {
    let graph: DiagramGraph = { nodes: [], edges: [] };
    if (kind === 'flowchart' && isFlowDb(diagram.db)) graph = flowGraph(diagram.db);
    else if (kind === 'c4' && isC4Db(diagram.db)) graph = c4Graph(diagram.db);
    else if (kind === 'sequence' && isSeqDb(diagram.db)) graph = sequenceGraph(diagram.db);
    else if (kind === 'architecture' && isArchDb(diagram.db)) graph = architectureGraph(diagram.db);
    return { ok: true, graph: expandGroups(graph), diagramType: diagram.type, ...(kind ? { readAs: kind } : {}) };
  } catch (error) {
    // A database shape we do not know (a future Mermaid): say so rather than score an empty design.
    return { ok: false, diagramType: diagram.type, message: `The ${diagram.type} diagram parsed, but its contents could not be read (${String((error as Error)?.message ?? error)}).` };
  }
}

/** Words a person uses for each diagram type, for messages. */
export function diagramTypeName(type: string): string {
  const k = readAs(type);
  if (k === 'flowchart') return 'flowchart';
  if (k === 'c4') return 'C4 diagram';
  if (k === 'sequence') return 'sequence diagram';
  if (k === 'architecture') return 'architecture diagram';
  return `${type} diagram`;
}
