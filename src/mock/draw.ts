/**
 * Draws a balanced mock screen: one coding problem (with its complexity explanation), one design
 * prompt (API or system), two or three concept questions and one short read-the-code, read-the-API or
 * estimate question, avoiding items the user already solved
 * where the catalog allows, and the same set for the same seed on every machine. Pure.
 */
import type { PartKind } from './record';

export type DrawItem = {
  id: string;
  kind: PartKind;
  title: string;
  skill: string;
  difficulty: 'warm-up' | 'core' | 'stretch';
  /** Design prompts: 'api', 'system' or 'api-and-system'. */
  designKind?: string;
  /** Question parts: which kind of question. */
  questionKind?: 'trace' | 'api' | 'estimate';
};

export type PlannedPart = { kind: PartKind; item: DrawItem; minutes: number; reusedSolved: boolean; question?: string; probe?: string; weak?: boolean };
export type MockPlan = { minutes: number; parts: PlannedPart[] };

/** The three lengths offered, and how each splits its time (minutes) between the parts. */
export const MOCK_LENGTHS = {
  30: { coding: 12, design: 7, concept: 4, concepts: 2, question: 3 },
  45: { coding: 18, design: 12, concept: 4, concepts: 3, question: 3 },
  60: { coding: 23, design: 18, concept: 5, concepts: 3, question: 4 },
} as const;
export type MockLength = keyof typeof MOCK_LENGTHS;

/** Which coding difficulties suit each length, best first. */
const CODING_LEVELS: Record<MockLength, DrawItem['difficulty'][]> = {
  30: ['warm-up', 'core'],
  45: ['core'],
  60: ['core', 'stretch'],
};

