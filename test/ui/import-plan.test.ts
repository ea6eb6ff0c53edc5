import { beforeEach, describe, expect, it } from 'vitest';
import { applyImport, importBackupAt, planImport, undoImport, IMPORT_LIMITS } from '../../src/ui/storage/import-plan';
import { loadDraft, loadProblemState, recordAttempt, saveDraft } from '../../src/ui/storage/progress';
import { listKept } from '../../src/ui/storage/kept-versions';
import { getStore, type Change } from '../../src/ui/storage/store';
import { ACCEPTED, freshStore } from './store-helpers';
import { gatherMarks } from '../../src/ui/progress/progress-data';

/** The mark every page shows for an item (src/mock/marks.ts). */
const progressMark = (id: string) => gatherMarks([{ id, kind: id === 'wish-list-api' ? 'design' : 'coding' }])[id];

const KNOWN = new Set(['dedupe-list', 'are-anagrams', 'wish-list-api']);
const file = (records: Record<string, unknown>, extra: object = {}) =>
  JSON.stringify({ app: 'techscreen', version: 2, exportedAt: 'x', records: Object.fromEntries(Object.entries(records).map(([k, value]) => [k, { updatedAt: 2000, value }])), ...extra });
const plan = (text: string) => {
  const p = planImport(text, KNOWN);
  if (!p.ok) throw new Error(p.message);
  return p;
};

/** Real progress: a solved problem with its history, a draft, a design. */
async function withProgress() {
  await freshStore();
  recordAttempt('dedupe-list', { ...ACCEPTED, at: 10 });
  recordAttempt('dedupe-list', { ...ACCEPTED, at: 20, verdict: 'wrong-answer', passed: 3 });
  saveDraft('dedupe-list', 'javascript', 'my solved code');
}

beforeEach(withProgress);

