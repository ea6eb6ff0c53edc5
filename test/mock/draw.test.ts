import { describe, expect, it } from 'vitest';
import { listProblemIds, loadProblemFolder } from '../../src/cli/load-problems';
import { drawMock, scalePlan, seededRandom, type DrawItem } from '../../src/mock/draw';

/** The real catalog, as the browser's catalog lists it. */
const catalog: DrawItem[] = listProblemIds().flatMap((id) => {
  const p = loadProblemFolder(id).problem;
  if (!p) return [];
  const question = p.kind === 'trace' || p.kind === 'api' || p.kind === 'estimate';
  return [{ id: p.id, kind: question ? ('question' as const) : p.kind, questionKind: question ? p.kind : undefined, title: p.title, skill: p.skill, difficulty: p.difficulty, designKind: p.kind === 'design' ? p.designKind : undefined }];
});
const ids = (plan: ReturnType<typeof drawMock>) => plan.parts.map((p) => p.item.id);

describe('the mock draw', () => {
  it.each([30, 45, 60] as const)('is balanced for %i minutes: one coding, one design, 2–3 concepts, times adding up', (minutes) => {
    const plan = drawMock(catalog, minutes, 'seed-1');
    const kinds = plan.parts.map((p) => p.kind);
    expect(kinds.filter((k) => k === 'coding')).toHaveLength(1);
    expect(kinds.filter((k) => k === 'design')).toHaveLength(1);
    expect(kinds.filter((k) => k === 'concept')).toHaveLength(minutes === 30 ? 2 : 3);
    expect(new Set(ids(plan)).size).toBe(plan.parts.length);
    expect(plan.parts.reduce((s, p) => s + p.minutes, 0)).toBe(minutes);
    for (const p of plan.parts) expect(p.item.kind).toBe(p.kind);
  });

  it('is deterministic for a seed, and different seeds give different sets', () => {
    expect(ids(drawMock(catalog, 45, 'abc'))).toEqual(ids(drawMock(catalog, 45, 'abc')));
    // Catalog order never matters.
    expect(ids(drawMock([...catalog].reverse(), 45, 'abc'))).toEqual(ids(drawMock(catalog, 45, 'abc')));
    const sets = new Set(Array.from({ length: 20 }, (_, i) => ids(drawMock(catalog, 45, `s${i}`)).join(',')));
    expect(sets.size).toBeGreaterThan(15);
  });

  it('suits the coding difficulty to the length', () => {
    for (let i = 0; i < 30; i++) {
      expect(['warm-up', 'core']).toContain(drawMock(catalog, 30, `d${i}`).parts[0].item.difficulty);
      expect(drawMock(catalog, 45, `d${i}`).parts[0].item.difficulty).toBe('core');
    }
  });

  it('draws both API and system design prompts across seeds', () => {
    const kinds = new Set(Array.from({ length: 40 }, (_, i) => drawMock(catalog, 30, `k${i}`).parts[1].item.skill));
    expect(kinds).toEqual(new Set(['api-design', 'system-design']));
  });

  it('avoids solved items while unsolved ones remain, and says when it had to reuse', () => {
    const first = drawMock(catalog, 60, 'x');
    const solved = new Set(ids(first));
    const second = drawMock(catalog, 60, 'x', solved);
    for (const id of ids(second)) expect(solved.has(id)).toBe(false);
    expect(second.parts.every((p) => !p.reusedSolved)).toBe(true);

    // Everything but one concept solved: that one is drawn first, the rest are reused and marked.
    const concepts = catalog.filter((c) => c.kind === 'concept');
    const allButOne = new Set(catalog.map((c) => c.id).filter((id) => id !== concepts[3].id));
    const third = drawMock(catalog, 30, 'y', allButOne);
    const drawnConcepts = third.parts.filter((p) => p.kind === 'concept');
    expect(drawnConcepts[0]).toMatchObject({ item: { id: concepts[3].id }, reusedSolved: false });
    expect(drawnConcepts[1].reusedSolved).toBe(true);
    expect(third.parts[0].reusedSolved).toBe(true);
  });

  it('refuses a catalog that cannot make a mock, saying what is missing', () => {
    expect(() => drawMock(catalog.filter((c) => c.kind !== 'design'), 30, 's')).toThrow(/one design prompt.*has \d+, 0 and 12/);
  });

  it('scales a plan to a shorter clock, keeping each part\'s share', () => {
    const plan = scalePlan(drawMock(catalog, 30, 's'), 3);
    expect(plan.parts.map((p) => p.minutes)).toEqual([1.2, 0.7, 0.4, 0.4, 0.3].map((m) => expect.closeTo(m, 10)));
  });

  it('adds one short trace, api or estimate question; without any, its minutes go to the coding part', () => {
    const kinds = new Set<string>();
    for (let i = 0; i < 30; i++) {
      const plan = drawMock(catalog, 45, `q${i}`);
      const questions = plan.parts.filter((p) => p.kind === 'question');
      expect(questions).toHaveLength(1);
      kinds.add(questions[0].item.questionKind!);
    }
    expect([...kinds].sort()).toEqual(['api', 'estimate', 'trace']);
    const without = drawMock(catalog.filter((i) => i.kind !== 'question'), 45, 'q1');
    expect(without.parts.some((p) => p.kind === 'question')).toBe(false);
    expect(without.parts[0].minutes).toBe(21);
    expect(without.parts.reduce((s, p) => s + p.minutes, 0)).toBe(45);
    // Adding questions to the catalog never changes the coding, design and concept items a seed draws.
    expect(drawMock(catalog, 45, 'q1').parts.slice(0, 5).map((p) => p.item.id)).toEqual(without.parts.map((p) => p.item.id));
  });

  it('has a seeded generator that is uniform enough to shuffle fairly', () => {
    const r = seededRandom('u');
    const buckets = [0, 0, 0, 0];
    for (let i = 0; i < 4000; i++) buckets[Math.floor(r() * 4)]++;
    for (const b of buckets) expect(b).toBeGreaterThan(850);
  });
});
