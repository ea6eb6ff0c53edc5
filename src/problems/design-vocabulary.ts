/**
 * The small shared names of design work: the kinds of component a rubric can ask for and the sections
 * of a design's notes. Problem files are validated against them (`schema.ts`) and the reviews read
 * diagrams and notes with them (`src/review`), so they live here, below both. The words and product
 * names that recognise each kind stay with the reader in `src/review/component-vocabulary.ts`.
 */

/** The kinds of component a design rubric can ask for. */
export const COMPONENT_KINDS = [
  'client',
  'gateway',
  'load-balancer',
  'service',
  'database',
  'cache',
  'queue',
  'stream',
  'cdn',
  'search-index',
  'object-storage',
  'worker',
  'auth',
  'monitoring',
  'notification-provider',
] as const;
export type ComponentKind = (typeof COMPONENT_KINDS)[number];

/** The sections of a design's notes, in the order the page shows them. */
export const NOTE_SECTIONS = [
  { id: 'requirements', title: 'Requirements and clarifying questions' },
  { id: 'api', title: 'API' },
  { id: 'data-model', title: 'Data model' },
  { id: 'trade-offs', title: 'Trade-offs' },
  { id: 'nfrs', title: 'Non-functional requirements' },
  { id: 'metrics', title: 'Metrics' },
] as const;
export type NoteSectionId = (typeof NOTE_SECTIONS)[number]['id'];
