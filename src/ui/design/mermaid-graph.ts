/**
 * Reads a Mermaid flowchart into the plain graph the rubric checks, with Mermaid's own parser, so the
 * review and the preview never disagree about what the text means.
 *
 * Mermaid is a parameter, not an import: the caller decides when the (large) library loads, and the
 * tests pass the real one under jsdom. Parsing needs no layout, so it works where rendering does not.
 */
import type { DiagramEdge, DiagramGraph, DiagramNode } from '../../review/rubric';

/**
 * The little of Mermaid's API used here. `mermaidAPI.getDiagramFromText` is the only way Mermaid 12
 * offers to reach a parsed diagram's database (`mermaid.parse` returns just the type and config). Its
 * typings mark it internal, so test/review/mermaid-graph.test.ts pins what it returns.
 */
export type MermaidLike = {
  mermaidAPI: { getDiagramFromText(text: string): Promise<{ type: string; db: unknown }> };
};

export type GraphResult =
  | { ok: true; graph: DiagramGraph; diagramType: string }
  | { ok: false; message: string; line?: number };

/** The parts of mermaid 12's FlowDB read here (src/diagrams/flowchart/types.ts). */
type FlowVertex = { id: string; text?: string; labelType?: string };
type FlowEdge = { start: string; end: string; type?: string; stroke?: string; text?: string; labelType?: string };
type FlowSubGraph = { id: string; title?: string; labelType?: string };
type FlowDb = {
  getVertices(): Map<string, FlowVertex> | Record<string, FlowVertex>;
  getEdges(): FlowEdge[];
  getSubGraphs?(): FlowSubGraph[];
};

/** Mermaid's parse errors: jison's carry `hash`, the newer parsers only a message. */
type ParseError = {
  name?: string;
  message?: string;
  hash?: { text?: string; token?: string | number; line?: number; loc?: { first_line?: number } };
};

const isFlowDb = (db: unknown): db is FlowDb =>
  typeof (db as FlowDb | null)?.getVertices === 'function' && typeof (db as FlowDb).getEdges === 'function';

const NAMED_ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', hellip: '…', rarr: '→', larr: '←', ndash: '–', mdash: '—' };

/**
 * A label as a reader sees it. Mermaid keeps labels close to the source: `#quot;` arrives encoded
 * (ﬂ°quot¶ß), line breaks as `<br>`, Markdown strings with their `**`, icons as `fa:fa-user`. Left
 * alone, "API<br>gateway" would read as the words api, br, gateway and miss the synonym "api gateway".
 */
function plainText(text: string, labelType?: string): string {
  let s = text
    // Mermaid's own entity placeholders (its decodeEntities).
    .replace(/ﬂ°°/g, '&#')
    .replace(/ﬂ°/g, '&')
    .replace(/¶ß/g, ';')
    // Tags before entities, so a label that spells `#lt;b#gt;` keeps its text.
    .replace(/<br\s*\/?>/gi, ' ')
    .replace(/<\/?[a-z][^>]*>/gi, '')
    .replace(/&#(x[0-9a-f]+|\d+);/gi, (m, code: string) => {
      const n = code[0].toLowerCase() === 'x' ? parseInt(code.slice(1), 16) : Number(code);
      return n > 0 && n <= 0x10ffff ? String.fromCodePoint(n) : m;
    })
    .replace(/&(\w+);/g, (m, name: string) => NAMED_ENTITIES[name.toLowerCase()] ?? m)
    .replace(/\bfa[bklrs]?:fa-[\w-]+/g, '');
  if (labelType === 'markdown') s = s.replace(/(\*\*|__)(.+?)\1/g, '$2').replace(/(^|\W)[*_](\S.*?)[*_](?=\W|$)/g, '$1$2');
  return s.replace(/\s+/g, ' ').trim();
}

/**
 * Link kinds, as FlowDB names them: `arrow_point` (-->, -.->, ==>), `arrow_circle` (--o) and
 * `arrow_cross` (--x) point one way; `arrow_open` (---, -.-) has no head and `double_*` (<-->) has two,
 * so both connect either way.
 */
const isDirected = (edge: FlowEdge) => edge.type !== 'arrow_open' && !String(edge.type ?? '').startsWith('double_');

function flowGraph(db: FlowDb): DiagramGraph {
  const vertices = db.getVertices();
  const list = vertices instanceof Map ? [...vertices.values()] : Object.values(vertices);
  // An edge may point at a subgraph; FlowDB then lists the subgraph's id as a vertex whose text is
  // that id. The subgraph's title is what the reader sees on that box.
  const titles = new Map((db.getSubGraphs?.() ?? []).map((s) => [s.id, plainText(s.title ?? '', s.labelType)]));
  const nodes: DiagramNode[] = list.map((v) => ({
    id: v.id,
    label: titles.get(v.id) || plainText(v.text ?? v.id, v.labelType),
  }));
  const edges: DiagramEdge[] = db
    .getEdges()
    // `~~~` is a layout hint the reader never sees, not a connection.
    .filter((e) => e.stroke !== 'invisible')
    .map((e) => {
      const label = plainText(e.text ?? '', e.labelType);
      return { from: e.start, to: e.end, ...(label ? { label } : {}), directed: isDirected(e) };
    });
  return { nodes, edges };
}

