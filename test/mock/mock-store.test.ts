// @vitest-environment jsdom
import { beforeEach, describe, expect, it } from 'vitest';
import { exportAll, importAll, takeStoreNotices } from '../../src/ui/storage/local-store';
import { activeMockId, listMocks, loadConceptPractice, loadMock, recordConceptReview, saveConceptAnswer, saveMock, setActiveMock } from '../../src/ui/mock/mock-store';
import { finishedMock, T0 } from './fixtures';

beforeEach(() => {
  localStorage.clear();
  takeStoreNotices();
});

describe('the mock store', () => {
  it('survives export and import of progress', () => {
    saveMock(finishedMock());
    saveMock(finishedMock({ id: 'mlater', createdAt: T0 + 1000 }));
    setActiveMock('mlater');
    saveConceptAnswer('concept-rollback', 'Redeploy the previous version.');
    recordConceptReview('concept-rollback', { at: T0, met: 1, total: 5, missed: ['flags'] });
    const file = JSON.stringify(exportAll());
    localStorage.clear();
    expect(listMocks()).toEqual([]);
    expect(importAll(file)).toEqual({ ok: true, count: 4 });
    expect(listMocks().map((m) => m.id)).toEqual(['mlater', 'mtest']);
    expect(loadMock('mtest')).toEqual(finishedMock());
    expect(activeMockId()).toBe('mlater');
    expect(loadConceptPractice('concept-rollback')).toMatchObject({ answer: 'Redeploy the previous version.', reviews: [{ met: 1, missed: ['flags'] }] });
  });

  it('sets a corrupt mock aside with a notice instead of crashing', () => {
    localStorage.setItem('techscreen:v1:mock:record:bad', JSON.stringify({ version: 1, id: 'bad', parts: 'nope' }));
    expect(listMocks()).toEqual([]);
    expect(takeStoreNotices()[0].message).toMatch(/mock:record:bad.*set aside/);
  });
});
