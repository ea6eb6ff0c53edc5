import { parse, type Node } from 'acorn';
import { ancestor } from 'acorn-walk';
import { transform } from 'sucrase';

/*
 * What the user's code actually contains, so a review never ticks "you used a Set" for code that has
 * none: the structures and operations an explanation may name, each with the line it is on, and a
 * description of every line (its calls and the loop around it) for the "where the cost is" sentence.
 * Lines are those of the source as given; a translator (pseudocode → JavaScript) maps them back.
 */

export type StructureId =
  | 'set'
  | 'map'
  | 'object-map'
  | 'sort'
  | 'sorted-copy'
  | 'in-place-sort'
  | 'nested-loop'
  | 'loop'
  | 'heap'
  | 'binary-search'
  | 'recursion'
  | 'memo'
  | 'two-pointers'
  | 'scan-in-loop'
  | 'shift'
  | 'stack'
  | 'copy';

export type Sighting = { line: number; text: string };

export type LineFacts = {
  line: number;
  /** The line as written, trimmed (at most 240 characters). */
  text: string;
  /** Method calls on the line, e.g. ["indexOf", "push"]. */
  calls: string[];
  /** The line of the innermost loop (or loop-like callback) around this line, if any. */
  insideLoop?: number;
  /** The line starts a loop itself. */
  isLoop: boolean;
};

export type CodeFacts = {
  structures: Partial<Record<StructureId, Sighting>>;
  lines: Map<number, LineFacts>;
};

/** Calls that run a callback once per element: a loop for the purposes of nesting. */
const ITERATING = new Set(['forEach', 'map', 'filter', 'reduce', 'reduceRight', 'some', 'every', 'find', 'findIndex', 'findLast', 'findLastIndex', 'flatMap']);
/** Calls that scan their receiver: O(length) each. */
export const SCANNING = new Set(['indexOf', 'includes', 'lastIndexOf', 'find', 'findIndex', 'findLast', 'findLastIndex', 'some', 'every', 'filter', 'splice', 'shift', 'unshift', 'slice', 'concat', 'join', 'reverse', 'map', 'reduce', 'forEach']);
const LOOPS = new Set(['ForStatement', 'ForInStatement', 'ForOfStatement', 'WhileStatement', 'DoWhileStatement']);
const FUNCTIONS = new Set(['FunctionDeclaration', 'FunctionExpression', 'ArrowFunctionExpression']);

type AnyNode = Node & Record<string, unknown>;

