/**
 * Agreement of the concept review with a blind corpus: answers written by someone who saw neither the
 * reader nor the key points' claims, each labelled with what a fair interviewer credits.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadProblemFolder } from '../../src/cli/load-problems';
import type { ConceptQuestion } from '../../src/problems/parse';
import { reviewConceptAnswer } from '../../src/review/concept-review';

export type CorpusAnswer = { id: string; kind: string; text: string; credit: string[]; contradicted: string[]; pile: boolean; note?: string };
export type AnswerResult = {
  question: string;
  answer: CorpusAnswer;
  explained: string[];
  contradicted: string[];
  unsure: string[];
  flagged: boolean;
  agrees: boolean;
  falseCredits: string[];
  missedCredits: string[];
  statuses: Record<string, string>;
};

export const CORPUS_DIR = join(dirname(fileURLToPath(import.meta.url)), 'concept-corpus');

export function loadCorpus(dir = CORPUS_DIR): { question: string; answers: CorpusAnswer[] }[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => JSON.parse(readFileSync(join(dir, f), 'utf8')) as { question: string; answers: CorpusAnswer[] });
}

export function judgeCorpus(dir = CORPUS_DIR, only?: string): AnswerResult[] {
  const out: AnswerResult[] = [];
  for (const { question, answers } of loadCorpus(dir)) {
    if (only && !question.includes(only)) continue;
    const loaded = loadProblemFolder(question);
    if (!loaded.problem) throw new Error(`${question}: ${JSON.stringify(loaded)}`);
    const q = loaded.problem as ConceptQuestion;
    for (const answer of answers) {
      const r = reviewConceptAnswer(answer.text, q.keyPoints);
      const explained = r.findings.filter((f) => f.status === 'explained').map((f) => f.point.id);
      const contradicted = r.findings.filter((f) => f.status === 'contradicted').map((f) => f.point.id);
      const credit = new Set(answer.credit);
      out.push({
        question,
        answer,
        explained,
        contradicted,
        unsure: r.findings.filter((f) => f.unsure).map((f) => f.point.id),
        flagged: r.bareLists.length > 0,
        agrees: explained.length === credit.size && explained.every((id) => credit.has(id)),
        falseCredits: explained.filter((id) => !credit.has(id) || answer.contradicted.includes(id)),
        missedCredits: answer.credit.filter((id) => !explained.includes(id)),
        statuses: Object.fromEntries(r.findings.map((f) => [f.point.id, `${f.status}${f.unsure ? '?' : ''}`])),
      });
    }
  }
  return out;
}

export function summarise(results: AnswerResult[]) {
  const labelledContradictions = results.reduce((n, r) => n + r.answer.contradicted.length, 0);
  const detected = results.reduce((n, r) => n + r.answer.contradicted.filter((id) => r.contradicted.includes(id)).length, 0);
  const piles = results.filter((r) => r.answer.pile);
  return {
    answers: results.length,
    agree: results.filter((r) => r.agrees).length,
    falseCredits: results.reduce((n, r) => n + r.falseCredits.length, 0),
    missedCredits: results.reduce((n, r) => n + r.missedCredits.length, 0),
    contradictionsLabelled: labelledContradictions,
    contradictionsDetected: detected,
    piles: piles.length,
    pilesFlagged: piles.filter((r) => r.flagged).length,
    nonPilesFlagged: results.filter((r) => !r.answer.pile && r.flagged).length,
  };
}
