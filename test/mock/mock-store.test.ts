// @vitest-environment jsdom
import { beforeEach, describe, expect, it } from 'vitest';
import { getStore } from '../../src/ui/storage/store';
import { applyImport, planImport } from '../../src/ui/storage/import-plan';
import { env, freshStore } from '../ui/store-helpers';
import { activeMockId, listMocks, loadConceptPractice, loadMock, recordConceptReview, saveConceptAnswer, saveMock, setActiveMock } from '../../src/ui/mock/mock-store';
import { finishedMock, T0 } from './fixtures';

beforeEach(() => localStorage.clear());

describe('the mock store', () => {
  it('survives export and import of progress', async () => {
    await freshStore();
    saveMock(finishedMock());
    saveMock(finishedMock({ id: 'mlater', createdAt: T0 + 1000 }));
    setActiveMock('mlater');
    saveConceptAnswer('concept-rollback', 'Redeploy the previous version.');
    recordConceptReview('concept-rollback', { at: T0, met: 1, total: 5, missed: ['flags'] });
    const file = JSON.stringify(getStore().exportAll());
    await freshStore();
    expect(listMocks()).toEqual([]);
    const plan = planImport(file, new Set(['concept-rollback']));
    if (!plan.ok) throw new Error(plan.message);
    expect(plan.changes.map((c) => c.key).sort()).toEqual(['concept:concept-rollback', 'mock:active', 'mock:record:mlater', 'mock:record:mtest']);
    expect(applyImport(plan)).toEqual({ applied: 4 });
    expect(listMocks().map((m) => m.id)).toEqual(['mlater', 'mtest']);
    expect(loadMock('mtest')).toEqual(finishedMock());
    expect(activeMockId()).toBe('mlater');
    expect(loadConceptPractice('concept-rollback')).toMatchObject({ answer: 'Redeploy the previous version.', reviews: [{ met: 1, missed: ['flags'] }] });
  });

  it('sets a corrupt mock aside with a notice instead of crashing', async () => {
    await freshStore({ 'mock:record:bad': env({ version: 1, id: 'bad', parts: 'nope' }) });
    expect(listMocks()).toEqual([]);
    expect(getStore().notices()[0].message).toMatch(/a past mock.*kept aside/);
  });
});