/** A small, well-known 32-bit generator (mulberry32), seeded from a string hash (FNV-1a). */
export function seededRandom(seed: string): () => number {
  let h = 0x811c9dc5;
  for (let i = 0; i < seed.length; i++) {
    h ^= seed.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  let a = h >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A shuffled copy; sorted by id first so the catalog's order never changes the draw. */
function shuffled<T extends { id: string }>(items: T[], random: () => number): T[] {
  const out = [...items].sort((a, b) => a.id.localeCompare(b.id));
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}

/** Unsolved candidates first (in drawn order), then solved ones, so "avoid solved" holds where it can. */
function pick<T extends DrawItem>(candidates: T[], count: number, solved: ReadonlySet<string>, random: () => number): { item: T; reusedSolved: boolean }[] {
  const order = shuffled(candidates, random);
  const fresh = order.filter((c) => !solved.has(c.id));
  const old = order.filter((c) => solved.has(c.id));
  return [...fresh, ...old].slice(0, count).map((item) => ({ item, reusedSolved: solved.has(item.id) }));
}

/**
 * The balanced set for a mock of `minutes` (30, 45 or 60), deterministic for `seed`.
 *
 * - coding: a problem whose difficulty suits the length (any difficulty if none is left);
 * - design: an API or a system prompt, the kind chosen by the seed (the other kind if none exists);
 * - concepts: two for 30 minutes, three for 45 and 60, all different;
 * - question: one trace, api or estimate question (its kind chosen by the seed); a catalog without
 *   any gives its minutes to the coding part.
 *
 * Items in `solved` are used only when nothing unsolved of that kind is left; such parts are
 * marked `reusedSolved` so the page can say so.
 *
 * @throws Error when the catalog has no coding problem, no design prompt or too few concept questions
 */
export function drawMock(catalog: DrawItem[], minutes: MockLength, seed: string, solved: ReadonlySet<string> = new Set()): MockPlan {
  const random = seededRandom(`${seed}:${minutes}`);
  const split = MOCK_LENGTHS[minutes];
  const coding = catalog.filter((i) => i.kind === 'coding');
  const designs = catalog.filter((i) => i.kind === 'design');
  const concepts = catalog.filter((i) => i.kind === 'concept');
  if (coding.length === 0 || designs.length === 0 || concepts.length < split.concepts) {
    throw new Error(`A mock needs at least one coding problem, one design prompt and ${split.concepts} concept questions; the catalog has ${coding.length}, ${designs.length} and ${concepts.length}.`);
  }

  // Prefer a level that suits the length, then any level; unsolved before solved within each.
  const levels = CODING_LEVELS[minutes];
  const suited = coding.filter((c) => levels.includes(c.difficulty));
  const codingPick =
    pick(suited.filter((c) => !solved.has(c.id)), 1, solved, random)[0] ??
    pick(coding.filter((c) => !solved.has(c.id)), 1, solved, random)[0] ??
    pick(suited.length ? suited : coding, 1, solved, random)[0];

  const wantApi = random() < 0.5;
  const isApi = (d: DrawItem) => d.designKind === 'api' || d.skill === 'api-design';
  const preferred = designs.filter((d) => isApi(d) === wantApi);
  const designPick =
    pick(preferred.filter((d) => !solved.has(d.id)), 1, solved, random)[0] ?? pick(designs, 1, solved, random)[0];

  const conceptPicks = pick(concepts, split.concepts, solved, random);
  // Drawn last so adding questions to a catalog never changes which coding, design and concept items a seed gives.
  const questions = catalog.filter((i) => i.kind === 'question');
  const questionPick = questions.length ? pick(questions, 1, solved, random)[0] : undefined;
  const codingMinutes = split.coding + (questionPick ? 0 : split.question);
  return {
    minutes,
    parts: [
      { kind: 'coding', item: codingPick.item, minutes: codingMinutes, reusedSolved: codingPick.reusedSolved },
      { kind: 'design', item: designPick.item, minutes: split.design, reusedSolved: designPick.reusedSolved },
      ...conceptPicks.map((p) => ({ kind: 'concept' as const, item: p.item, minutes: split.concept, reusedSolved: p.reusedSolved })),
      ...(questionPick ? [{ kind: 'question' as const, item: questionPick.item, minutes: split.question, reusedSolved: questionPick.reusedSolved }] : []),
    ],
  };
}

/**
 * The same parts on a shorter or longer clock (the "mock duration" setting), each part keeping its
 * share of the total. Used by the browser test's short mock, and by anyone who wants a 20-minute drill.
 */
export function scalePlan(plan: MockPlan, totalMinutes: number): MockPlan {
  const factor = totalMinutes / plan.parts.reduce((sum, p) => sum + p.minutes, 0);
  return { minutes: totalMinutes, parts: plan.parts.map((p) => ({ ...p, minutes: p.minutes * factor })) };
}

/** The whole phone screen: two leadership-principle questions (~15 minutes each) before the technical half. */
export const FULL_SCREEN = { minutes: 60, technical: 30, principle: 15, principles: 2 } as const;

export type PrincipleItem = { id: string; name: string; questions: readonly string[]; probes: readonly string[] };
export type PlannedPrinciple = { item: PrincipleItem; question: string; probe: string; minutes: number; weak: boolean };

/**
 * Draws the leadership-principle questions of a full screen, deterministic for `seed`: principles the user
 * is weak on (`weak`, weakest first) come first, then the rest in drawn order; each gets one of its
 * questions and one of its probes as the follow-up.
 */
export function drawPrinciples(principles: readonly PrincipleItem[], seed: string, weak: readonly string[] = [], count: number = FULL_SCREEN.principles): PlannedPrinciple[] {
  const random = seededRandom(`${seed}:principles`);
  const order = shuffled([...principles], random);
  const weakFirst = [...weak.flatMap((id) => order.filter((p) => p.id === id)), ...order.filter((p) => !weak.includes(p.id))];
  return weakFirst.slice(0, count).map((item) => ({
    item,
    question: item.questions[Math.floor(random() * item.questions.length)],
    probe: item.probes[Math.floor(random() * item.probes.length)],
    minutes: FULL_SCREEN.principle,
    weak: weak.includes(item.id),
  }));
}

/**
 * The whole phone screen: the principle questions first (as most screens open), then the technical half
 * of `technical` (a 30-minute plan), on one clock of `FULL_SCREEN.minutes`.
 */
export function withPrinciples(technical: MockPlan, principles: PlannedPrinciple[]): MockPlan {
  const lp: PlannedPart[] = principles.map((p) => ({
    kind: 'principle',
    item: { id: p.item.id, kind: 'principle', title: p.item.name, skill: 'leadership-principles', difficulty: 'core' },
    minutes: p.minutes,
    reusedSolved: false,
    question: p.question,
    probe: p.probe,
    weak: p.weak,
  }));
  return { minutes: technical.minutes + lp.reduce((s, p) => s + p.minutes, 0), parts: [...lp, ...technical.parts] };
}
