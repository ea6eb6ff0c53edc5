import { parser } from '@lezer/python';
import type { SyntaxNode } from '@lezer/common';
import type { CompileError } from '../types';
import { checkIndentation } from './indentation';
import { BUILTINS, EXCEPTIONS, JS_HABITS, JS_NAMES, JS_RESERVED, KEYWORD_OBJECT, KEYWORD_POSITIONS, METHODS, MODULES, UNAVAILABLE } from './names';
import { runtimeFor } from './runtime';

export type PythonTranslation =
  | {
      ok: true;
      /** JavaScript for the sandbox: the runtime on line 1, then the user's code, line for line. */
      code: string;
      /** `lineMap[jsLine - 1]` is the pseudocode line a line of `code` came from. */
      lineMap: number[];
      /** Line 1 up to this column (1-based) is the runtime library, not the user's code. */
      runtimeColumns: number;
    }
  | { ok: false; error: CompileError };

/** A problem in the user's code, found while translating: becomes a compile error with its line. */
class PyCompileError extends Error {
  constructor(
    message: string,
    readonly line: number,
    readonly column?: number,
  ) {
    super(message);
  }
}

type Binding = { origin?: string; def?: DefInfo };
type DefInfo = { params: string[]; required: number; vararg: boolean };

type Scope = {
  kind: 'module' | 'function' | 'lambda' | 'comprehension';
  parent?: Scope;
  /** Names bound in this scope (assigned, defined, imported, loop targets). */
  locals: Map<string, Binding>;
  /** Names bound by a statement directly in the body (not inside if/for/while/try), with where. */
  definite: Map<string, number>;
  globals: Set<string>;
  nonlocals: Set<string>;
  params: Set<string>;
  temps: number;
  declared: string[];
};

type Loop = { label?: string; names: Set<string> };

const MUTABLE_DEFAULTS = new Set(['ArrayExpression', 'DictionaryExpression', 'SetExpression', 'ArrayComprehensionExpression', 'DictionaryComprehensionExpression', 'SetComprehensionExpression']);
const MUTABLE_FACTORIES = new Set(['list', 'dict', 'set', 'defaultdict', 'deque', 'Counter', 'OrderedDict']);
const ARITH: Record<string, string> = { '+': '$add', '-': '$sub', '*': '$mul', '/': '$div', '//': '$floordiv', '%': '$mod', '**': '$pow' };
const BITS = new Set(['|', '&', '^', '<<', '>>']);
const COMPARE: Record<string, string> = { '<': '$lt', '<=': '$le', '>': '$gt', '>=': '$ge', '==': '$eq', '!=': '$ne' };

/** Unsupported statements and expressions, with the supported way to say the same thing. */
const UNSUPPORTED: Record<string, string> = {
  ClassDefinition: 'classes (class …). Write plain functions, and keep state in dicts, lists or variables',
  DecoratedStatement: 'decorators (@…). For memoisation keep a dict (memo = {}) and look it up first',
  YieldStatement: 'generators (yield). Build a list and return it',
  YieldExpression: 'generators (yield). Build a list and return it',
  AwaitExpression: 'async code (async / await). Write a plain def',
  WithStatement: "'with' blocks. There are no files or locks here",
  MatchStatement: 'match statements. Use if / elif / else',
  NamedExpression: 'the walrus operator :=. Assign on its own line first, then use the variable',
  PrintStatement: 'the print statement. print is a function in Python 3: print(x)',
};

const lineStartsOf = (src: string) => {
  const starts = [0];
  for (let i = 0; i < src.length; i++) if (src[i] === '\n') starts.push(i + 1);
  return starts;
};

/**
 * Translates Python-style pseudocode into JavaScript that runs in the judge's QuickJS sandbox
 * with Python's meaning (see runtime.ts). Each statement stays on its own line, so errors QuickJS
 * reports point at the user's lines; anything outside the supported subset is a compile error that
 * names the construct and what to write instead.
 */
export function translatePython(source: string): PythonTranslation {
  const src = source.replace(/\r\n?/g, '\n');
  const indentError = checkIndentation(src);
  if (indentError) return { ok: false, error: indentError };
  try {
    return new Translator(src).run();
  } catch (e) {
    if (e instanceof PyCompileError) {
      return { ok: false, error: { message: e.message, position: { line: e.line, ...(e.column ? { column: e.column } : {}) } } };
    }
    throw e;
  }
}

/**
 * The pseudocode line of a position in translated code, or undefined for the runtime's own code
 * (line 1 up to its last column). Columns are 1-based, as QuickJS reports them.
 */
export function pythonLineOf(translation: { lineMap: number[]; runtimeColumns: number }, jsLine: number, jsColumn?: number): number | undefined {
  if (jsLine === 1 && jsColumn !== undefined && jsColumn <= translation.runtimeColumns) return undefined;
  return translation.lineMap[jsLine - 1];
}

class Translator {
  private readonly lines: string[];
  private readonly starts: number[];
  private readonly out: string[];
  private readonly placeholders = new Map<string, () => string>();
  private scope: Scope;
  private loops: Loop[] = [];
  private labels = 0;
  private loopVars = 0;
  private exceptVar: string[] = [];
  private readonly topDefs: string[] = [];

  constructor(private readonly src: string) {
    this.lines = src.split('\n');
    this.starts = lineStartsOf(src);
    this.out = this.lines.map(() => '');
    this.scope = newScope('module');
  }

  run(): PythonTranslation {
    const tree = parser.parse(this.src);
    this.checkErrors(tree.topNode);
    const script = tree.topNode;
    const body = statements(script);
    this.collect(body, this.scope, true);
    this.block(body);
    const names = [...this.scope.locals.keys()].map((n) => this.js(n));
    const decl = names.length ? `var ${names.join(', ')}; ` : '';
    this.out[0] = `${decl}try { ${this.out[0]}`;
    const exports = this.topDefs.map((n) => `${this.js(n)} = $export(${this.js(n)});`);
    for (const n of this.topDefs) {
      const camel = n.replace(/_([a-z0-9])/g, (_, c: string) => c.toUpperCase());
      if (camel !== n && !this.scope.locals.has(camel)) exports.push(`var ${camel} = ${this.js(n)};`);
    }
    const last = this.out.length - 1;
    this.out[last] += ` } catch ($e) { throw $pyError($e); } ${exports.join(' ')}`;
    const user = this.out.map((l) => l.replace(/\u0000(\d+)\u0000/g, (_, id: string) => this.placeholders.get(id)!())).join('\n');
    const runtime = runtimeFor(user);
    return { ok: true, code: runtime + user, lineMap: this.out.map((_, i) => i + 1), runtimeColumns: runtime.length };
  }

  // ---- positions and errors ----

