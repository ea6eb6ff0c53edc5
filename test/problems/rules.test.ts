import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatIssue, parseProblemFolder } from '../../src/problems/parse';
import { readFolder, PROBLEMS_DIR } from '../../src/cli/load-problems';
import { claimedScale, parseRules } from '../../src/problems/rules';

const folder = 'problems/idempotent-requests';
const good = () => readFolder(join(PROBLEMS_DIR, 'idempotent-requests'));
const issuesOf = (files: Record<string, string>) => {
  const r = parseProblemFolder(folder, files);
  return r.ok ? [] : r.issues.map((i) => formatIssue(folder, i));
};

describe('rules.md', () => {
  it('reads rules with their tests and wrong solutions', () => {
    const { rules, issues } = parseRules(
      ['# Rules', '', '## ttl-expiry: A key is forgotten at firstT + ttlSec.', 'Some prose.', '- test: exactly at TTL (expired)', '- wrong: ttl-inclusive', '', '## null-key: null never dedupes.', '* test: null key'].join('\n'),
    );
    expect(issues).toEqual([]);
    expect(rules).toEqual([
      { id: 'ttl-expiry', text: 'A key is forgotten at firstT + ttlSec.', line: 3, tests: [{ name: 'exactly at TTL (expired)', line: 5 }], wrong: [{ name: 'ttl-inclusive', line: 6 }] },
      { id: 'null-key', text: 'null never dedupes.', line: 8, tests: [{ name: 'null key', line: 9 }], wrong: [] },
    ]);
  });

  it('names the line of a rule with no test, no text or a bad id', () => {
    const { issues } = parseRules('## lonely: has no test\n- wrong: x\n## Bad Id: text\n- test: t\n## no-colon\n- test: t');
    expect(issues).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ line: 1, message: expect.stringMatching(/at least one hidden test/) }),
        expect.objectContaining({ line: 3, message: expect.stringMatching(/lower-case words/) }),
        expect.objectContaining({ line: 5, message: expect.stringMatching(/## <rule-id>: <the rule/) }),
      ]),
    );
  });

  it('is required for a coding problem in the CLI, not in the browser bundle', () => {
    const files = good();
    delete files['rules.md'];
    expect(issuesOf(files)).toContain(`${folder}/rules.md: file is missing: list every rule of the statement with the hidden tests and wrong solutions for it`);
    const browser = Object.fromEntries(Object.entries(files).filter(([f]) => !f.startsWith('wrong/')));
    expect(parseProblemFolder(folder, browser, { wrongSolutionsBundled: false }).ok).toBe(true);
  });

  it('rejects a rule that names a test or wrong solution that does not exist, with its line', () => {
    const files = good();
    files['rules.md'] += '\n## made-up: a rule about nothing\n- test: no such test\n- wrong: no-such-file\n';
    const lines = files['rules.md'].split('\n');
    const testLine = lines.indexOf('- test: no such test') + 1;
    expect(issuesOf(files)).toEqual([
      `${folder}/rules.md: made-up (line ${testLine}): names the hidden test "no such test", which is not in tests.json`,
      `${folder}/rules.md: made-up (line ${testLine + 1}): names the wrong solution "no-such-file", but there is no wrong/no-such-file.js`,
    ]);
  });

  it('rejects a hidden test or a wrong solution that belongs to no rule', () => {
    const files = good();
    files['rules.md'] = files['rules.md'].replace('- test: exactly at TTL (expired)\n', '').replace('- wrong: ttl-inclusive\n', '');
    expect(issuesOf(files)).toEqual([
      `${folder}/rules.md: the hidden test "exactly at TTL (expired)" checks no rule: list it under the rule it checks ("- test: exactly at TTL (expired)") or remove it`,
      `${folder}/rules.md: wrong/ttl-inclusive.js breaks no listed rule: add "- wrong: ttl-inclusive" under the rule it breaks`,
    ]);
  });
});

describe('scale test names', () => {
  it('reads the size a name claims', () => {
    expect(claimedScale('scale: 1,500 requests')).toEqual([1500]);
    expect(claimedScale('scale: 582 routes in a 20 × 20 grid')).toEqual([582, 20, 20]);
    expect(claimedScale('scale')).toEqual([]);
    expect(claimedScale('not a scale test: 2,000')).toEqual([]);
  });

  it('rejects a scale test whose name claims a size its input does not have', () => {
    const files = good();
    files['tests.json'] = files['tests.json'].replace('"scale: 1,500 requests"', '"scale: 2,000 requests"');
    files['rules.md'] = files['rules.md'].replace('scale: 1,500 requests', 'scale: 2,000 requests');
    const issues = issuesOf(files);
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatch(/tests\.json: \[\d+\]\.name: "scale: 2,000 requests" claims 2,000, but no list, text or count in its input has that size \(its longest input has 1,500\)/);
  });

  it('asks a scale test without a size to say it', () => {
    const files = good();
    files['tests.json'] = files['tests.json'].replace('"scale: 1,500 requests"', '"scale"');
    expect(issuesOf(files)[0]).toMatch(/"scale" is a scale test: say its real size/);
  });
});

describe('equivalent-mutants.json', () => {
  it('is validated, with the field and line of a bad entry', () => {
    const files = good();
    files['equivalent-mutants.json'] = '[\n  { "mutator": "ConditionalExpression", "original": "x", "replacement": "true", "reason": "short" }\n]';
    expect(issuesOf(files)).toEqual([expect.stringMatching(/^problems\/idempotent-requests\/equivalent-mutants\.json: \[0\]\.reason \(line 2\): say in one line why/)]);
  });
});
