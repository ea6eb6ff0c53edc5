/**
 * compromise compiles the match patterns it uses inside `verbs()` (and every `has()` and `match()`)
 * again on each call: for a story that was a fifth of the review's time. The compilation is pure and
 * its result is only read, so each pattern string is compiled once and kept. Installed once, when the
 * story review is first loaded; it changes no result (the story corpora's verdicts are identical).
 */
import nlp from 'compromise';

type ParseMatch = (regs: string, opts: unknown, world: unknown) => unknown;
type World = { methods: { one: { parseMatch: ParseMatch & { cached?: true } } } };

const MAX_PATTERNS = 2000;

export function cacheMatchPatterns(): void {
  const one = (nlp.world() as unknown as World).methods.one;
  if (one.parseMatch.cached) return;
  const compile = one.parseMatch;
  const kept = new Map<string, unknown>();
  const cached: ParseMatch = (regs, opts, world) => {
    // Only plain patterns with no options are kept; anything else compiles as before.
    if (typeof regs !== 'string' || (opts && Object.keys(opts as object).length)) return compile(regs, opts, world);
    let hit = kept.get(regs);
    if (hit === undefined) {
      hit = compile(regs, opts, world);
      if (kept.size < MAX_PATTERNS) kept.set(regs, hit);
    }
    return hit;
  };
  one.parseMatch = Object.assign(cached, { cached: true as const });
}
