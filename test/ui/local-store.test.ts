// @vitest-environment jsdom
import { beforeEach, describe, expect, it } from 'vitest';
import { exportAll, importAll, takeStoreNotices } from '../../src/ui/storage/local-store';
import { loadDraft, loadProblemState, progressMark, recordAttempt, saveDesignDraft, saveDraft } from '../../src/ui/storage/progress';

beforeEach(() => {
  localStorage.clear();
  takeStoreNotices();
});

describe('local progress store', () => {
  it('keeps drafts per problem and language', () => {
    saveDraft('dedupe-list', 'javascript', 'js code');
    saveDraft('dedupe-list', 'typescript', 'ts code');
    expect(loadDraft('dedupe-list', 'javascript')).toBe('js code');
    expect(loadDraft('dedupe-list', 'typescript')).toBe('ts code');
    expect(loadDraft('are-anagrams', 'javascript')).toBeUndefined();
  });

  it('derives progress marks from attempts', () => {
    expect(progressMark('dedupe-list')).toBe('not-started');
    recordAttempt('dedupe-list', { at: 1, mode: 'run', verdict: 'wrong-answer', passed: 0, total: 2, language: 'javascript' });
    expect(progressMark('dedupe-list')).toBe('attempted');
    recordAttempt('dedupe-list', { at: 2, mode: 'submit', verdict: 'accepted', passed: 12, total: 12, language: 'javascript' });
    expect(progressMark('dedupe-list')).toBe('accepted');
    expect(loadProblemState('dedupe-list').attempts.map((a) => a.at)).toEqual([2, 1]);
  });

  it('marks a design prompt solved when a review met every rubric item', () => {
    saveDesignDraft('wish-list-api', { diagram: 'flowchart LR', notes: {}, review: { met: 3, total: 12 } });
    expect(progressMark('wish-list-api')).toBe('attempted');
    saveDesignDraft('wish-list-api', { diagram: 'flowchart LR', notes: {}, review: { met: 12, total: 12 } });
    expect(progressMark('wish-list-api')).toBe('accepted');
  });

  it('sets a corrupt value aside with a notice instead of dropping it', () => {
    localStorage.setItem('techscreen:v1:problem:dedupe-list', '{"attempts": "not a list"');
    expect(loadProblemState('dedupe-list').attempts).toEqual([]);
    const notices = takeStoreNotices();
    expect(notices).toHaveLength(1);
    expect(notices[0].message).toMatch(/set aside/);
    const aside = Object.keys(localStorage).find((k) => k.startsWith('techscreen:corrupt:'));
    expect(aside && localStorage.getItem(aside)).toBe('{"attempts": "not a list"');
    expect(localStorage.getItem('techscreen:v1:problem:dedupe-list')).toBeNull();
  });

  it('exports everything and imports it back', () => {
    saveDraft('dedupe-list', 'javascript', 'mine');
    recordAttempt('dedupe-list', { at: 5, mode: 'submit', verdict: 'accepted', passed: 1, total: 1, language: 'javascript' });
    const file = JSON.stringify(exportAll());
    localStorage.clear();
    expect(importAll(file)).toEqual({ ok: true, count: 2 });
    expect(loadDraft('dedupe-list', 'javascript')).toBe('mine');
    expect(progressMark('dedupe-list')).toBe('accepted');
  });

  it('explains why a file cannot be imported', () => {
    expect(importAll('not json')).toMatchObject({ ok: false, message: expect.stringMatching(/not JSON/) });
    expect(importAll('{"app":"other","version":1,"data":{}}')).toMatchObject({ ok: false, message: expect.stringMatching(/not a Techscreen export \(app:/) });
  });
});
