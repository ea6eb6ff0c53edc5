import { findNodeAtLocation, parseTree, printParseErrorCode, type Node as JsonNode, type ParseError } from 'jsonc-parser';
import type { z } from 'zod';
import {
  CODING_TEXT_FILES,
  CONCEPT_TEXT_FILES,
  DESIGN_TEXT_FILES,
  conceptQuestionMeta,
  codingProblemMeta,
  designPromptMeta,
  hiddenTests,
  type CodingProblemMeta,
  type ConceptQuestionMeta,
  type DesignPromptMeta,
  type ProblemTestCase,
} from './schema';
import { parseApiFolder, parseEstimateFolder, parseTraceFolder, type AnswerQuestion } from './parse-questions';
import {
  EQUIVALENT_MUTANTS_FILE,
  RIGHT_DIR,
  RULES_FILE,
  claimedScale,
  crossCheckRules,
  equivalentMutants,
  isScaleTest,
  parseRules,
  type EquivalentMutant,
  type ProblemRule,
} from './rules';

export type WrongSolution = { name: string; source: string; mistake: string };
/** An unusual but correct solution (`right/<name>.js`) that must be accepted. */
export type RightSolution = { name: string; source: string };

export type CodingProblem = CodingProblemMeta & {
  tests: ProblemTestCase[];
  statement: string;
  starter: { javascript: string; typescript: string; python: string };
  reference: string;
  /** The reference answer in Python-style pseudocode (reference.py). */
  referencePython: string;
  explanation: string;
  generator: string;
  validator?: string;
  wrongSolutions: WrongSolution[];
  /** From rules.md; empty where the folder's audit files are not bundled (the browser). */
  rules: ProblemRule[];
  rightSolutions: RightSolution[];
  equivalentMutants: EquivalentMutant[];
};

export type DesignPrompt = DesignPromptMeta & { prompt: string; referenceDiagram: string; referenceNotes: string };

export type ConceptQuestion = ConceptQuestionMeta & { modelAnswer: string };

export type Problem = CodingProblem | DesignPrompt | ConceptQuestion | AnswerQuestion;

/** One thing wrong with a problem folder, said with where it is. */
export type ProblemIssue = { file: string; field?: string; line?: number; message: string };

export type ParseResult<T> = { ok: true; value: T } | { ok: false; issues: ProblemIssue[] };

export const META_FILE = 'problem.json';
export const TESTS_FILE = 'tests.json';
export const VALIDATOR_FILE = 'validator.js';
export const WRONG_DIR = 'wrong/';

/** "problems/x/problem.json: examples[0].args (line 12): expected array" */
export function formatIssue(folder: string, issue: ProblemIssue): string {
  const where = [issue.field, issue.line ? `(line ${issue.line})` : ''].filter(Boolean).join(' ');
  return `${folder}/${issue.file}${where ? `: ${where}` : ''}: ${issue.message}`;
}

const lineAt = (text: string, offset: number) => text.slice(0, offset).split('\n').length;

function fieldPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>((acc, key) => (typeof key === 'number' ? `${acc}[${key}]` : acc ? `${acc}.${String(key)}` : String(key)), '');
}

/** Parses JSON text, reporting syntax errors with their line. */
function parseJsonFile(file: string, text: string): { ok: true; value: unknown; tree: JsonNode | undefined } | { ok: false; issues: ProblemIssue[] } {
  const errors: ParseError[] = [];
  const tree = parseTree(text, errors, { allowTrailingComma: false, disallowComments: true });
  if (errors.length > 0) {
    return {
      ok: false,
      issues: errors.slice(0, 5).map((e) => ({ file, line: lineAt(text, e.offset), message: `invalid JSON: ${printParseErrorCode(e.error)}` })),
    };
  }
  return { ok: true, value: JSON.parse(text) as unknown, tree };
}

/** Validates JSON text against a zod schema; every issue names the field and its line. */
export function parseJsonWith<T extends z.ZodType>(file: string, text: string, schema: T): ParseResult<z.output<T>> {
  const parsed = parseJsonFile(file, text);
  if (!parsed.ok) return parsed;
  const result = schema.safeParse(parsed.value);
  if (result.success) return { ok: true, value: result.data };
  return {
    ok: false,
    issues: result.error.issues.map((issue) => {
      // Point at the deepest part of the path that exists in the file.
      let node: JsonNode | undefined;
      for (let n = issue.path.length; n >= 0 && !node; n--) {
        node = parsed.tree && findNodeAtLocation(parsed.tree, issue.path.slice(0, n) as (string | number)[]);
      }
      return { file, field: fieldPath(issue.path) || undefined, line: node ? lineAt(text, node.offset) : undefined, message: issue.message };
    }),
  };
}