/** Reads the structures and per-line facts of JavaScript or TypeScript source; undefined if it does not parse. */
export function readCode(source: string, language: 'javascript' | 'typescript' = 'javascript'): CodeFacts | undefined {
  let code = source;
  if (language === 'typescript' || /^\s*(import|export)\s/m.test(source)) {
    try {
      code = transform(source, { transforms: language === 'typescript' ? ['typescript', 'imports'] : ['imports'], disableESTransforms: true, production: true }).code;
    } catch {
      return undefined;
    }
  }
  let ast: Node;
  try {
    ast = parse(code, { ecmaVersion: 'latest', sourceType: 'script', locations: true, allowHashBang: true });
  } catch {
    return undefined;
  }
  const sourceLines = source.split('\n');
  const structures: CodeFacts['structures'] = {};
  const lines = new Map<number, LineFacts>();
  const lineOf = (n: Node) => n.loc?.start.line ?? 1;
  const textOf = (line: number) => (sourceLines[line - 1] ?? '').trim().slice(0, 240);
  const factsFor = (line: number): LineFacts => {
    let f = lines.get(line);
    if (!f) lines.set(line, (f = { line, text: textOf(line), calls: [], isLoop: false }));
    return f;
  };
  const snippet = (n: Node) => code.slice(n.start, Math.min(n.end, n.start + 60)).replace(/\s+/g, ' ');
  const see = (id: StructureId, n: Node, text = snippet(n)) => {
    if (!structures[id]) structures[id] = { line: lineOf(n), text };
  };
  const isLoopLike = (n: AnyNode, parent: AnyNode | undefined) =>
    LOOPS.has(n.type) ||
    (FUNCTIONS.has(n.type) && parent?.type === 'CallExpression' && calleeName(parent) !== undefined && ITERATING.has(calleeName(parent)!) && (parent.arguments as Node[])[0] === n);
  const loopsAround = (ancestors: Node[]) => {
    const found: Node[] = [];
    for (let i = 0; i < ancestors.length - 1; i++) {
      const a = ancestors[i] as unknown as AnyNode;
      if (isLoopLike(a, ancestors[i - 1] as unknown as AnyNode | undefined)) found.push(ancestors[i]);
    }
    return found;
  };
  const functionNames = new Map<string, Node>();

  ancestor(ast, {
    FunctionDeclaration(node) {
      const id = (node as unknown as AnyNode).id as AnyNode | null;
      if (id?.name) functionNames.set(String(id.name), node);
    },
    VariableDeclarator(node) {
      const d = node as unknown as AnyNode;
      const init = d.init as AnyNode | null;
      const id = d.id as AnyNode;
      if (init && FUNCTIONS.has(init.type) && id.type === 'Identifier') functionNames.set(String(id.name), init);
    },
    NewExpression(node) {
      const callee = (node as unknown as AnyNode).callee as AnyNode;
      if (callee.type !== 'Identifier') return;
      if (callee.name === 'Set') see('set', node);
      if (callee.name === 'Map') see('map', node);
    },
    MemberExpression(node, _state, ancestors) {
      // counts[key] = … or counts[key]++ on a plain object: an object used as a hash map.
      const m = node as unknown as AnyNode;
      const parent = ancestors[ancestors.length - 2] as unknown as AnyNode | undefined;
      if (m.computed && parent && ((parent.type === 'AssignmentExpression' && parent.left === node) || parent.type === 'UpdateExpression')) {
        const prop = m.property as AnyNode;
        const isIndex = (prop.type === 'Literal' && typeof prop.value === 'number') || (prop.type === 'MemberExpression' && (prop.property as AnyNode).name === 'length');
        if (!isIndex) see('object-map', node);
      }
    },
    CallExpression(node, _state, ancestors) {
      const name = calleeName(node as unknown as AnyNode);
      if (!name) return;
      const line = lineOf(node);
      factsFor(line).calls.push(name);
      const receiver = ((node as unknown as AnyNode).callee as AnyNode).object as AnyNode | undefined;
      if (name === 'sort' || name === 'toSorted') {
        see('sort', node);
        const copied = name === 'toSorted' || (receiver && isCopy(receiver));
        see(copied ? 'sorted-copy' : 'in-place-sort', node);
      }
      if (name === 'shift') see('shift', node);
      if (name === 'pop' && receiver) see('stack', node);
      if (['slice', 'concat', 'from'].includes(name) || (name === 'map' && receiver)) see('copy', node);
      if (SCANNING.has(name) && loopsAround(ancestors).length > 0 && !ITERATING.has(name)) see('scan-in-loop', node);
      if (/^(?:siftUp|siftDown|bubbleUp|bubbleDown|heapify|heappush|heappop)$/i.test(name)) see('heap', node);
      const callee = (node as unknown as AnyNode).callee as AnyNode;
      if (callee.type === 'Identifier') {
        const enclosing = [...ancestors].reverse().find((a) => FUNCTIONS.has(a.type)) as unknown as AnyNode | undefined;
        const target = functionNames.get(String(callee.name));
        if (enclosing && (target as unknown) === enclosing) see('recursion', node);
      }
    },
    SpreadElement(_node, _state, ancestors) {
      const parent = ancestors[ancestors.length - 2];
      if (parent?.type === 'ArrayExpression') see('copy', parent);
    },
    ClassDeclaration(node) {
      const id = (node as unknown as AnyNode).id as AnyNode | null;
      if (id?.name && /heap|priority/i.test(String(id.name))) see('heap', node);
    },
    Identifier(node) {
      const name = String((node as unknown as AnyNode).name);
      if (/^(?:heap|minHeap|maxHeap|pq|priorityQueue)$/i.test(name)) see('heap', node);
      if (/^(?:memo|cache|dp)$/i.test(name)) see('memo', node);
    },
  });

  // Loops: every loop's line, nesting, binary search and two pointers.
  const visitLoops = (node: Node, ancestors: Node[]) => {
    const around = loopsAround(ancestors);
    const line = lineOf(node);
    factsFor(line).isLoop = true;
    see('loop', node, textOf(line));
    if (around.length > 0) see('nested-loop', node, textOf(line));
    const body = code.slice(node.start, node.end);
    if (/\b(?:lo|low|left|l|start|begin)\b\s*(?:<=?|<)\s*\b(?:hi|high|right|r|end)\b/.test(body) && /\b(?:mid|middle|m)\b\s*=/.test(body) && /(?:>>\s*1|\/\s*2)/.test(body)) see('binary-search', node, textOf(line));
    else if (/\b(?:lo|low|left|l|i|start)\s*(?:\+\+|\+=\s*1)/.test(body) && /\b(?:hi|high|right|r|j|end)\s*(?:--|-=\s*1)/.test(body)) see('two-pointers', node, textOf(line));
  };
  ancestor(ast, {
    ForStatement: visitLoops,
    ForInStatement: visitLoops,
    ForOfStatement: visitLoops,
    WhileStatement: visitLoops,
    DoWhileStatement: visitLoops,
    CallExpression(node, _s, ancestors) {
      const name = calleeName(node as unknown as AnyNode);
      const fn = ((node as unknown as AnyNode).arguments as Node[])[0];
      if (!name || !ITERATING.has(name) || !fn || !FUNCTIONS.has(fn.type)) return;
      const around = loopsAround(ancestors.slice(0, -1));
      factsFor(lineOf(node)).isLoop = true;
      if (around.length > 0) see('nested-loop', node, textOf(lineOf(node)));
    },
  });
  // Which loop each line sits in.
  const loopSpans: { start: number; end: number; line: number }[] = [];
  ancestor(ast, {
    ForStatement: (n) => void loopSpans.push({ start: n.start, end: n.end, line: lineOf(n) }),
    ForInStatement: (n) => void loopSpans.push({ start: n.start, end: n.end, line: lineOf(n) }),
    ForOfStatement: (n) => void loopSpans.push({ start: n.start, end: n.end, line: lineOf(n) }),
    WhileStatement: (n) => void loopSpans.push({ start: n.start, end: n.end, line: lineOf(n) }),
    DoWhileStatement: (n) => void loopSpans.push({ start: n.start, end: n.end, line: lineOf(n) }),
    CallExpression(n) {
      const name = calleeName(n as unknown as AnyNode);
      const fn = ((n as unknown as AnyNode).arguments as Node[])[0];
      if (name && ITERATING.has(name) && fn && FUNCTIONS.has(fn.type)) loopSpans.push({ start: fn.start, end: fn.end, line: lineOf(n) });
    },
  });
  const lineStarts = [0];
  for (let i = 0; i < code.length; i++) if (code[i] === '\n') lineStarts.push(i + 1);
  for (let line = 1; line <= lineStarts.length; line++) {
    const text = textOf(line);
    if (!text) continue;
    const pos = lineStarts[line - 1] + (sourceLines[line - 1]?.search(/\S/) ?? 0);
    const inner = loopSpans.filter((s) => s.start <= pos && pos < s.end && s.line !== line).sort((a, b) => b.start - a.start)[0];
    const f = factsFor(line);
    if (inner) f.insideLoop = inner.line;
  }
  if (structures['recursion'] && structures['memo'] === undefined && (structures['map'] || structures['object-map'])) {
    // A map filled and read inside a recursive function is its memory.
    const s = structures['map'] ?? structures['object-map'];
    if (s) structures['memo'] = s;
  }
  return { structures, lines };
}

function calleeName(call: AnyNode): string | undefined {
  const callee = call.callee as AnyNode;
  if (callee?.type === 'MemberExpression' && !callee.computed) return String((callee.property as AnyNode).name);
  if (callee?.type === 'Identifier') return String(callee.name);
  return undefined;
}

/** `items.slice()`, `[...items]`, `Array.from(items)`: a new array, not the input. */
function isCopy(node: AnyNode): boolean {
  if (node.type === 'ArrayExpression') return ((node.elements as AnyNode[]) ?? []).some((e) => e?.type === 'SpreadElement');
  if (node.type === 'CallExpression') {
    const name = calleeName(node);
    return name === 'slice' || name === 'from' || name === 'concat' || name === 'map' || name === 'filter';
  }
  return false;
}
