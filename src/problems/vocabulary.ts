/**
 * The problem vocabulary the first screen needs (skill groups, difficulties, complexity classes), as
 * plain constants: the catalog and the saved-work schemas import these without loading the problem
 * format's zod schemas (schema.ts re-exports them).
 */

/** Skill groups, in the order the catalog shows them. */
export const SKILLS = {
  'hash-maps-and-sets': 'Hash maps and sets',
  'arrays-and-strings': 'Arrays and strings',
  'queues-and-stacks': 'Queues and stacks',
  'sorting-and-top-k': 'Sorting and top-k',
  graphs: 'Graphs',
  'pm-scenarios': 'PM technical scenarios',
  'api-design': 'API design',
  'system-design': 'System design',
  concepts: 'Technical concepts',
  'reading-code': 'Read the code',
  'reading-apis': 'Read the API exchange',
  estimation: 'Estimate the scale',
} as const;
export type Skill = keyof typeof SKILLS;

export const DIFFICULTIES = ['warm-up', 'core', 'stretch'] as const;

export const COMPLEXITY_CLASSES = ['O(1)', 'O(log n)', 'O(n)', 'O(n log n)', 'O(n^2)', 'O(n^3)', 'O(2^n)'] as const;
export type ComplexityClass = (typeof COMPLEXITY_CLASSES)[number];

/**
 * The 16 leadership principle ids, in Amazon's order: each is the principle's name in kebab case (here,
 * not in principles.ts, so the store and the progress marks do not pull the principle parser into the
 * first screen).
 */
export const PRINCIPLE_IDS = [
  'customer-obsession',
  'ownership',
  'invent-and-simplify',
  'are-right-a-lot',
  'learn-and-be-curious',
  'hire-and-develop-the-best',
  'insist-on-the-highest-standards',
  'think-big',
  'bias-for-action',
  'frugality',
  'earn-trust',
  'dive-deep',
  'have-backbone-disagree-and-commit',
  'deliver-results',
  'strive-to-be-earths-best-employer',
  'success-and-scale-bring-broad-responsibility',
] as const;
export type PrincipleId = (typeof PRINCIPLE_IDS)[number];
