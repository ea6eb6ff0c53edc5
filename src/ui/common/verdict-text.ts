/** Verdict names and their words for people. Kept in the UI layer: the engine's names are the contract. */
export const VERDICT_NAMES = ['accepted', 'wrong-answer', 'runtime-error', 'time-limit', 'memory-limit', 'output-limit', 'compile-error'] as const;
export type VerdictName = (typeof VERDICT_NAMES)[number];

export const VERDICT_LABEL: Record<VerdictName, string> = {
  accepted: 'Accepted',
  'wrong-answer': 'Wrong answer',
  'runtime-error': 'Runtime error',
  'time-limit': 'Time limit',
  'memory-limit': 'Memory limit',
  'output-limit': 'Output limit',
  'compile-error': 'Compile error',
};

export const VERDICT_TONE: Record<VerdictName, 'good' | 'bad' | 'warn'> = {
  accepted: 'good',
  'wrong-answer': 'bad',
  'runtime-error': 'bad',
  'time-limit': 'warn',
  'memory-limit': 'warn',
  'output-limit': 'warn',
  'compile-error': 'bad',
};
