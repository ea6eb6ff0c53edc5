import type { DesignDraft } from './schemas';

/** The parts of a design draft that merge independently: the diagram and each notes section. */
type Part = string;
const parts = (d: DesignDraft): Map<Part, string> => {
  const m = new Map<Part, string>([['diagram', d.diagram]]);
  for (const [k, v] of Object.entries(d.notes)) if (v !== '') m.set(`notes.${k}`, v);
  return m;
};

export type MergeResult = { ok: true; merged: DesignDraft; fromTheirs: string[] } | { ok: false; clashes: string[] };

/**
 * Three-way merge of two edits of one design draft, part by part: a part changed on one side only takes
 * that side; a part both sides changed differently is a clash, and then nothing is merged at all.
 */
export function mergeDesign(base: DesignDraft, mine: DesignDraft, theirs: DesignDraft): MergeResult {
  const b = parts(base);
  const m = parts(mine);
  const t = parts(theirs);
  const all = new Set([...b.keys(), ...m.keys(), ...t.keys()]);
  const out = new Map<Part, string>();
  const clashes: string[] = [];
  const fromTheirs: string[] = [];
  for (const part of all) {
    const bv = b.get(part) ?? '';
    const mv = m.get(part) ?? '';
    const tv = t.get(part) ?? '';
    if (mv === tv || tv === bv) out.set(part, mv);
    else if (mv === bv) {
      out.set(part, tv);
      fromTheirs.push(part);
    } else clashes.push(part);
  }
  if (clashes.length) return { ok: false, clashes };
  const notes: Record<string, string> = {};
  for (const [part, v] of out) if (part.startsWith('notes.') && v !== '') notes[part.slice(6)] = v;
  return { ok: true, merged: { diagram: out.get('diagram') ?? '', notes, review: mine.review ?? theirs.review }, fromTheirs };
}
