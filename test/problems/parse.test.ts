import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { formatIssue, parseProblemFolder } from '../../src/problems/parse';
import { readFolder, PROBLEMS_DIR } from '../../src/cli/load-problems';
import { schemaFiles } from '../../src/problems/json-schema';
import { join } from 'node:path';

const good = () => readFolder(join(PROBLEMS_DIR, 'dedupe-list'));
const issuesOf = (files: Record<string, string>) => {
  const r = parseProblemFolder('problems/dedupe-list', files);
  return r.ok ? [] : r.issues.map((i) => formatIssue('problems/dedupe-list', i));
};
const editMeta = (change: (meta: Record<string, unknown>) => void) => {
  const files = good();
  const meta = JSON.parse(files['problem.json']);
  change(meta);
  files['problem.json'] = JSON.stringify(meta, null, 2);
  return files;
};

describe('problem folders', () => {
  it('accepts the seed problem', () => {
    expect(issuesOf(good())).toEqual([]);
  });

  it('names the file and line of invalid JSON', () => {
    const files = good();
    files['problem.json'] = '{\n  "id": "dedupe-list",\n  "title": "x",,\n}';
    expect(issuesOf(files)[0]).toMatch(/^problems\/dedupe-list\/problem\.json: \(line 3\): invalid JSON/);
  });

  it('names the field, its line and what was expected', () => {
    const files = editMeta((m) => {
      (m.examples as { args: unknown }[])[1].args = 'not a list';
      m.difficulty = 'hard';
    });
    const issues = issuesOf(files);
    expect(issues.some((i) => /problem\.json: examples\[1\]\.args \(line \d+\): .*array/i.test(i))).toBe(true);
    expect(issues.some((i) => /problem\.json: difficulty \(line \d+\): .*"warm-up"/.test(i))).toBe(true);
  });

  it('rejects unknown fields instead of ignoring typos', () => {
    expect(issuesOf(editMeta((m) => (m.hint = ['typo'])))).toEqual([expect.stringMatching(/problem\.json: .*hint/)]);
  });

  it('checks arity, duplicate hidden-test names, the id and required files', () => {
    const files = good();
    const tests = JSON.parse(files['tests.json']);
    tests[1].name = tests[0].name;
    tests[2].args = [[1], 'extra'];
    files['tests.json'] = JSON.stringify(tests);
    delete files['reference.js'];
    const issues = issuesOf(files);
    expect(issues).toContain(`problems/dedupe-list/tests.json: [1].name: "${tests[0].name}" is used twice: each hidden test needs its own name`);
    expect(issues).toContain('problems/dedupe-list/tests.json: [2].args: has 2 arguments; dedupe takes 1');
    expect(issues).toContain('problems/dedupe-list/reference.js: file is missing');
    expect(issuesOf(editMeta((m) => (m.id = 'other-id')))).toContain('problems/dedupe-list/problem.json: id: must match the folder name "dedupe-list"');
  });

  it('requires a "// Mistake:" line on known-wrong solutions', () => {
    const files = good();
    files['wrong/no-comment.js'] = 'function dedupe() { return []; }';
    expect(issuesOf(files)).toContain('problems/dedupe-list/wrong/no-comment.js: (line 1): start the file with a comment "// Mistake: <what this solution gets wrong>"');
  });

  it('keeps the committed JSON Schemas in step with the zod schemas', () => {
    for (const [file, schema] of Object.entries(schemaFiles())) {
      expect(JSON.parse(readFileSync(join(PROBLEMS_DIR, file), 'utf8')), `${file} is stale: run npm run schema`).toEqual(schema);
    }
  });
});
