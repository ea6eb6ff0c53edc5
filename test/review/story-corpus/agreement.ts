/**
 * Scores the story review against the blind corpus (stories and labels written by someone who had not
 * seen the review): agreement per part, first person within ±0.15, measurable outcomes, exit code and
 * principles (at least one in common). Shared by the corpus test and the benchmark.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Principle } from '../../../src/problems/principles';
import { STORY_PARTS, reviewStory, type StoryPart } from '../../../src/review/story/story-review';

export type Label = {
  kind: string;
  parts: Record<StoryPart, boolean>;
  firstPersonShare: number;
  metrics: string[];
  exit: 0 | 1;
  principles: string[];
  note?: string;
};

const NUMBER_WORDS: Record<string, string> = { zero: '0', one: '1', two: '2', three: '3', four: '4', five: '5', six: '6', seven: '7', eight: '8', nine: '9', ten: '10', eleven: '11', twelve: '12', fifteen: '15', twenty: '20', thirty: '30', forty: '40', fifty: '50', sixty: '60', seventy: '70', eighty: '80', ninety: '90', hundred: '100', half: '0.5', third: '0.33', quarter: '0.25', twice: '2', double: '2', doubled: '2', halved: '0.5' };

/** The numbers a measure states, normalised ("forty percent" and "40%" agree). */
export function numbersOf(text: string): string[] {
  const out: string[] = [];
  for (const m of text.toLowerCase().matchAll(/\d[\d,]*(?:\.\d+)?|[a-z]+/g)) {
    const t = m[0];
    if (/^\d/.test(t)) out.push(String(Number(t.replace(/,/g, ''))));
    else if (NUMBER_WORDS[t]) out.push(NUMBER_WORDS[t]);
  }
  return out;
}

/** Two lists of measures agree when each measure on one side shares a number with one on the other. */
export function metricsAgree(found: string[], expected: string[]): boolean {
  const norm = (t: string) => t.toLowerCase().replace(/[^a-z0-9]+/g, ' ').trim();
  const same = (m: string, x: string) => {
    const n = numbersOf(m);
    if (n.length === 0) return norm(x).includes(norm(m)) || norm(m).includes(norm(x));
    return numbersOf(x).some((v) => n.includes(v));
  };
  const covers = (a: string[], b: string[]) => a.every((m) => b.some((x) => same(m, x)));
  return covers(found, expected) && covers(expected, found);
}

/**
 * The stricter reading the held-back scoring uses: as many measures as the coach quoted, each one
 * containing or contained in one of the coach's (so two outcomes quoted as one do not agree).
 */
export function metricsQuoted(found: string[], expected: string[]): boolean {
  const norm = (t: string) => t.toLowerCase().replace(/[^a-z0-9%$.]+/g, ' ').trim();
  const got = found.map(norm);
  return found.length === expected.length && expected.map(norm).every((w) => got.some((g) => g.includes(w) || w.includes(g)));
}

export type CorpusRow = { name: string; label: Label; parts: Record<StoryPart, boolean>; firstPersonShare: number; metrics: string[]; exit: 0 | 1; principles: string[] };

export function runCorpus(dir: string, principles: Principle[]) {
  const labels = JSON.parse(readFileSync(join(dir, 'labels.json'), 'utf8')) as Record<string, Label>;
  const rows: CorpusRow[] = [];
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.md')).sort()) {
    const name = file.replace(/\.md$/, '');
    const label = labels[name];
    if (!label) continue;
    const r = reviewStory(readFileSync(join(dir, file), 'utf8'), principles);
    rows.push({ name, label, parts: Object.fromEntries(STORY_PARTS.map((p) => [p, r.parts[p].present])) as Record<StoryPart, boolean>, firstPersonShare: r.firstPersonShare, metrics: r.metrics, exit: r.complete ? 0 : 1, principles: r.principles.map((p) => p.id) });
  }
  const share = (ok: (row: CorpusRow) => boolean) => rows.filter(ok).length / rows.length;
  const agreement = {
    ...Object.fromEntries(STORY_PARTS.map((p) => [p, share((row) => row.parts[p] === row.label.parts[p])])),
    firstPerson: share((row) => Math.abs(row.firstPersonShare - row.label.firstPersonShare) <= 0.15),
    metrics: share((row) => metricsAgree(row.metrics, row.label.metrics)),
    metricsQuoted: share((row) => metricsQuoted(row.metrics, row.label.metrics)),
    exit: share((row) => row.exit === row.label.exit),
    principles: share((row) => row.principles.some((p) => row.label.principles.includes(p))),
  } as Record<StoryPart | 'firstPerson' | 'metrics' | 'metricsQuoted' | 'exit' | 'principles', number>;
  const disagreements = rows.flatMap((row) => [
    ...STORY_PARTS.filter((p) => row.parts[p] !== row.label.parts[p]).map((p) => `${row.name}: ${p} ${row.parts[p] ? 'found' : 'not found'} (label: ${row.label.parts[p]})`),
    ...(Math.abs(row.firstPersonShare - row.label.firstPersonShare) > 0.15 ? [`${row.name}: first person ${row.firstPersonShare} (label ${row.label.firstPersonShare})`] : []),
    ...(!metricsQuoted(row.metrics, row.label.metrics) ? [`${row.name}: metrics ${JSON.stringify(row.metrics)} (label ${JSON.stringify(row.label.metrics)})`] : []),
    ...(row.exit !== row.label.exit ? [`${row.name}: exit ${row.exit} (label ${row.label.exit})`] : []),
    ...(!row.principles.some((p) => row.label.principles.includes(p)) ? [`${row.name}: principles ${row.principles.join(', ')} (label ${row.label.principles.join(', ')})`] : []),
  ]);
  return { rows, agreement, disagreements };
}