  private lineOf(pos: number): number {
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.starts[mid] <= pos) lo = mid;
      else hi = mid - 1;
    }
    return lo + 1;
  }

  private fail(node: SyntaxNode | number, message: string): never {
    const pos = typeof node === 'number' ? node : node.from;
    const line = this.lineOf(pos);
    // The line travels as the position; the report adds it once.
    throw new PyCompileError(message, line, pos - this.starts[line - 1] + 1);
  }

  private text(node: SyntaxNode): string {
    return this.src.slice(node.from, node.to);
  }

  private emit(node: SyntaxNode | number, code: string) {
    const line = this.lineOf(typeof node === 'number' ? node : node.from);
    this.out[line - 1] += code;
  }

  private checkErrors(top: SyntaxNode) {
    const cursor = top.cursor();
    do {
      if (cursor.type.isError) this.syntaxError(cursor.node);
      if (cursor.name === 'ClassDefinition') this.classError(cursor.node);
      const hint = UNSUPPORTED[cursor.name];
      if (hint) this.fail(cursor.node, `Not supported here: ${hint}`);
      if (cursor.name === 'async') this.fail(cursor.node, `Not supported here: ${UNSUPPORTED.AwaitExpression}`);
    } while (cursor.next());
  }

  /** LeetCode's `class Solution:` wrapper gets its own advice: the method, as a plain def. */
  private classError(node: SyntaxNode): never {
    const method = node.getChild('Body')?.getChild('FunctionDefinition');
    const name = method?.getChild('VariableName');
    const params = method?.getChild('ParamList');
    if (name && params) {
      const rest = this.text(params).replace(/^\(\s*self\s*,?\s*/, '(');
      this.fail(node, `Not supported here: classes (class …). Write the method as a plain function at the top level, without self: def ${this.text(name)}${rest}:`);
    }
    this.fail(node, `Not supported here: ${UNSUPPORTED.ClassDefinition}`);
  }

  private syntaxError(node: SyntaxNode): never {
    const line = this.lineOf(node.from);
    const text = this.lines[line - 1].trim();
    const code = text.replace(/#.*$/, '').trim();
    let why = 'invalid syntax';
    if (/^(if|elif|while|for|def|else|try|except|finally|class|with)\b/.test(code) && !code.endsWith(':') && !/:\s*\S/.test(code)) why = "expected ':'";
    else if (/^(if|elif|while)\b[^=]*[^=!<>]=[^=]/.test(code)) why = "invalid syntax. Maybe you meant '==' instead of '='?";
    else if (/&&|\|\|/.test(code)) why = "invalid syntax: Python writes 'and' / 'or' instead of && / ||";
    else if (/^\}|\{\s*$/.test(code)) why = 'invalid syntax: Python blocks use a colon and indentation, not { }';
    else if (/^else\s+if\b/.test(code)) why = "invalid syntax: Python writes 'elif'";
    else if (/^\/\//.test(code)) why = "invalid syntax: Python comments start with '#'";
    else if (/(^|[^=!<>])!\w/.test(code)) why = "invalid syntax: Python writes 'not x' instead of !x";
    else if (/\b(function|const|let|var)\b/.test(code)) why = 'invalid syntax: this looks like JavaScript; write Python (def, plain assignment)';
    else if (/^(return|break|continue|pass)\b.*;\s*$/.test(code) || /;\s*$/.test(code)) why = 'invalid syntax';
    throw new PyCompileError(`SyntaxError: ${why}`, line);
  }

  // ---- scopes ----

  /** Records every name a body binds, without entering nested functions. */
  private collect(body: SyntaxNode[], scope: Scope, top: boolean) {
    for (const s of body) this.collectStatement(s, scope, top);
  }

  private bind(scope: Scope, name: string, at: number, top: boolean, binding: Binding = {}) {
    if (scope.globals.has(name) || scope.nonlocals.has(name)) return;
    if (!scope.locals.has(name) || binding.def || binding.origin) scope.locals.set(name, { ...scope.locals.get(name), ...binding });
    if (top && !scope.definite.has(name)) scope.definite.set(name, at);
  }

  private bindTarget(node: SyntaxNode, scope: Scope, top: boolean, end = node.to) {
    if (node.name === 'VariableName') this.bind(scope, this.text(node), end, top);
    else if (node.name === 'TupleExpression' || node.name === 'ArrayExpression' || node.name === 'ParenthesizedExpression') {
      for (const c of exprChildren(node)) this.bindTarget(c, scope, top, end);
    }
  }

  private collectStatement(s: SyntaxNode, scope: Scope, top: boolean) {
    const end = s.to;
    switch (s.name) {
      case 'AssignStatement': {
        const groups = splitBy(children(s), 'AssignOp');
        for (const g of groups.slice(0, -1)) for (const t of g.filter((n) => n.name !== ',' && n.name !== 'TypeDef')) this.bindTarget(t, scope, top, end);
        if (groups.length === 1) for (const t of groups[0].filter((n) => n.name === 'VariableName')) this.bind(scope, this.text(t), t.from, false);
        break;
      }
      case 'UpdateStatement': {
        const t = children(s)[0];
        if (t.name === 'VariableName') this.bind(scope, this.text(t), t.from, false);
        break;
      }
      case 'FunctionDefinition': {
        const name = s.getChild('VariableName')!;
        this.bind(scope, this.text(name), end, top, { def: this.defInfo(s) });
        break;
      }
      case 'ForStatement': {
        for (const t of forTargets(s)) this.bindTarget(t, scope, false);
        for (const b of s.getChildren('Body')) this.collect(statements(b), scope, false);
        break;
      }
      case 'IfStatement':
      case 'WhileStatement':
      case 'TryStatement': {
        if (s.name === 'TryStatement') {
          for (const c of children(s)) if (c.name === 'VariableName' && c.prevSibling?.name === 'as') this.bind(scope, this.text(c), c.from, false);
        }
        for (const b of s.getChildren('Body')) this.collect(statements(b), scope, false);
        break;
      }
      case 'ImportStatement':
        for (const { local, origin } of this.imports(s)) this.bind(scope, local, end, top, { origin });
        break;
      case 'ScopeStatement': {
        const kind = s.firstChild!.name;
        for (const n of s.getChildren('VariableName')) {
          const name = this.text(n);
          if (scope.kind === 'module') continue;
          if (scope.locals.has(name)) this.fail(n, `SyntaxError: name '${name}' is assigned to before ${kind} declaration`);
          (kind === 'global' ? scope.globals : scope.nonlocals).add(name);
        }
        break;
      }
      case 'DeleteStatement':
        break;
    }
  }

  private defInfo(def: SyntaxNode): DefInfo {
    const params = this.params(def.getChild('ParamList')!);
    return { params: params.list.map((p) => p.name), required: params.list.filter((p) => !p.dflt).length, vararg: !!params.vararg };
  }

  private params(list: SyntaxNode) {
    const out: { name: string; node: SyntaxNode; dflt?: SyntaxNode }[] = [];
    let vararg: string | undefined;
    let star = false;
    for (let c = list.firstChild; c; c = c.nextSibling) {
      if (c.name === '*') star = true;
      else if (c.name === '**') this.fail(c, 'Not supported: **kwargs parameters; name each parameter instead');
      else if (c.name === 'VariableName') {
        const name = this.text(c);
        if (star) {
          vararg = name;
          star = false;
          continue;
        }
        let next = c.nextSibling;
        if (next?.name === 'TypeDef') next = next.nextSibling;
        const dflt = next?.name === 'AssignOp' ? next.nextSibling! : undefined;
        out.push({ name, node: c, dflt });
        if (dflt) c = dflt;
      }
    }
    return { list: out, vararg };
  }

  private imports(s: SyntaxNode): { local: string; origin: string }[] {
    const kids = children(s);
    const result: { local: string; origin: string }[] = [];
    const moduleCheck = (name: string, node: SyntaxNode) => {
      if (name === '__future__') return;
      if (!MODULES[name]) {
        this.fail(node, `ImportError: module '${name}' is not available here. The sandbox has Python's built-ins plus ${Object.keys(MODULES).filter((m) => m !== 'typing').join(', ')}; write the rest by hand`);
      }
    };
    if (kids[0].name === 'from') {
      const dotted: string[] = [];
      let i = 1;
      for (; kids[i] && kids[i].name !== 'import'; i++) if (kids[i].name === 'VariableName') dotted.push(this.text(kids[i]));
      const mod = dotted.join('.');
      moduleCheck(mod, kids[1]);
      for (i++; i < kids.length; i++) {
        const k = kids[i];
        if (k.name === '*') this.fail(k, `Not supported: from ${mod} import *; import the names you use`);
        if (k.name !== 'VariableName') continue;
        const name = this.text(k);
        let local = name;
        if (kids[i + 1]?.name === 'as') {
          local = this.text(kids[i + 2]);
          i += 2;
        }
        if (mod === '__future__') continue;
        if (!MODULES[mod].includes(name)) this.fail(k, `ImportError: cannot import name '${name}' from '${mod}' (available here: ${MODULES[mod].join(', ')})`);
        result.push({ local, origin: `${mod}.${name}` });
      }
      return result;
    }
    for (let i = 1; i < kids.length; i++) {
      const k = kids[i];
      if (k.name !== 'VariableName') continue;
      const parts = [this.text(k)];
      while (kids[i + 1]?.name === '.') {
        parts.push(this.text(kids[i + 2]));
        i += 2;
      }
      const mod = parts.join('.');
      moduleCheck(mod, k);
      let local = parts[0];
      if (kids[i + 1]?.name === 'as') {
        local = this.text(kids[i + 2]);
        i += 2;
      }
      result.push({ local, origin: mod });
    }
    return result;
  }

  /** Where a name is bound, seen from the current scope. */
  private lookup(name: string): { scope: Scope; binding: Binding } | undefined {
    let s: Scope | undefined = this.scope;
    if (s.globals.has(name)) s = rootOf(s);
    while (s) {
      if (s.locals.has(name) && !s.nonlocals.has(name)) return { scope: s, binding: s.locals.get(name)! };
      s = s.parent;
    }
    return undefined;
  }

  private js(name: string): string {
    return JS_RESERVED.has(name) ? `${name}$` : name;
  }

  private temp(): string {
    const s = this.scope;
    const name = `$t${++s.temps}`;
    s.declared.push(name);
    return name;
  }

  // ---- statements ----

  private block(body: SyntaxNode[]) {
    for (const s of body) this.statement(s);
  }

  private body(node: SyntaxNode) {
    const list = statements(node);
    this.block(list);
  }

  /** Emits `}` where a block ends: after its last statement, on that statement's last line. */
  private close(bodyNode: SyntaxNode, text = ' }') {
    const list = statements(bodyNode);
    const end = list.length ? list[list.length - 1].to : bodyNode.from;
    this.emit(Math.max(bodyNode.from, end - 1), text);
  }

  private statement(s: SyntaxNode) {
    switch (s.name) {
      case 'ExpressionStatement': {
        const e = s.firstChild!;
        if (e.name === 'String' || e.name === 'ContinuedString') return;
        this.emit(s, `${this.expr(e)}; `);
        return;
      }
      case 'AssignStatement':
        return this.assign(s);
      case 'UpdateStatement':
        return this.update(s);
      case 'PassStatement':
        return this.emit(s, '; ');
      case 'BreakStatement':
      case 'ContinueStatement': {
        const word = s.name === 'BreakStatement' ? 'break' : 'continue';
        const loop = this.loops[this.loops.length - 1];
        if (!loop) this.fail(s, `SyntaxError: '${word}' outside loop`);
        return this.emit(s, word === 'break' && loop.label ? `break ${loop.label}; ` : `${word}; `);
      }
      case 'ReturnStatement': {
        if (this.scope.kind === 'module') this.fail(s, "SyntaxError: 'return' outside function");
        const values = exprChildren(s);
        const value = values.length === 0 ? 'null' : values.length === 1 ? this.expr(values[0]) : `$tup([${values.map((v) => this.expr(v)).join(', ')}])`;
        return this.emit(s, `return ${value}; `);
      }
      case 'IfStatement':
        return this.ifStatement(s);
      case 'WhileStatement':
        return this.whileStatement(s);
      case 'ForStatement':
        return this.forStatement(s);
      case 'FunctionDefinition':
        return this.def(s);
      case 'ImportStatement': {
        const parts = this.imports(s).map(({ local, origin }) => {
          const [mod, member] = origin.split('.');
          return `${this.js(local)} = $modules.${mod}${member ? `.${member}` : ''};`;
        });
        return this.emit(s, parts.join(' ') + ' ');
      }
      case 'ScopeStatement':
        return;
      case 'DeleteStatement':
        for (const t of exprChildren(s)) this.emit(s, `${this.deleteTarget(t)}; `);
        return;
      case 'AssertStatement': {
        const [cond, msg] = exprChildren(s);
        return this.emit(s, `if (!${this.truthy(cond)}) throw $err('AssertionError', ${msg ? `$str(${this.expr(msg)})` : "''"}); `);
      }
      case 'RaiseStatement': {
        const [value] = exprChildren(s).filter((c) => c.prevSibling?.name !== 'from');
        if (!value) {
          const current = this.exceptVar[this.exceptVar.length - 1];
          if (!current) this.fail(s, 'RuntimeError: No active exception to re-raise');
          return this.emit(s, `throw ${current}; `);
        }
        return this.emit(s, `throw $raise(${this.expr(value)}); `);
      }
      case 'TryStatement':
        return this.tryStatement(s);
      case 'Comment':
        return;
      default:
        if (UNSUPPORTED[s.name]) this.fail(s, `Not supported here: ${UNSUPPORTED[s.name]}`);
        this.fail(s, `Not supported: ${s.name.replace(/Statement$/, '').toLowerCase()} statements`);
    }
  }

  private deleteTarget(t: SyntaxNode): string {
    if (t.name === 'VariableName') return `${this.js(this.text(t))} = undefined`;
    if (t.name === 'MemberExpression' && t.getChild('[')) {
      const sub = this.subscript(t);
      if (sub.kind === 'slice') return `$setSlice(${sub.object}, ${sub.parts.join(', ')}, [])`;
      return `$del(${sub.object}, ${sub.key})`;
    }
    this.fail(t, 'Not supported: del of this kind; use del d[key], del items[i] or del items[a:b]');
  }

  private assign(s: SyntaxNode) {
    const groups = splitBy(children(s), 'AssignOp').map((g) => g.filter((n) => n.name !== 'TypeDef'));
    if (groups.length === 1) return; // an annotation without a value: `x: int`
    const valueNodes = groups[groups.length - 1].filter((n) => n.name !== ',');
    const targets = groups.slice(0, -1).map((g) => g.filter((n) => n.name !== ','));
    const tupleValue = valueNodes.length > 1;
    // a, b = b, a + b: evaluate everything on the right first, as Python does.
    if (targets.length === 1 && tupleValue && targets[0].length === valueNodes.length && !valueNodes.some((v) => v.name === '*')) {
      const temps = valueNodes.map((v) => `${this.temp()} = ${this.expr(v)}`);
      const names = temps.map((t) => t.split(' = ')[0]);
      const stores = targets[0].map((t, i) => this.store(t, names[i]));
      return this.emit(s, `${temps.join(', ')}; ${stores.join('; ')}; `);
    }
    const value = tupleValue ? `$tup([${valueNodes.map((v) => this.expr(v)).join(', ')}])` : this.expr(valueNodes[0]);
    if (targets.length === 1 && targets[0].length === 1) return this.emit(s, `${this.store(targets[0][0], value)}; `);
    const t = this.temp();
    const stores = targets.map((group) => (group.length === 1 ? this.store(group[0], t) : this.unpackStore(group, t, s)));
    this.emit(s, `${t} = ${value}; ${stores.join('; ')}; `);
  }

  private unpackStore(targets: SyntaxNode[], value: string, at: SyntaxNode): string {
    if (targets.some((n) => n.name === '*')) this.fail(at, 'Not supported: starred assignment (first, *rest = …); use slicing: first, rest = items[0], items[1:]');
    const t = this.temp();
    return `${t} = $unpack(${value}, ${targets.length}); ${targets.map((n, i) => this.store(n, `${t}[${i}]`)).join('; ')}`;
  }

  /** Code that stores `value` (a side-effect-free expression) into a target. */
  private store(target: SyntaxNode, value: string): string {
    switch (target.name) {
      case 'VariableName': {
        const name = this.text(target);
        if (BUILTINS[name] && !this.lookup(name)) this.fail(target, `Cannot assign to the built-in '${name}' here`);
        return `${this.js(name)} = ${value}`;
      }
      case 'MemberExpression': {
        if (!target.getChild('[')) {
          this.fail(target, "Not supported: setting attributes (a.b = …); there are no classes here, so use a dict: a['b'] = …");
        }
        const sub = this.subscript(target);
        if (sub.kind === 'slice') return `$setSlice(${sub.object}, ${sub.parts.join(', ')}, ${value})`;
        return `$set(${sub.object}, ${sub.key}, ${value})`;
      }
      case 'TupleExpression':
      case 'ArrayExpression':
        return this.unpackStore(exprChildren(target), value, target);
      case 'ParenthesizedExpression':
        return this.store(exprChildren(target)[0], value);
      default:
        this.fail(target, `SyntaxError: cannot assign to ${describe(target.name)}`);
    }
  }

  private update(s: SyntaxNode) {
    const [target, opNode, valueNode] = children(s);
    const op = this.text(opNode).slice(0, -1);
    const value = this.expr(valueNode);
    const combine = (current: string) => (op === '+' ? `$iadd(${current}, ${value})` : this.binary(op, current, value, opNode));
    if (target.name === 'VariableName') {
      const name = this.js(this.text(target));
      return this.emit(s, `${name} = ${combine(this.name(target))}; `);
    }
    if (target.name === 'MemberExpression' && target.getChild('[')) {
      const sub = this.subscript(target);
      if (sub.kind === 'slice') this.fail(target, 'Not supported: augmented assignment to a slice');
      const o = this.temp();
      const k = this.temp();
      return this.emit(s, `${o} = ${sub.object}; ${k} = ${sub.key}; $set(${o}, ${k}, ${combine(`$get(${o}, ${k})`)}); `);
    }
    this.fail(target, `SyntaxError: '${describe(target.name)}' is an illegal expression for augmented assignment`);
  }

  private ifStatement(s: SyntaxNode) {
    const kids = children(s);
    for (let i = 0; i < kids.length; i++) {
      const k = kids[i];
      if (k.name === 'if' || k.name === 'elif') {
        const cond = kids[i + 1];
        const body = kids[i + 2];
        this.emit(k, `${k.name === 'elif' ? 'else ' : ''}if (${this.truthy(cond)}) {`);
        this.body(body);
        this.close(body);
        i += 2;
      } else if (k.name === 'else') {
        const body = kids[i + 1];
        this.emit(k, 'else {');
        this.body(body);
        this.close(body);
        i += 1;
      }
    }
  }

  private loopWithElse(s: SyntaxNode, header: string, bodyNode: SyntaxNode, names: Set<string>, prologue = '') {
    const elseBody = s.getChildren('Body')[1];
    const label = elseBody ? `$L${++this.labels}` : undefined;
    this.emit(s, `${label ? `${label}: { ` : ''}${header} {${prologue}`);
    this.loops.push({ label, names });
    this.body(bodyNode);
    this.loops.pop();
    this.close(bodyNode);
    if (elseBody) {
      this.emit(elseBody.prevSibling!, ' ');
      this.body(elseBody);
      this.close(elseBody, ' }');
    }
  }

  private whileStatement(s: SyntaxNode) {
    const cond = children(s)[1];
    this.loopWithElse(s, `while (${this.truthy(cond)})`, s.getChildren('Body')[0], new Set());
  }

  private forStatement(s: SyntaxNode) {
    const targets = forTargets(s);
    const inNode = s.getChild('in')!;
    const iterable = inNode.nextSibling!;
    const body = s.getChildren('Body')[0];
    const names = new Set<string>();
    const addNames = (n: SyntaxNode) => {
      if (n.name === 'VariableName') names.add(this.text(n));
      else for (const c of exprChildren(n)) addNames(c);
    };
    targets.forEach(addNames);
    const v = `$v${++this.loopVars}`;
    // for i in range(…): a counting loop, as fast as the JavaScript one.
    const range = this.rangeCall(iterable);
    if (range && targets.length === 1 && targets[0].name === 'VariableName') {
      const [start, stop, step] = range;
      const e = `$e${this.loopVars}`;
      const stepValue = step === undefined ? 1 : numericLiteral(step, this.src);
      if (stepValue !== undefined && stepValue !== 0) {
        const cmp = stepValue > 0 ? '<' : '>';
        const startCode = start ? `$rangeCheck(${this.expr(start)})` : '0';
        const header = `for (let ${v} = ${startCode}, ${e} = $rangeCheck(${this.expr(stop)}); ${v} ${cmp} ${e}; ${v} += ${stepValue})`;
        this.loopWithElse(s, header, body, names, ` ${this.store(targets[0], v)};`);
        return;
      }
    }
    const iter = `$iter(${this.expr(iterable)})`;
    const assign = targets.length === 1 ? this.store(targets[0], v) : this.unpackStore(targets, v, s);
    this.loopWithElse(s, `for (const ${v} of ${iter})`, body, names, ` ${assign};`);
  }

  /** The arguments of `range(…)` when a node is a call of the built-in range with plain arguments. */
  private rangeCall(node: SyntaxNode): [SyntaxNode | undefined, SyntaxNode, SyntaxNode | undefined] | undefined {
    if (node.name !== 'CallExpression') return undefined;
    const callee = node.firstChild!;
    if (callee.name !== 'VariableName' || this.text(callee) !== 'range' || this.lookup('range')) return undefined;
    const args = argNodes(node.getChild('ArgList')!, this.src);
    if (args.some((a) => a.kind !== 'positional') || args.length < 1 || args.length > 3) return undefined;
    const values = args.map((a) => a.value);
    return values.length === 1 ? [undefined, values[0], undefined] : [values[0], values[1], values[2]];
  }

  private tryStatement(s: SyntaxNode) {
    const kids = children(s);
    const bodies = s.getChildren('Body');
    this.emit(s, 'try {');
    this.body(bodies[0]);
    this.close(bodies[0]);
    let i = kids.indexOf(bodies[0]) + 1;
    const e = `$x${++this.loopVars}`;
    let opened = false;
    let bare = false;
    for (; i < kids.length; i++) {
      const k = kids[i];
      if (k.name === 'except') {
        let j = i + 1;
        const classes: string[] = [];
        let alias: SyntaxNode | undefined;
        if (kids[j].name !== 'Body') {
          const cls = kids[j];
          const list = cls.name === 'TupleExpression' ? exprChildren(cls) : [cls];
          for (const c of list) classes.push(this.expr(c));
          j++;
          if (kids[j]?.name === 'as') {
            alias = kids[j + 1];
            j += 2;
          }
        }
        const body = kids[j];
        const head = opened ? ' else ' : ` catch (${e}) { ${e} = $pyError(${e}); `;
        opened = true;
        const bind = alias ? ` ${this.js(this.text(alias))} = ${e};` : '';
        if (classes.length === 0) {
          bare = true;
          this.emit(k, `${head}{${bind}`);
        } else this.emit(k, `${head}if ($excMatch(${e}, [${classes.join(', ')}])) {${bind}`);
        this.exceptVar.push(e);
        this.body(body);
        this.exceptVar.pop();
        this.close(body);
        i = j;
      } else if (k.name === 'else') {
        this.fail(k, 'Not supported: try … else; put that code at the end of the try block');
      } else if (k.name === 'finally') {
        const body = kids[i + 1];
        if (opened && !bare) this.emit(k, ` else { throw ${e}; }`);
        if (opened) this.emit(k, ' }');
        opened = false;
        this.emit(k, ' finally {');
        this.body(body);
        this.close(body);
        i++;
      }
    }
    if (opened) {
      const last = bodies[bodies.length - 1];
      this.close(last, bare ? ' }' : ` else { throw ${e}; } }`);
    }
  }

  private def(s: SyntaxNode) {
    const nameNode = s.getChild('VariableName')!;
    const name = this.text(nameNode);
    const params = this.params(s.getChild('ParamList')!);
    const body = s.getChild('Body')!;
    for (const p of params.list) {
      if (p.dflt && isMutableDefault(p.dflt, this.src)) {
        this.fail(
          p.dflt,
          `Mutable default argument: ${p.name}=${this.text(p.dflt)} is created once and shared by every call in Python (a classic bug). Write ${p.name}=None and, inside the function, if ${p.name} is None: ${p.name} = ${this.text(p.dflt)}`,
        );
      }
    }
    const defaults = params.list.filter((p) => p.dflt).map((p) => ` if (${this.js(p.name)} === undefined) ${this.js(p.name)} = ${this.expr(p.dflt!)};`);
    const outer = this.scope;
    const scope = newScope('function', outer);
    for (const p of params.list) {
      scope.params.add(p.name);
      scope.locals.set(p.name, {});
    }
    if (params.vararg) {
      scope.params.add(params.vararg);
      scope.locals.set(params.vararg, {});
    }
    this.collect(statements(body), scope, true);
    const locals = [...scope.locals.keys()].filter((n) => !scope.params.has(n));
    const jsParams = params.list.map((p) => this.js(p.name)).concat(params.vararg ? [`...${this.js(params.vararg)}`] : []);
    const id = String(this.placeholders.size);
    this.placeholders.set(id, () => {
      const decl = [...locals.map((n) => this.js(n)), ...scope.declared];
      return decl.length ? ` let ${decl.join(', ')};` : '';
    });
    const vararg = params.vararg ? ` ${this.js(params.vararg)} = $tup(${this.js(params.vararg)});` : '';
    this.emit(s, `${this.js(name)} = function ${this.js(name)}(${jsParams.join(', ')}) {\u0000${id}\u0000${defaults.join('')}${vararg}`);
    if (outer.kind === 'module' && !this.topDefs.includes(name)) this.topDefs.push(name);
    const savedLoops = this.loops;
    const savedExcept = this.exceptVar;
    this.loops = [];
    this.exceptVar = [];
    this.scope = scope;
    this.body(body);
    this.scope = outer;
    this.loops = savedLoops;
    this.exceptVar = savedExcept;
    this.close(body, ' return null; }; ');
  }

  // ---- expressions ----

  private truthy(node: SyntaxNode): string {
    const code = this.expr(node);
    return this.isBool(node) ? code : `$truthy(${code})`;
  }

  private isBool(node: SyntaxNode): boolean {
    if (node.name === 'Boolean') return true;
    if (node.name === 'ParenthesizedExpression') return this.isBool(exprChildren(node)[0]);
    if (node.name === 'UnaryExpression') return node.firstChild!.name === 'not' && this.isNotBool(exprChildren(node)[0]);
    if (node.name === 'BinaryExpression') {
      const op = binaryOp(node, this.src);
      if (op === 'and' || op === 'or') return exprChildren(node).every((c) => this.isBool(c));
      return op in COMPARE || op === 'in' || op === 'not in' || op === 'is' || op === 'is not';
    }
    return false;
  }

  /** Whether `not <operand>` is boolean once it is read with Python's precedence (see notOf). */
  private isNotBool(operand: SyntaxNode): boolean {
    const op = operand.name === 'BinaryExpression' ? binaryOp(operand, this.src) : '';
    if (op !== 'and' && op !== 'or') return true;
    const [l, r] = exprChildren(operand);
    return this.isNotBool(l) && this.isBool(r);
  }

  /** lezer reads `not a and b` as `not (a and b)`; Python means `(not a) and b`, so rotate it back. */
  private notOf(operand: SyntaxNode): string {
    const op = operand.name === 'BinaryExpression' ? binaryOp(operand, this.src) : '';
    if (op === 'and' || op === 'or') {
      const [l, r] = exprChildren(operand);
      return this.logical(op, this.notOf(l), this.isNotBool(l), r);
    }
    return `!${this.truthy(operand)}`;
  }

  /** `and` / `or` return one of their operands, as in Python; plain && / || when both are booleans. */
  private logical(op: string, left: string, leftIsBool: boolean, rightNode: SyntaxNode): string {
    if (leftIsBool && this.isBool(rightNode)) return `(${left} ${op === 'and' ? '&&' : '||'} ${this.expr(rightNode)})`;
    const t = this.temp();
    const r = this.expr(rightNode);
    return op === 'and' ? `($truthy(${t} = ${left}) ? ${r} : ${t})` : `($truthy(${t} = ${left}) ? ${t} : ${r})`;
  }

  private expr(node: SyntaxNode): string {
    switch (node.name) {
      case 'Number':
        return this.number(node);
      case 'String':
        return JSON.stringify(this.stringValue(node));
      case 'ContinuedString':
      case 'FormatString':
        return this.strings(node);
      case 'Boolean':
        return this.text(node) === 'True' ? 'true' : 'false';
      case 'None':
        return 'null';
      case 'Ellipsis':
        return 'null';
      case 'VariableName':
        return this.name(node);
      case 'ParenthesizedExpression':
        return `(${this.expr(exprChildren(node)[0])})`;
      case 'TupleExpression':
        return `$tup([${this.elements(node)}])`;
      case 'ArrayExpression':
        return `[${this.elements(node)}]`;
      case 'SetExpression':
        return `new $PySet([${this.elements(node)}])`;
      case 'DictionaryExpression':
        return this.dict(node);
      case 'ArrayComprehensionExpression':
      case 'SetComprehensionExpression':
      case 'DictionaryComprehensionExpression':
      case 'ComprehensionExpression':
      case 'ArgList':
        return this.comprehension(node);
      case 'CallExpression':
        return this.call(node);
      case 'MemberExpression':
        return this.member(node);
      case 'UnaryExpression':
        return this.unary(node);
      case 'BinaryExpression':
        return this.binaryExpression(node);
      case 'ConditionalExpression': {
        const [a, cond, b] = exprChildren(node);
        return `(${this.truthy(cond)} ? ${this.expr(a)} : ${this.expr(b)})`;
      }
      case 'LambdaExpression':
        return this.lambda(node);
      default:
        if (UNSUPPORTED[node.name]) this.fail(node, `Not supported here: ${UNSUPPORTED[node.name]}`);
        this.fail(node, `SyntaxError: ${describe(node.name)} is not supported here`);
    }
  }

  private number(node: SyntaxNode): string {
    const raw = this.text(node).replace(/_/g, '');
    if (/[jJ]$/.test(raw)) this.fail(node, 'Not supported: complex numbers');
    if (/^0\d/.test(raw)) this.fail(node, "SyntaxError: leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers");
    if (/[lL]$/.test(raw)) this.fail(node, 'SyntaxError: invalid decimal literal (Python 3 has no L suffix)');
    const value = Number(raw);
    return Number.isNaN(value) ? raw : String(value);
  }

  private stringValue(node: SyntaxNode): string {
    const text = this.text(node);
    const m = /^([a-zA-Z]*)('''|"""|'|")/.exec(text)!;
    const prefix = m[1].toLowerCase();
    if (prefix.includes('b')) this.fail(node, 'Not supported: bytes literals (b"…"); use a str');
    const q = m[2];
    const inner = text.slice(m[0].length, text.length - q.length);
    return prefix.includes('r') ? inner : unescape(inner);
  }

  /** Adjacent literals and f-strings, joined into one JavaScript string expression. */
  private strings(node: SyntaxNode): string {
    const parts: string[] = [];
    const pieces = node.name === 'ContinuedString' ? exprChildrenAll(node) : [node];
    for (const p of pieces) {
      if (p.name === 'String') parts.push(JSON.stringify(this.stringValue(p)));
      else if (p.name === 'FormatString') parts.push(...this.formatString(p));
    }
    return parts.length === 1 ? parts[0] : `(${parts.join(' + ')})`;
  }

  private formatString(node: SyntaxNode): string[] {
    const text = this.text(node);
    const m = /^([a-zA-Z]*)('''|"""|'|")/.exec(text)!;
    const raw = m[1].toLowerCase().includes('r');
    const open = node.from + m[0].length;
    const close = node.to - m[2].length;
    const parts: string[] = [];
    let at = open;
    const literal = (from: number, to: number) => {
      if (to <= from) return;
      const chunk = this.src.slice(from, to).replace(/\{\{/g, '{').replace(/\}\}/g, '}');
      parts.push(JSON.stringify(raw ? chunk : unescape(chunk)));
    };
    for (const r of node.getChildren('FormatReplacement')) {
      literal(at, r.from);
      const value = exprChildren(r)[0];
      if (!value) this.fail(r, 'SyntaxError: f-string: empty expression not allowed');
      const conversion = r.getChild('FormatConversion');
      const spec = r.getChild('FormatSpec');
      if (spec?.getChild('FormatReplacement')) this.fail(spec, 'Not supported: nested replacement fields in an f-string format spec');
      let code = this.expr(value);
      const debug = /=\s*$/.test(this.src.slice(value.to, (conversion ?? spec ?? r.lastChild!).from));
      if (conversion && this.text(conversion) === '!r') code = `$repr(${code})`;
      if (debug) parts.push(JSON.stringify(this.src.slice(value.from, value.to) + '='));
      parts.push(`$format(${code}, ${JSON.stringify(spec ? this.text(spec).slice(1) : '')})`);
      at = r.to;
    }
    literal(at, close);
    return parts.length ? parts : ['""'];
  }

  private elements(node: SyntaxNode): string {
    const out: string[] = [];
    for (let c = node.firstChild; c; c = c.nextSibling) {
      if (c.name === '*') {
        c = c.nextSibling!;
        out.push(`...$iter(${this.expr(c)})`);
      } else if (isExpr(c)) out.push(this.expr(c));
    }
    return out.join(', ');
  }

  private dict(node: SyntaxNode): string {
    const pairs: string[] = [];
    for (let c = node.firstChild; c; c = c.nextSibling) {
      if (c.name === '**') this.fail(c, 'Not supported: ** inside a dict literal; use d = other.copy() then d.update({...})');
      if (!isExpr(c)) continue;
      const key = c;
      const colon = c.nextSibling!;
      const value = colon.nextSibling!;
      pairs.push(`[${this.expr(key)}, ${this.expr(value)}]`);
      c = value;
    }
    return `$newDict([${pairs.join(', ')}])`;
  }

  private name(node: SyntaxNode): string {
    const name = this.text(node);
    const found = this.lookup(name);
    if (!found) {
      if (BUILTINS[name]) return BUILTINS[name];
      if (EXCEPTIONS.includes(name)) return `$exc('${name}')`;
      // A run-time error, not a compile error: `if __name__ == "__main__": input()` never runs here.
      if (UNAVAILABLE[name]) return `$unavailable(${JSON.stringify(name)}, ${JSON.stringify(UNAVAILABLE[name])})`;
      if (JS_NAMES[name]) this.fail(node, `NameError: name '${name}' is not defined. Python writes ${JS_NAMES[name]}`);
      return `$nameError(${JSON.stringify(name)})`;
    }
    const js = this.js(name);
    if (this.isSafe(name, found.scope, node.from)) return js;
    const fn = found.scope.kind === 'module' ? '$nameError' : '$unbound';
    return `(${js} === undefined ? ${fn}(${JSON.stringify(name)}) : ${js})`;
  }

  /** True when a name is surely bound wherever this read runs, so no check is needed. */
  private isSafe(name: string, scope: Scope, at: number): boolean {
    if (scope.params.has(name)) return true;
    if (this.loops.some((l) => l.names.has(name)) && scope === this.scope) return true;
    const first = scope.definite.get(name);
    if (first === undefined) return scope.kind === 'comprehension' || scope.kind === 'lambda';
    return scope !== this.scope || first < at;
  }

  private unary(node: SyntaxNode): string {
    const op = this.text(node.firstChild!);
    const operand = exprChildren(node)[0];
    if (op === 'not') return this.notOf(operand);
    if (op === '-' && operand.name === 'Number') return `-${this.number(operand)}`;
    const code = this.expr(operand);
    if (op === '-') return `$neg(${code})`;
    if (op === '+') return `$pos(${code})`;
    if (op === '~') return `$inv(${code})`;
    this.fail(node, `SyntaxError: unknown operator ${op}`);
  }

  private binary(op: string, a: string, b: string, at: SyntaxNode): string {
    if (ARITH[op]) return `${ARITH[op]}(${a}, ${b})`;
    if (BITS.has(op)) return `$bitop(${a}, ${b}, '${op}')`;
    if (op === '@') this.fail(at, 'Not supported: the @ operator');
    this.fail(at, `SyntaxError: unknown operator ${op}`);
  }

  private binaryExpression(node: SyntaxNode): string {
    const op = binaryOp(node, this.src);
    const [left, right] = exprChildren(node);
    if (op === 'and' || op === 'or') return this.logical(op, this.expr(left), this.isBool(left), right);
    if (isComparison(op)) {
      const chain = this.chain(node);
      if (chain.ops.length === 1) return this.compare(chain.ops[0], this.expr(chain.operands[0]), this.expr(chain.operands[1]));
      // a < b < c: each middle operand is evaluated once, and the chain stops at the first false.
      const codes: string[] = [];
      let prev = this.expr(chain.operands[0]);
      for (let i = 0; i < chain.ops.length; i++) {
        const last = i === chain.ops.length - 1;
        let next = this.expr(chain.operands[i + 1]);
        if (!last) {
          const t = this.temp();
          next = `(${t} = ${next})`;
          codes.push(this.compare(chain.ops[i], prev, next));
          prev = t;
        } else codes.push(this.compare(chain.ops[i], prev, next));
      }
      return `(${codes.join(' && ')})`;
    }
    return this.binary(op, this.expr(left), this.expr(right), node);
  }

  private chain(node: SyntaxNode): { ops: string[]; operands: SyntaxNode[] } {
    const [left, right] = exprChildren(node);
    const op = binaryOp(node, this.src);
    if (left.name === 'BinaryExpression' && isComparison(binaryOp(left, this.src))) {
      const inner = this.chain(left);
      return { ops: [...inner.ops, op], operands: [...inner.operands, right] };
    }
    return { ops: [op], operands: [left, right] };
  }

  private compare(op: string, a: string, b: string): string {
    switch (op) {
      case 'in':
        return `$C.includes(${b}, ${a})`;
      case 'not in':
        return `!$C.includes(${b}, ${a})`;
      case 'is':
        return `(${a} === ${b})`;
      case 'is not':
        return `(${a} !== ${b})`;
      default:
        return `${COMPARE[op]}(${a}, ${b})`;
    }
  }

  private lambda(node: SyntaxNode): string {
    const list = node.getChild('ParamList')!;
    const params = this.params(list);
    const body = exprChildren(node).filter((c) => c !== list).pop()!;
    const outer = this.scope;
    const scope = newScope('lambda', outer);
    for (const p of params.list) {
      scope.params.add(p.name);
      scope.locals.set(p.name, {});
    }
    const defaults = params.list.map((p) => (p.dflt ? `${this.js(p.name)} = ${this.expr(p.dflt)}` : this.js(p.name)));
    this.scope = scope;
    const savedLoops = this.loops;
    this.loops = [];
    const code = this.expr(body);
    this.loops = savedLoops;
    this.scope = outer;
    const decl = scope.declared.length ? `let ${scope.declared.join(', ')}; ` : '';
    return `((${defaults.join(', ')}) => { ${decl}return ${code}; })`;
  }

  private comprehension(node: SyntaxNode): string {
    const kids = children(node).filter((c) => !['[', ']', '{', '}', '(', ')'].includes(c.name));
    const firstFor = kids.findIndex((c) => c.name === 'for');
    const head = kids.slice(0, firstFor);
    const outer = this.scope;
    const scope = newScope('comprehension', outer);
    // Clauses: for <targets> in <iter> / if <cond>
    type Clause = { kind: 'for'; targets: SyntaxNode[]; iter: SyntaxNode } | { kind: 'if'; cond: SyntaxNode };
    const clauses: Clause[] = [];
    for (let i = firstFor; i < kids.length; i++) {
      if (kids[i].name === 'for') {
        const targets: SyntaxNode[] = [];
        let j = i + 1;
        for (; kids[j].name !== 'in'; j++) if (kids[j].name !== ',') targets.push(kids[j]);
        clauses.push({ kind: 'for', targets, iter: kids[j + 1] });
        for (const t of targets) this.bindTarget(t, scope, false);
        i = j + 1;
      } else if (kids[i].name === 'if') {
        clauses.push({ kind: 'if', cond: kids[i + 1] });
        i++;
      } else if (kids[i].name === 'async') this.fail(kids[i], `Not supported here: ${UNSUPPORTED.AwaitExpression}`);
    }
    // The first iterable is evaluated in the enclosing scope, as in Python.
    const firstIter = this.expr((clauses[0] as { iter: SyntaxNode }).iter);
    this.scope = scope;
    const savedLoops = this.loops;
    this.loops = [];
    let inner: string;
    if (node.name === 'DictionaryComprehensionExpression') {
      const [k, , v] = head;
      inner = `$r.set(${this.expr(k)}, ${this.expr(v)});`;
    } else if (node.name === 'SetComprehensionExpression') inner = `$r.add(${this.expr(head[0])});`;
    else inner = `$r.push(${this.expr(head[0])});`;
    let code = '';
    let closers = '';
    clauses.forEach((c, i) => {
      if (c.kind === 'for') {
        const v = `$v${++this.loopVars}`;
        const iter = i === 0 ? firstIter : this.expr(c.iter);
        const assign = c.targets.length === 1 ? this.store(c.targets[0], v) : this.unpackStore(c.targets, v, c.iter);
        code += `for (const ${v} of $iter(${iter})) { ${assign}; `;
      } else code += `if (${this.truthy(c.cond)}) { `;
      closers += '} ';
    });
    this.loops = savedLoops;
    this.scope = outer;
    const init = node.name === 'DictionaryComprehensionExpression' ? 'new $Dict()' : node.name === 'SetComprehensionExpression' ? 'new $PySet()' : '[]';
    const decl = [...scope.locals.keys()].map((n) => this.js(n)).concat(scope.declared);
    return `(() => { let ${['$r = ' + init, ...decl].join(', ')}; ${code}${inner} ${closers}return $r; })()`;
  }

  private subscript(node: SyntaxNode): { kind: 'index'; object: string; key: string } | { kind: 'slice'; object: string; parts: string[] } {
    const object = this.expr(node.firstChild!);
    const open = node.getChild('[')!;
    const inside: SyntaxNode[] = [];
    for (let c = open.nextSibling; c && c.name !== ']'; c = c.nextSibling) inside.push(c);
    if (inside.some((c) => c.name === ':')) {
      if (inside.some((c) => c.name === ',')) this.fail(node, 'Not supported: multi-dimensional slices');
      const parts: string[] = ['null', 'null', 'null'];
      let slot = 0;
      for (const c of inside) {
        if (c.name === ':') slot++;
        else parts[slot] = this.expr(c);
      }
      return { kind: 'slice', object, parts };
    }
    const items = inside.filter((c) => c.name !== ',');
    if (items.length === 0) this.fail(node, 'SyntaxError: invalid syntax (empty [ ])');
    const key = items.length > 1 || inside.some((c) => c.name === ',') ? `$tup([${items.map((c) => this.expr(c)).join(', ')}])` : this.expr(items[0]);
    return { kind: 'index', object, key };
  }

  private member(node: SyntaxNode): string {
    if (node.getChild('[')) {
      const sub = this.subscript(node);
      return sub.kind === 'slice' ? `$slice(${sub.object}, ${sub.parts.join(', ')})` : `$get(${sub.object}, ${sub.key})`;
    }
    const object = node.firstChild!;
    const attr = this.text(node.lastChild!);
    const mod = this.moduleOf(object);
    if (mod) {
      if (!MODULES[mod].includes(attr)) this.fail(node.lastChild!, `AttributeError: module '${mod}' has no attribute '${attr}' here (available: ${MODULES[mod].join(', ')})`);
      return `$modules.${mod}.${attr}`;
    }
    if (METHODS.has(attr)) {
      // counts.get as a value (key=counts.get), or str.lower unbound (map(str.lower, words)).
      const typeName = object.name === 'VariableName' && ['str', 'list', 'dict', 'set'].includes(this.text(object)) && !this.lookup(this.text(object));
      if (typeName) return `((...$a) => $M.${attr}(...$a))`;
      return `$bind(${this.expr(object)}, $M.${attr})`;
    }
    this.fail(node.lastChild!, this.noAttribute(attr));
  }

  private noAttribute(attr: string): string {
    const habit = JS_HABITS[attr];
    if (habit) return `AttributeError: '.${attr}' is JavaScript; in Python write ${habit}`;
    // Most often a dict read the JavaScript way (order.total): say how to read a key.
    return `AttributeError: '.${attr}' is not a method of str, list, dict or set here. To read a dict's value, write x['${attr}'] instead of x.${attr}`;
  }

  /** The module a name or dotted name stands for, if it was imported as a module. */
  private moduleOf(node: SyntaxNode): string | undefined {
    if (node.name !== 'VariableName') return undefined;
    const found = this.lookup(this.text(node));
    const origin = found?.binding.origin;
    return origin && !origin.includes('.') ? origin : undefined;
  }

  private call(node: SyntaxNode): string {
    const callee = node.firstChild!;
    const args = argNodes(node.getChild('ArgList')!, this.src);
    // Methods: x.append(v) → $M.append(x, v), dispatched on x's type at run time.
    if (callee.name === 'MemberExpression' && !callee.getChild('[')) {
      const objectNode = callee.firstChild!;
      const attr = this.text(callee.lastChild!);
      const mod = this.moduleOf(objectNode);
      if (mod) {
        if (!MODULES[mod].includes(attr)) this.fail(callee.lastChild!, `AttributeError: module '${mod}' has no attribute '${attr}' here (available: ${MODULES[mod].join(', ')})`);
        return `$modules.${mod}.${attr}(${this.args(args, `${mod}.${attr}`, node)})`;
      }
      if (!METHODS.has(attr)) this.fail(callee.lastChild!, this.noAttribute(attr));
      const isDictBuiltin = objectNode.name === 'VariableName' && this.text(objectNode) === 'dict' && !this.lookup('dict');
      const receiver = isDictBuiltin ? 'null' : this.expr(objectNode);
      const rest = this.args(args, attr, node);
      return `$M.${attr}(${receiver}${rest ? `, ${rest}` : ''})`;
    }
    if (callee.name === 'VariableName') {
      const name = this.text(callee);
      const found = this.lookup(name);
      // next(iter(d)): the first key without listing them all (O(1), as in Python).
      if (!found && name === 'next' && !this.lookup('iter') && args.length >= 1 && args.every((a) => a.kind === 'positional')) {
        const inner = args[0].value;
        const innerCallee = inner.name === 'CallExpression' ? inner.firstChild : null;
        const innerArgs = inner.name === 'CallExpression' ? argNodes(inner.getChild('ArgList')!, this.src) : [];
        if (innerCallee?.name === 'VariableName' && this.text(innerCallee) === 'iter' && innerArgs.length === 1 && innerArgs[0].kind === 'positional') {
          return `$nextOf(${[this.expr(innerArgs[0].value), ...args.slice(1).map((a) => this.expr(a.value))].join(', ')})`;
        }
      }
      if (!found && BUILTINS[name]) return `${BUILTINS[name]}(${this.args(args, BUILTINS[name], node)})`;
      if (found?.binding.origin?.includes('.')) return `${this.name(callee)}(${this.args(args, found.binding.origin, node)})`;
      if (found?.binding.def) return `${this.name(callee)}(${this.userArgs(args, name, found.binding.def, node)})`;
    }
    return `${this.expr(callee)}(${this.args(args, '', node)})`;
  }

  /** Arguments for a runtime function: keywords go to their position, or into a trailing $kw({…}). */
  private args(args: ArgNode[], fn: string, at: SyntaxNode): string {
    const positional: string[] = [];
    const keywords: [string, string][] = [];
    for (const a of args) {
      if (a.kind === 'positional') positional.push(this.expr(a.value));
      else if (a.kind === 'star') positional.push(`...$iter(${this.expr(a.value)})`);
      else if (a.kind === 'keyword') keywords.push([a.name!, this.expr(a.value)]);
      else this.fail(a.value, 'Not supported: **kwargs in a call; pass each argument by name');
    }
    if (keywords.length === 0) return positional.join(', ');
    if (KEYWORD_OBJECT.has(fn)) return [...positional, `$kw({${keywords.map(([k, v]) => `${JSON.stringify(k)}: ${v}`).join(', ')}})`].join(', ');
    const order = KEYWORD_POSITIONS[fn];
    const shown = fn.replace(/^\$/, '').replace(/0$/, '');
    if (!order) this.fail(at, `TypeError: ${shown || 'this function'}() takes no keyword arguments here; pass them by position`);
    const slots = [...positional];
    for (const [k, v] of keywords) {
      const i = order.indexOf(k);
      if (i < 0) this.fail(at, `TypeError: ${shown}() got an unexpected keyword argument '${k}'`);
      while (slots.length < i) slots.push('undefined');
      slots[i] = v;
    }
    return slots.join(', ');
  }

  private userArgs(args: ArgNode[], name: string, def: DefInfo, at: SyntaxNode): string {
    const slots: string[] = [];
    let star = false;
    for (const a of args) {
      if (a.kind === 'positional') slots.push(this.expr(a.value));
      else if (a.kind === 'star') {
        star = true;
        slots.push(`...$iter(${this.expr(a.value)})`);
      } else if (a.kind === 'kwstar') this.fail(a.value, 'Not supported: **kwargs in a call; pass each argument by name');
    }
    const positionalCount = slots.length;
    if (!star && !def.vararg && positionalCount > def.params.length) {
      this.fail(at, `TypeError: ${name}() takes ${def.params.length} positional argument${def.params.length === 1 ? '' : 's'} but ${positionalCount} were given`);
    }
    for (const a of args) {
      if (a.kind !== 'keyword') continue;
      const i = def.params.indexOf(a.name!);
      if (i < 0) this.fail(at, `TypeError: ${name}() got an unexpected keyword argument '${a.name}'`);
      if (i < positionalCount) this.fail(at, `TypeError: ${name}() got multiple values for argument '${a.name}'`);
      while (slots.length < i) slots.push('undefined');
      slots[i] = this.expr(a.value);
    }
    if (!star) {
      const missing = def.params.slice(0, def.required).filter((_, i) => slots[i] === undefined || slots[i] === 'undefined');
      if (missing.length) {
        this.fail(at, `TypeError: ${name}() missing ${missing.length} required positional argument${missing.length === 1 ? '' : 's'}: ${missing.map((m) => `'${m}'`).join(' and ')}`);
      }
    }
    return slots.join(', ');
  }
}

type ArgNode = { kind: 'positional' | 'keyword' | 'star' | 'kwstar'; name?: string; value: SyntaxNode };

function argNodes(list: SyntaxNode, src: string): ArgNode[] {
  // f(x for x in xs): a generator expression that is the whole argument list.
  if (list.getChild('for')) return [{ kind: 'positional', value: list }];
  const out: ArgNode[] = [];
  for (let c = list.firstChild; c; c = c.nextSibling) {
    if (c.name === '*' || c.name === '**') {
      const value = c.nextSibling!;
      out.push({ kind: c.name === '*' ? 'star' : 'kwstar', value });
      c = value;
    } else if (c.name === 'VariableName' && c.nextSibling?.name === 'AssignOp') {
      const value = c.nextSibling.nextSibling!;
      out.push({ kind: 'keyword', name: src.slice(c.from, c.to), value });
      c = value;
    } else if (isExpr(c)) out.push({ kind: 'positional', value: c });
  }
  return out;
}

function newScope(kind: Scope['kind'], parent?: Scope): Scope {
  return { kind, parent, locals: new Map(), definite: new Map(), globals: new Set(), nonlocals: new Set(), params: new Set(), temps: 0, declared: [] };
}

function rootOf(s: Scope): Scope {
  while (s.parent) s = s.parent;
  return s;
}

function children(node: SyntaxNode): SyntaxNode[] {
  const out: SyntaxNode[] = [];
  for (let c = node.firstChild; c; c = c.nextSibling) if (c.name !== 'Comment') out.push(c);
  return out;
}

const PUNCTUATION = new Set(['(', ')', '[', ']', '{', '}', ',', ':', '.', ';', 'Comment']);
const KEYWORDS = new Set(['if', 'elif', 'else', 'for', 'in', 'not', 'and', 'or', 'is', 'while', 'def', 'return', 'lambda', 'from', 'import', 'as', 'del', 'assert', 'raise', 'try', 'except', 'finally', 'global', 'nonlocal', 'pass', 'break', 'continue', 'async', 'await', 'yield', 'with', 'class']);

function isExpr(node: SyntaxNode): boolean {
  return !PUNCTUATION.has(node.name) && !KEYWORDS.has(node.name) && !/Op$/.test(node.name) && node.name !== 'TypeDef' && node.name !== 'Body' && node.name !== 'ParamList' && node.name !== 'ArgList' && node.name !== '*' && node.name !== '**';
}

function exprChildren(node: SyntaxNode): SyntaxNode[] {
  return children(node).filter(isExpr);
}

function exprChildrenAll(node: SyntaxNode): SyntaxNode[] {
  return children(node);
}

function statements(node: SyntaxNode): SyntaxNode[] {
  return children(node).filter((c) => c.name !== ':' && c.name !== 'Comment' && !c.type.isError);
}

function splitBy(nodes: SyntaxNode[], sep: string): SyntaxNode[][] {
  const groups: SyntaxNode[][] = [[]];
  for (const n of nodes) {
    if (n.name === sep) groups.push([]);
    else groups[groups.length - 1].push(n);
  }
  return groups;
}

function forTargets(s: SyntaxNode): SyntaxNode[] {
  const out: SyntaxNode[] = [];
  for (let c = s.getChild('for')!.nextSibling; c && c.name !== 'in'; c = c.nextSibling) if (c.name !== ',') out.push(c);
  return out;
}

/** The operator of a binary expression, with `not in` and `is not` as one operator. */
function binaryOp(node: SyntaxNode, src: string): string {
  const parts: string[] = [];
  let seenLeft = false;
  for (let c = node.firstChild; c; c = c.nextSibling) {
    if (isExpr(c)) {
      if (seenLeft && parts.length) break;
      seenLeft = true;
      continue;
    }
    if (c.name !== 'Comment') parts.push(src.slice(c.from, c.to));
  }
  return parts.join(' ');
}

function isComparison(op: string): boolean {
  return op in COMPARE || op === 'in' || op === 'not in' || op === 'is' || op === 'is not';
}

/** The value of a plain integer literal such as `2` or `-1`, else undefined. */
function numericLiteral(node: SyntaxNode, src: string): number | undefined {
  const text = src.slice(node.from, node.to).replace(/\s+/g, '');
  return /^-?\d+$/.test(text) ? Number(text) : undefined;
}

function isMutableDefault(node: SyntaxNode, src: string): boolean {
  if (MUTABLE_DEFAULTS.has(node.name)) return true;
  if (node.name === 'CallExpression') {
    const callee = node.firstChild!;
    return MUTABLE_FACTORIES.has(src.slice(callee.from, callee.to));
  }
  return false;
}

function describe(name: string): string {
  return name.replace(/Expression$|Statement$/, '').replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase() || 'this';
}

const ESCAPES: Record<string, string> = { n: '\n', t: '\t', r: '\r', '0': '\0', a: '\x07', b: '\b', f: '\f', v: '\v', '\\': '\\', "'": "'", '"': '"', '\n': '' };

/** Python string escapes; an unknown escape keeps its backslash, as in Python. */
function unescape(s: string): string {
  return s.replace(/\\(x[0-9a-fA-F]{2}|u[0-9a-fA-F]{4}|U[0-9a-fA-F]{8}|[0-7]{1,3}|[\s\S])/g, (all, e: string) => {
    if (e[0] === 'x' || e[0] === 'u' || e[0] === 'U') return String.fromCodePoint(parseInt(e.slice(1), 16));
    if (/^[0-7]+$/.test(e)) return String.fromCharCode(parseInt(e, 8));
    return e in ESCAPES ? ESCAPES[e] : all;
  });
}