const requireText = (files: Record<string, string>, file: string, issues: ProblemIssue[]): string => {
  const text = files[file];
  if (text === undefined) {
    issues.push({ file, message: 'file is missing' });
    return '';
  }
  if (text.trim() === '') issues.push({ file, message: 'file is empty' });
  return text;
};

/** The first comment line of a known-wrong solution says what mistake it makes. */
function mistakeOf(source: string): string | undefined {
  return /^\s*\/\/\s*Mistake:\s*(.+)$/m.exec(source)?.[1]?.trim();
}

/**
 * Validates a problem folder given as its files' text (names relative to the folder) and builds
 * the problem. Works the same in Node (CLI) and in the browser (bundled files).
 */
export function parseProblemFolder(
  folder: string,
  files: Record<string, string>,
  options: { wrongSolutionsBundled?: boolean } = {},
): ParseResult<Problem> {
  const metaText = files[META_FILE];
  if (metaText === undefined) return { ok: false, issues: [{ file: META_FILE, message: 'file is missing' }] };
  const kind = peekKind(metaText);
  if (kind === 'design') return parseDesign(folder, files, metaText);
  if (kind === 'concept') return parseConcept(folder, files, metaText);
  if (kind === 'trace') return parseTraceFolder(folder, files, metaText);
  if (kind === 'api') return parseApiFolder(folder, files, metaText);
  if (kind === 'estimate') return parseEstimateFolder(folder, files, metaText);
  return parseCoding(folder, files, metaText, options.wrongSolutionsBundled ?? true);
}

function peekKind(text: string): unknown {
  try {
    return (JSON.parse(text) as { kind?: unknown }).kind;
  } catch {
    return undefined;
  }
}

function checkFolderName(folder: string, id: string, issues: ProblemIssue[]) {
  const name = folder.split('/').pop();
  if (name !== id) issues.push({ file: META_FILE, field: 'id', message: `must match the folder name "${name}"` });
}

