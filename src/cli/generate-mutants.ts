import { commonTokens } from '@stryker-mutator/api/plugin';
import type { Logger } from '@stryker-mutator/api/logging';
import { createInstrumenter } from '@stryker-mutator/instrumenter';
import { createInjector } from 'typed-inject';
import type { EquivalentMutant } from '../problems/rules';

/** One standard mutant of a solution: the mutated source and what changed where. */
export type SourceMutant = {
  id: string;
  mutator: string;
  /** 1-based line of the change in the original source. */
  line: number;
  original: string;
  replacement: string;
  /** The original source line the change starts on, trimmed. */
  lineText: string;
  source: string;
};

const quiet: Logger = {
  isTraceEnabled: () => false,
  isDebugEnabled: () => false,
  isInfoEnabled: () => false,
  isWarnEnabled: () => false,
  isErrorEnabled: () => false,
  isFatalEnabled: () => false,
  trace: () => {},
  debug: () => {},
  info: () => {},
  warn: () => {},
  error: () => {},
  fatal: () => {},
};

/** Offset of a 0-based line and column. */
function offsetOf(lineStarts: number[], line: number, column: number): number {
  return lineStarts[line] + column;
}

/**
 * StrykerJS's standard mutants of a JavaScript solution (the instrumenter's own mutators: equality,
 * arithmetic, conditionals, literals, method calls…), each applied to a copy of the source.
 */
export async function generateMutants(source: string, fileName = 'reference.js'): Promise<SourceMutant[]> {
  const instrumenter = createInjector()
    .provideValue(commonTokens.logger, quiet)
    .provideValue(commonTokens.getLogger, () => quiet)
    .injectFunction(createInstrumenter);
  const result = await instrumenter.instrument([{ name: fileName, content: source, mutate: true }], {
    plugins: null,
    excludedMutations: [],
    ignorers: [],
    noHeader: true,
  });
  const lineStarts = [0];
  for (let i = 0; i < source.length; i++) if (source[i] === '\n') lineStarts.push(i + 1);
  return result.mutants.map((m) => {
    const start = offsetOf(lineStarts, m.location.start.line, m.location.start.column);
    const end = offsetOf(lineStarts, m.location.end.line, m.location.end.column);
    return {
      id: m.id,
      mutator: m.mutatorName,
      line: m.location.start.line + 1,
      original: source.slice(start, end),
      lineText: source.slice(lineStarts[m.location.start.line], lineStarts[m.location.start.line + 1] ?? source.length).trim(),
      replacement: m.replacement,
      source: source.slice(0, start) + m.replacement + source.slice(end),
    };
  });
}

/**
 * The listed equivalent mutant this mutant is, if any: matched on mutator, original and replacement
 * (stable when other lines change), and on `context` when the same change appears on several lines.
 */
export function equivalentFor(mutant: SourceMutant, listed: EquivalentMutant[]): EquivalentMutant | undefined {
  return listed.find(
    (e) =>
      e.mutator === mutant.mutator &&
      e.original === mutant.original &&
      e.replacement === mutant.replacement &&
      (e.context === undefined || mutant.lineText.includes(e.context)),
  );
}

/**
 * A small deterministic sample: every `step`-th mutant, starting from a fixed offset. Used by the
 * fast test run; the full run takes every mutant.
 */
export function sampleMutants<T>(mutants: T[], step: number, offset = 0): T[] {
  return mutants.filter((_, i) => i % step === offset % step);
}
