import { z } from 'zod';

/**
 * A coding problem's rule-by-rule audit (`rules.md`) and its list of equivalent mutants
 * (`equivalent-mutants.json`). Pure: the parser and the checker share it.
 *
 * rules.md looks like this (free text between the list lines is allowed and ignored):
 *
 *     ## ttl-expiry: A key is forgotten at exactly its first request's t + ttlSec.
 *     - test: exactly at TTL (expired)
 *     - wrong: ttl-inclusive
 */

export const RULES_FILE = 'rules.md';
export const EQUIVALENT_MUTANTS_FILE = 'equivalent-mutants.json';
export const RIGHT_DIR = 'right/';

const ruleId = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'a rule id is lower-case words joined by hyphens, e.g. "ttl-expiry"');

export const problemRule = z.strictObject({
  id: ruleId,
  text: z.string().trim().min(1, 'say the rule in plain words after the id: "## id: the rule"'),
  line: z.number().int().positive(),
  tests: z.array(z.strictObject({ name: z.string().min(1), line: z.number().int() })).min(1, 'a rule needs at least one hidden test named after it ("- test: <name>")'),
  wrong: z.array(z.strictObject({ name: z.string().min(1), line: z.number().int() })),
});
export type ProblemRule = z.infer<typeof problemRule>;

export const equivalentMutants = z.array(
  z.strictObject({
    mutator: z.string().min(1).describe('Stryker mutator name, e.g. "EqualityOperator"'),
    original: z.string().describe('The reference text the mutant replaces, exactly'),
    replacement: z.string().describe('What the mutant puts there, exactly'),
    context: z.string().min(1).optional().describe('Part of the mutated line, when the same change appears on several lines'),
    reason: z.string().trim().min(10, 'say in one line why no input can tell this mutant from the reference'),
  }),
);
export type EquivalentMutant = z.infer<typeof equivalentMutants>[number];

export type RulesIssue = { line?: number; field?: string; message: string };

const HEADING = /^##\s+(.*)$/;
const ITEM = /^\s*[-*]\s+(test|wrong):\s*(.*?)\s*$/;

/**
 * Reads rules.md into rules. Each `## id: text` heading starts a rule; `- test: <hidden test name>`
 * and `- wrong: <wrong/ file name without .js>` lines attach to the rule above them.
 */
export function parseRules(text: string): { rules: ProblemRule[]; issues: RulesIssue[] } {
  const issues: RulesIssue[] = [];
  const drafts: { id: string; text: string; line: number; tests: { name: string; line: number }[]; wrong: { name: string; line: number }[] }[] = [];
  text.split('\n').forEach((raw, i) => {
    const line = i + 1;
    const heading = HEADING.exec(raw);
    if (heading) {
      const [, head] = heading;
      const colon = head.indexOf(':');
      if (colon < 0) {
        issues.push({ line, message: `a rule heading is "## <rule-id>: <the rule in plain words>", found "${raw.trim()}"` });
        drafts.push({ id: head.trim(), text: '', line, tests: [], wrong: [] });
      } else drafts.push({ id: head.slice(0, colon).trim(), text: head.slice(colon + 1).trim(), line, tests: [], wrong: [] });
      return;
    }
    const item = ITEM.exec(raw);
    if (!item) return;
    const current = drafts[drafts.length - 1];
    if (!current) {
      issues.push({ line, message: `"- ${item[1]}:" comes before any rule heading` });
      return;
    }
    const name = item[2];
    (item[1] === 'test' ? current.tests : current.wrong).push({ name, line });
  });
  if (drafts.length === 0) issues.push({ message: 'no rules: write one "## <rule-id>: <rule>" heading per rule the statement states' });
  const rules: ProblemRule[] = [];
  const seen = new Set<string>();
  drafts.forEach((draft, i) => {
    const parsed = problemRule.safeParse(draft);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) issues.push({ line: draft.line, field: `rules[${i}] ${draft.id}`, message: issue.message });
      return;
    }
    if (seen.has(draft.id)) issues.push({ line: draft.line, field: draft.id, message: 'this rule id is used twice' });
    seen.add(draft.id);
    rules.push(parsed.data);
  });
  return { rules, issues };
}

/**
 * Cross-checks the rules against the hidden tests and the known-wrong solutions: every name a rule
 * gives must exist, and every hidden test and every wrong solution must belong to some rule. A
 * test whose name starts with "scale" may stand alone: it checks the whole answer at size.
 */
export function crossCheckRules(
  rules: ProblemRule[],
  testNames: string[],
  wrongNames: string[] | undefined,
): RulesIssue[] {
  const issues: RulesIssue[] = [];
  const tests = new Set(testNames);
  const wrong = wrongNames && new Set(wrongNames);
  const coveredTests = new Set<string>();
  const coveredWrong = new Set<string>();
  for (const rule of rules) {
    for (const t of rule.tests) {
      if (!tests.has(t.name)) issues.push({ line: t.line, field: rule.id, message: `names the hidden test "${t.name}", which is not in tests.json` });
      coveredTests.add(t.name);
    }
    for (const w of rule.wrong) {
      if (wrong && !wrong.has(w.name)) issues.push({ line: w.line, field: rule.id, message: `names the wrong solution "${w.name}", but there is no wrong/${w.name}.js` });
      coveredWrong.add(w.name);
    }
  }
  for (const name of testNames) {
    if (!coveredTests.has(name) && !isScaleTest(name)) {
      issues.push({ message: `the hidden test "${name}" checks no rule: list it under the rule it checks ("- test: ${name}") or remove it` });
    }
  }
  for (const name of wrongNames ?? []) {
    if (!coveredWrong.has(name)) issues.push({ message: `wrong/${name}.js breaks no listed rule: add "- wrong: ${name}" under the rule it breaks` });
  }
  return issues;
}

/** "scale: 2,000 items" and "scale (capacity n/10)" are scale tests. */
export function isScaleTest(name: string): boolean {
  return /^scale\b/i.test(name);
}

/** The size a scale test's name claims ("scale: 1,500 requests" → 1500), if it gives one. */
export function claimedScale(name: string): number[] {
  if (!isScaleTest(name)) return [];
  return [...name.matchAll(/(\d{1,3}(?:,\d{3})+|\d+)/g)].map((m) => Number(m[1].replace(/,/g, ''))).filter((n) => n >= 10);
}