function parseCoding(folder: string, files: Record<string, string>, metaText: string, expectWrongSolutions: boolean): ParseResult<CodingProblem> {
  const issues: ProblemIssue[] = [];
  const meta = parseJsonWith(META_FILE, metaText, codingProblemMeta);
  const tests = files[TESTS_FILE] === undefined ? undefined : parseJsonWith(TESTS_FILE, files[TESTS_FILE], hiddenTests);
  // zod rebuilds objects by assignment, which turns an own "__proto__" key into a prototype: keep
  // the inputs and expected outputs exactly as JSON.parse read them (ids like "__proto__" are tested).
  if (tests?.ok) keepRawValues(tests.value, JSON.parse(files[TESTS_FILE]!) as { args?: unknown; expected?: unknown }[]);
  if (!meta.ok) issues.push(...meta.issues);
  if (!tests) issues.push({ file: TESTS_FILE, message: 'file is missing: hidden tests go here' });
  else if (!tests.ok) issues.push(...tests.issues);

  const text = Object.fromEntries(
    Object.entries(CODING_TEXT_FILES).map(([key, file]) => [key, requireText(files, file, issues)]),
  ) as Record<keyof typeof CODING_TEXT_FILES, string>;

  const wrongSolutions: WrongSolution[] = Object.keys(files)
    .filter((f) => f.startsWith(WRONG_DIR) && f.endsWith('.js'))
    .sort()
    .map((file) => {
      const mistake = mistakeOf(files[file]);
      if (!mistake) issues.push({ file, line: 1, message: 'start the file with a comment "// Mistake: <what this solution gets wrong>"' });
      return { name: file.slice(WRONG_DIR.length, -3), source: files[file], mistake: mistake ?? '' };
    });

  const rightSolutions: RightSolution[] = Object.keys(files)
    .filter((f) => f.startsWith(RIGHT_DIR) && f.endsWith('.js'))
    .sort()
    .map((file) => ({ name: file.slice(RIGHT_DIR.length, -3), source: files[file] }));

  let rules: ProblemRule[] = [];
  if (files[RULES_FILE] !== undefined) {
    const parsed = parseRules(files[RULES_FILE]);
    rules = parsed.rules;
    issues.push(...parsed.issues.map((i) => ({ file: RULES_FILE, ...i })));
    if (tests?.ok) {
      const wrongNames = expectWrongSolutions ? wrongSolutions.map((w) => w.name) : undefined;
      issues.push(...crossCheckRules(rules, tests.value.map((t) => t.name), wrongNames).map((i) => ({ file: RULES_FILE, ...i })));
    }
  } else if (expectWrongSolutions) {
    issues.push({ file: RULES_FILE, message: 'file is missing: list every rule of the statement with the hidden tests and wrong solutions for it' });
  }

  let equivalent: EquivalentMutant[] = [];
  if (files[EQUIVALENT_MUTANTS_FILE] !== undefined) {
    const parsed = parseJsonWith(EQUIVALENT_MUTANTS_FILE, files[EQUIVALENT_MUTANTS_FILE], equivalentMutants);
    if (parsed.ok) equivalent = parsed.value;
    else issues.push(...parsed.issues);
  }

  if (tests?.ok) {
    tests.value.forEach((c, i) => {
      if (!isScaleTest(c.name)) return;
      const claimed = claimedScale(c.name);
      const sizes = inputSizes(c.args);
      // The size a reader would quote: the longest list or text passed directly.
      const main = Math.max(0, ...c.args.map((a) => (Array.isArray(a) || typeof a === 'string' ? a.length : 0))).toLocaleString('en-US');
      if (claimed.length === 0) issues.push({ file: TESTS_FILE, field: `[${i}].name`, message: `"${c.name}" is a scale test: say its real size, e.g. "scale: ${main} items"` });
      else if (!sizes.has(Math.max(...claimed))) {
        issues.push({ file: TESTS_FILE, field: `[${i}].name`, message: `"${c.name}" claims ${Math.max(...claimed).toLocaleString('en-US')}, but no list, text or count in its input has that size (its longest input has ${main})` });
      }
    });
  }

  if (meta.ok) {
    const m = meta.value;
    checkFolderName(folder, m.id, issues);
    if (expectWrongSolutions && wrongSolutions.length < 2) issues.push({ file: WRONG_DIR, message: `add at least 2 known-wrong solutions (found ${wrongSolutions.length})` });
    const arity = m.function.params.length;
    m.examples.forEach((c, i) => {
      if (c.args.length !== arity) issues.push({ file: META_FILE, field: `examples[${i}].args`, message: `has ${c.args.length} arguments; ${m.function.name} takes ${arity}` });
      if (m.comparison.mode !== 'validator' && c.expected === undefined) issues.push({ file: META_FILE, field: `examples[${i}].expected`, message: 'is required unless comparison.mode is "validator"' });
    });
    if (tests?.ok) {
      const names = new Set<string>();
      tests.value.forEach((c, i) => {
        if (c.args.length !== arity) issues.push({ file: TESTS_FILE, field: `[${i}].args`, message: `has ${c.args.length} arguments; ${m.function.name} takes ${arity}` });
        if (m.comparison.mode !== 'validator' && c.expected === undefined) issues.push({ file: TESTS_FILE, field: `[${i}].expected`, message: 'is required unless comparison.mode is "validator"' });
        if (names.has(c.name)) issues.push({ file: TESTS_FILE, field: `[${i}].name`, message: `"${c.name}" is used twice: each hidden test needs its own name` });
        names.add(c.name);
      });
    }
    if (m.comparison.mode === 'validator' && files[VALIDATOR_FILE] === undefined) {
      issues.push({ file: VALIDATOR_FILE, message: 'file is missing: comparison.mode "validator" needs a validate(args, output) function' });
    }
    const fnPattern = new RegExp(`\\b${m.function.name}\\b`);
    if (text.starterJs && !fnPattern.test(text.starterJs)) issues.push({ file: CODING_TEXT_FILES.starterJs, message: `does not mention ${m.function.name}` });
    if (text.starterTs && !fnPattern.test(text.starterTs)) issues.push({ file: CODING_TEXT_FILES.starterTs, message: `does not mention ${m.function.name}` });
    if (text.starterPy && !fnPattern.test(text.starterPy)) issues.push({ file: CODING_TEXT_FILES.starterPy, message: `does not mention ${m.function.name}` });
  }
  if (issues.length > 0 || !meta.ok || !tests?.ok) return { ok: false, issues };
  return {
    ok: true,
    value: {
      ...meta.value,
      tests: tests.value,
      statement: text.statement,
      starter: { javascript: text.starterJs, typescript: text.starterTs, python: text.starterPy },
      reference: text.reference,
      referencePython: text.referencePy,
      explanation: text.explanation,
      generator: text.generator,
      validator: files[VALIDATOR_FILE],
      wrongSolutions,
      rules,
      rightSolutions,
      equivalentMutants: equivalent,
    },
  };
}

