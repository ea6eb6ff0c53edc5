import { describe, expect, it } from 'vitest';
import { mergeDesign } from '../../src/ui/storage/merge-notes';

const base = { diagram: 'flowchart LR\n  a --> b', notes: { api: 'GET /lists', metrics: '' } };

describe('merging two tabs’ design drafts per section', () => {
  it('takes each side’s own sections when they changed different ones', () => {
    const mine = { ...base, notes: { ...base.notes, api: 'GET /lists?cursor=' } };
    const theirs = { ...base, diagram: 'flowchart LR\n  a --> b --> c', notes: { ...base.notes, metrics: 'p99 latency' } };
    const r = mergeDesign(base, mine, theirs);
    expect(r).toEqual({ ok: true, merged: { diagram: theirs.diagram, notes: { api: 'GET /lists?cursor=', metrics: 'p99 latency' } }, fromTheirs: ['diagram', 'notes.metrics'] });
  });

  it('merges nothing when both changed the same section differently', () => {
    const mine = { ...base, notes: { api: 'PUT /items' } };
    const theirs = { ...base, notes: { api: 'POST /items' }, diagram: 'flowchart TD' };
    expect(mergeDesign(base, mine, theirs)).toEqual({ ok: false, clashes: ['notes.api'] });
  });

  it('treats the same change on both sides as no clash, and a section cleared on one side as a change', () => {
    const same = { ...base, notes: { api: 'X' } };
    expect(mergeDesign(base, same, same)).toMatchObject({ ok: true, merged: { notes: { api: 'X' } }, fromTheirs: [] });
    const cleared = { ...base, notes: {} };
    expect(mergeDesign(base, base, cleared)).toMatchObject({ ok: true, merged: { notes: {} }, fromTheirs: ['notes.api'] });
  });
});
