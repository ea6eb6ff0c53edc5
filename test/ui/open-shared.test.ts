import { describe, expect, it } from 'vitest';
import { openSharedDraft, restoreOwnDraft } from '../../src/ui/storage/open-shared';
import { listKept } from '../../src/ui/storage/kept-versions';
import { loadDesignDraft, saveDesignDraft } from '../../src/ui/storage/progress';
import { freshStore } from './store-helpers';

const ID = 'wish-list-api';
const own = { diagram: 'flowchart LR\n  me[My own box]', notes: { api: 'mine' } };
const link1 = { diagram: 'flowchart LR\n  l1[Link one]', notes: {} };
const link2 = { diagram: 'flowchart LR\n  l2[Link two]', notes: { metrics: 'two' } };

describe('opening share links', () => {
  it('keeps the user’s own draft restorable after any sequence of links, and every link as its own entry', async () => {
    await freshStore();
    saveDesignDraft(ID, own);
    openSharedDraft(ID, link1);
    expect(loadDesignDraft(ID)?.diagram).toBe(link1.diagram);
    openSharedDraft(ID, link2);
    openSharedDraft(ID, link1);
    const kept = listKept(`design:${ID}`);
    expect(kept.filter((k) => k.source === 'own-draft').map((k) => (k.value as typeof own).diagram)).toEqual([own.diagram]);
    expect(kept.filter((k) => k.source === 'shared-link').map((k) => (k.value as typeof own).diagram).sort()).toEqual([link1.diagram, link2.diagram].sort());
    expect(restoreOwnDraft(ID, loadDesignDraft(ID)!)?.diagram).toBe(own.diagram);
    expect(loadDesignDraft(ID)?.diagram).toBe(own.diagram);
  });

  it('keeps edits made to a shared draft when the next link opens', async () => {
    await freshStore();
    saveDesignDraft(ID, own);
    openSharedDraft(ID, link1);
    const edited = { ...link1, notes: { api: 'edited after opening link 1' } };
    saveDesignDraft(ID, edited);
    openSharedDraft(ID, link2);
    const diagrams = listKept(`design:${ID}`).map((k) => (k.value as typeof own).notes.api);
    expect(diagrams).toContain('edited after opening link 1');
    expect(diagrams).toContain('mine');
  });

  it('changes nothing when the link holds the same draft', async () => {
    await freshStore();
    saveDesignDraft(ID, own);
    expect(openSharedDraft(ID, own).message).toMatch(/same as yours/);
    expect(listKept(`design:${ID}`)).toEqual([]);
  });
});