/**
 * Sizes a scale test's name may honestly claim: the length of every list, text and object in its
 * input, the numbers passed directly, the total of the top-level lists and the count of distinct
 * values (e.g. graph nodes).
 */
function inputSizes(args: unknown[]): Set<number> {
  const sizes = new Set<number>();
  const distinct = new Set<string>();
  let total = 0;
  const walk = (v: unknown, depth: number) => {
    if (typeof v === 'string' || typeof v === 'number') distinct.add(typeof v + ':' + String(v));
    if (typeof v === 'string') sizes.add(v.length);
    if (Array.isArray(v)) {
      sizes.add(v.length);
      if (depth < 4) v.forEach((x) => walk(x, depth + 1));
    } else if (v && typeof v === 'object') {
      const values = Object.values(v);
      sizes.add(values.length);
      if (depth < 4) values.forEach((x) => walk(x, depth + 1));
    }
  };
  for (const a of args) {
    if (typeof a === 'number') sizes.add(a);
    if (Array.isArray(a)) total += a.length;
    walk(a, 0);
  }
  sizes.add(total);
  sizes.add(distinct.size);
  return sizes;
}

function parseDesign(folder: string, files: Record<string, string>, metaText: string): ParseResult<DesignPrompt> {
  const issues: ProblemIssue[] = [];
  const meta = parseJsonWith(META_FILE, metaText, designPromptMeta);
  if (!meta.ok) issues.push(...meta.issues);
  const text = Object.fromEntries(
    Object.entries(DESIGN_TEXT_FILES).map(([key, file]) => [key, requireText(files, file, issues)]),
  ) as Record<keyof typeof DESIGN_TEXT_FILES, string>;
  if (meta.ok) {
    checkFolderName(folder, meta.value.id, issues);
    const components = new Set(meta.value.rubric.filter((r) => r.type === 'component').map((r) => r.id));
    const ids = new Set<string>();
    meta.value.rubric.forEach((item, i) => {
      if (ids.has(item.id)) issues.push({ file: META_FILE, field: `rubric[${i}].id`, message: `"${item.id}" is used twice` });
      ids.add(item.id);
      if (item.type === 'flow') {
        item.path.forEach((step, j) => {
          if (!components.has(step)) issues.push({ file: META_FILE, field: `rubric[${i}].path[${j}]`, message: `"${step}" is not the id of a component item in this rubric` });
        });
      }
    });
  }
  if (issues.length > 0 || !meta.ok) return { ok: false, issues };
  return { ok: true, value: { ...meta.value, ...text } };
}

function parseConcept(folder: string, files: Record<string, string>, metaText: string): ParseResult<ConceptQuestion> {
  const issues: ProblemIssue[] = [];
  const meta = parseJsonWith(META_FILE, metaText, conceptQuestionMeta);
  if (!meta.ok) issues.push(...meta.issues);
  const modelAnswer = requireText(files, CONCEPT_TEXT_FILES.modelAnswer, issues);
  if (meta.ok) {
    checkFolderName(folder, meta.value.id, issues);
    const ids = new Set<string>();
    meta.value.keyPoints.forEach((point, i) => {
      if (ids.has(point.id)) issues.push({ file: META_FILE, field: `keyPoints[${i}].id`, message: `"${point.id}" is used twice` });
      ids.add(point.id);
      const claims = [
        ...point.claims.map((c, j) => [c, `claims[${j}]`] as const),
        ...(point.terms ?? []).map((c, j) => [c, `terms[${j}]`] as const),
        ...(point.misconceptions ?? []).flatMap((m, k) => m.says.map((c, j) => [c, `misconceptions[${k}].says[${j}]`] as const)),
      ];
      for (const [c, field] of claims) {
        // A claim of only "not" has nothing to look for.
        if (c.trim().split(/\s+/).every((w) => /^(not|never|no)$/i.test(w))) issues.push({ file: META_FILE, field: `keyPoints[${i}].${field}`, message: `"${c}" has no words to look for` });
      }
    });
  }
  if (issues.length > 0 || !meta.ok) return { ok: false, issues };
  return { ok: true, value: { ...meta.value, modelAnswer } };
}

/** Puts back each case's `args` and `expected` as JSON.parse read them (own `__proto__` keys kept). */
function keepRawValues(cases: { args: unknown; expected?: unknown }[], raw: { args?: unknown; expected?: unknown }[]): void {
  cases.forEach((c, i) => {
    const r = raw[i];
    if (!r) return;
    c.args = r.args as typeof c.args;
    if ('expected' in r) c.expected = r.expected as typeof c.expected;
  });
}