/**
 * Mermaid drops front matter, `%%` comments and `%%{…}%%` directives before parsing and trims what
 * is left, so its error lines count from a shorter text. Blanking comments and directives in place
 * (keeping their line breaks) and cutting the front matter and leading blank lines ourselves keeps a
 * fixed offset between its line numbers and the user's. The parser then never sees the front matter
 * or directives: they hold a title and theme settings, which do not change the graph.
 */
function prepare(source: string): { text: string; offset: number } {
  const lines = source.replace(/\r\n?/g, '\n').split('\n');
  let start = 0;
  // Front matter as Mermaid reads it: an opening `---` line and the first later line that is the same
  // fence (same indent) followed by a line break. Otherwise the text is not front matter.
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

/** The line an error names, counted in the text Mermaid parsed. */
function reportedLine(error: ParseError): number | undefined {
  const loc = error.hash?.loc?.first_line;
  // jison's `loc` is where the offending token starts; its message names where the parser stopped,
  // which for an unclosed bracket is past the end of the text.
  if (typeof loc === 'number' && loc > 0) return loc;
  if (typeof error.hash?.line === 'number') return error.hash.line + 1;
  const match = /\bline (\d+)/i.exec(error.message ?? '');
  return match ? Number(match[1]) : undefined;
}

/** Turns a Mermaid error into one short sentence that names the line as the user counts it. */
function describeError(error: ParseError, source: string, prepared: { text: string; offset: number }): { message: string; line?: number } {
  const sourceLines = source.replace(/\r\n?/g, '\n').split('\n');
  if (error.name === 'UnknownDiagramError') {
    if (!prepared.text.trim()) return { message: 'The diagram is empty: start with a line such as "flowchart LR".' };
    return {
      message: 'Mermaid does not recognise the diagram type: the first line must name it, e.g. "flowchart LR" or "flowchart TD".',
      line: prepared.offset + 1,
    };
  }
  const lastLine = sourceLines.reduce((last, l, i) => (l.trim() ? i + 1 : last), 1);
  const reported = reportedLine(error);
  // An error at the end of the text can name the empty line after it; point at the last written line.
  const line = reported === undefined ? undefined : Math.max(1, Math.min(reported + prepared.offset, lastLine));
  const raw = String(error.message ?? error);
  if (error.hash && line !== undefined && /^Parse error on line/.test(raw)) {
    // jison's message is a caret picture plus the grammar's token names; a PM needs the line and the culprit.
    const code = (sourceLines[line - 1] ?? '').trim();
    const shown = code.length > 60 ? `${code.slice(0, 57)}…` : code;
    const token = String(error.hash.text ?? '').trim();
    let message = `Parse error on line ${line}: unexpected “${token}” in “${shown}”.`;
    if (error.hash.token === 'EOF' || error.hash.token === 1) {
      message = `Parse error on line ${line}: the diagram ends before “${shown}” is complete (a closing bracket, quote or "end" may be missing).`;
    } else if (!token) {
      message = `Parse error on line ${line}: “${shown}” ends too early (an arrow, label or bracket may be unfinished).`;
    }
    return { line, message };
  }
  // Other parsers (pie, packet, …) write one readable sentence, but count lines without the front
  // matter and comments: restate their line number as the user's.
  const parts = raw.split('\n').map((l) => l.trim()).filter(Boolean);
  let message = parts.length > 1 ? `${parts[0]} ${parts[parts.length - 1]}` : (parts[0] ?? 'Mermaid could not read the diagram.');
  if (reported !== undefined) message = message.replace(/\bline (\d+)/gi, (_, n: string) => `line ${Number(n) + prepared.offset}`);
  return { message, line };
}

/**
 * Parses Mermaid text with Mermaid's own parser and returns a flowchart as nodes and edges.
 *
 * - Node labels are plain text (entities decoded, `<br>` as a space, Markdown and icon markup
 *   removed); nodes inside subgraphs are ordinary nodes; an edge to a subgraph ends at a node
 *   labelled with the subgraph's title.
 * - `-->`, `-.->`, `==>`, `--o`, `--x` are directed; `---`, `-.-` and `<-->` are not; `~~~` is skipped.
 * - Other diagram types parse but give an empty graph, with `diagramType` (e.g. "sequence") so the
 *   caller can say that the rubric reads flowcharts.
 * - A parse error is a value, with a short message and the 1-based line in the user's text when
 *   Mermaid names one (front matter and `%%` comments included in the count).
 *
 * @param mermaid - an initialized Mermaid instance (`import('mermaid')`'s default export)
 * @param text - the diagram source as the user typed it
 */
export async function extractGraph(mermaid: MermaidLike, text: string): Promise<GraphResult> {
  const prepared = prepare(text);
  try {
    const diagram = await mermaid.mermaidAPI.getDiagramFromText(prepared.text);
    const graph = diagram.type.startsWith('flowchart') && isFlowDb(diagram.db) ? flowGraph(diagram.db) : { nodes: [], edges: [] };
    return { ok: true, graph, diagramType: diagram.type };
  } catch (error) {
    const e: ParseError = typeof error === 'object' && error !== null ? (error as ParseError) : { message: String(error) };
    return { ok: false, ...describeError(e, text, prepared) };
  }
}