describe('importing a file', () => {
  it('never applies a damaged record over a good one, and says which it skipped and why', () => {
    const p = plan(file({ 'problem:dedupe-list': { attempts: 'broken' }, 'draft:are-anagrams:javascript': { code: 'new' } }));
    expect(p.skipped).toEqual([{ key: 'problem:dedupe-list', reason: expect.stringMatching(/^damaged: attempts/) }]);
    expect(p.summary).toMatch(/0 will be replaced, 1 added, .*1 record skipped: problem:dedupe-list \(damaged/);
    applyImport(p);
    expect(progressMark('dedupe-list')).toBe('missed'); // its latest submit (at 20) failed
    expect(loadProblemState('dedupe-list').attempts).toHaveLength(2);
    expect(loadDraft('are-anagrams', 'javascript')).toBe('new');
  });

  it('merges progress instead of replacing it: an empty record wipes nothing', () => {
    expect(plan(file({ 'problem:dedupe-list': {} })).changes).toEqual([]);
    const p = plan(file({ 'problem:dedupe-list': { attempts: [{ ...ACCEPTED, at: 30 }], hintsShown: 2 } }));
    expect(p.changes.map((c) => c.kind)).toEqual(['merge']);
    applyImport(p);
    const state = loadProblemState('dedupe-list');
    expect(state.attempts.map((a) => a.at)).toEqual([30, 20, 10]);
    expect(state.hintsShown).toBe(2);
  });

  it('refuses files that hold nothing, are not JSON, are not ours, or are too large, changing nothing', () => {
    const before = JSON.stringify(getStore().exportAll().records);
    for (const [text, why] of [
      [file({}), /no saved records/],
      ['{"app":"techscreen","version":1,"data":{}}', /no saved records/],
      ['not json', /not JSON/],
      ['{"app":"other","version":2,"records":{}}', /not a Techscreen export \(app:/],
      ['{"app":"techscreen","version":7,"records":[]}', /version 7/],
      ['x'.repeat(IMPORT_LIMITS.fileChars + 1), /too large/],
    ] as const) {
      const p = planImport(text, KNOWN);
      expect(p.ok).toBe(false);
      if (!p.ok) expect(p.message).toMatch(why);
    }
    expect(JSON.stringify(getStore().exportAll().records)).toBe(before);
  });

  it('skips hostile and unknown keys: prototype names, unknown problems, huge keys, nested __proto__', () => {
    const text = `{"app":"techscreen","version":2,"records":{
      "constructor":{"updatedAt":1,"value":{}},
      "__proto__":{"updatedAt":1,"value":{"polluted":true}},
      "draft:no-such-problem:javascript":{"updatedAt":1,"value":{"code":"x"}},
      "${'k'.repeat(5000)}":{"updatedAt":1,"value":{}},
      "design:wish-list-api":{"updatedAt":1,"value":{"diagram":"flowchart LR","notes":{"__proto__":"x"}}},
      "draft:are-anagrams:javascript":{"updatedAt":1,"value":{"code":"${'y'.repeat(IMPORT_LIMITS.recordChars)}"}},
      "settings":{"updatedAt":1,"value":{"feedback":"exam","theme":"dark"}}}}`;
    const p = plan(text);
    const reason = (start: string) => p.skipped.find((s) => s.key.startsWith(start))?.reason;
    expect(reason('constructor')).toMatch(/not a name Techscreen ever saves/);
    expect(reason('__proto__')).toMatch(/not a name Techscreen ever saves/);
    expect(reason('draft:no-such-problem')).toMatch(/no problem "no-such-problem"/);
    expect(reason('kkkk')).toMatch(/5,000 characters long/);
    expect(reason('design:wish-list-api')).toMatch(/__proto__/);
    expect(reason('draft:are-anagrams')).toMatch(/MB per record/);
    expect(p.skipped).toHaveLength(6);
    expect(p.changes.map((c) => c.key)).toEqual(['settings']);
    applyImport(p);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('asks nothing itself but plans a replacement, keeps the replaced draft, and undoes exactly', () => {
    const p = plan(file({ 'draft:dedupe-list:javascript': { code: 'theirs' }, 'draft:are-anagrams:javascript': { code: 'added' } }));
    expect(p.changes.map((c) => [c.key, c.kind])).toEqual([
      ['draft:dedupe-list:javascript', 'replace'],
      ['draft:are-anagrams:javascript', 'add'],
    ]);
    // Planning touched nothing.
    expect(loadDraft('dedupe-list', 'javascript')).toBe('my solved code');
    const changes: Change[] = [];
    getStore().subscribe((c) => changes.push(c));
    applyImport(p);
    expect(loadDraft('dedupe-list', 'javascript')).toBe('theirs');
    expect(changes.filter((c) => c.origin === 'import').map((c) => c.key)).toEqual(['draft:dedupe-list:javascript', 'draft:are-anagrams:javascript']);
    expect(listKept('draft:dedupe-list:javascript').map((k) => [k.source, (k.value as { code: string }).code])).toEqual([['before-import', 'my solved code']]);
    expect(importBackupAt()).toBeTypeOf('number');
    expect(undoImport()).toEqual({ ok: true, restored: 3 });
    expect(loadDraft('dedupe-list', 'javascript')).toBe('my solved code');
    expect(loadDraft('are-anagrams', 'javascript')).toBeUndefined();
    expect(listKept('draft:dedupe-list:javascript')).toEqual([]);
    expect(importBackupAt()).toBeUndefined();
    expect(undoImport()).toMatchObject({ ok: false });
  });

  it('round-trips an export, and reads files from the older version', async () => {
    const exported = JSON.stringify(getStore().exportAll());
    await freshStore();
    applyImport(plan(exported));
    expect(progressMark('dedupe-list')).toBe('missed'); // its latest submit (at 20) failed
    expect(loadDraft('dedupe-list', 'javascript')).toBe('my solved code');

    await freshStore();
    const v1 = JSON.stringify({
      app: 'techscreen',
      version: 1,
      data: { 'draft:are-anagrams:javascript': { code: 'v1 code', updatedAt: 3 }, 'problem:are-anagrams': { attempts: 'bad' }, 'design:wish-list-api:replaced': { diagram: 'flowchart TD', notes: {}, updatedAt: 1 } },
    });
    const p = plan(v1);
    expect(p.skipped.map((s) => s.key)).toEqual(['problem:are-anagrams']);
    applyImport(p);
    expect(loadDraft('are-anagrams', 'javascript')).toBe('v1 code');
    expect(listKept('design:wish-list-api')).toHaveLength(1);
  });
});
