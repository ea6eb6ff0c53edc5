/**
 * Judges a handed-in mock part with the same tools practice mode uses: the sandbox judge (exam-mode
 * detail only is kept), the growth measurement and complexity review, the rubric check, the concept
 * review. The results are saved on the part, so the scorecard is the same on every later visit.
 */
import { loadProblem } from '../../problems/catalog';
import type { CodingProblem, ConceptQuestion, DesignPrompt } from '../../problems/parse';
import type { CodingEvaluation, ConceptEvaluation, DesignEvaluation, MockPart, PrincipleEvaluation, QuestionEvaluation } from '../../mock/record';
import type { AnswerQuestion } from '../../problems/parse-questions';
import { reviewComplexity } from '../../review/complexity-review';
import { reviewDraft } from '../../review/review-draft';
import type { MermaidLike } from '../../review/diagram-model';
import { getJudgeClient } from '../../worker/browser-client';
import { describeStop, measureGrowth } from '../../worker/measure-growth';
import { judgeRequestFor } from '../../worker/requests';
import { loadMermaid } from '../common/mermaid-loader';
import { NOTE_SECTIONS } from '../design/design-page';

type Evaluated =
  | { kind: 'coding'; evaluation: CodingEvaluation }
  | { kind: 'design'; evaluation: DesignEvaluation }
  | { kind: 'concept'; evaluation: ConceptEvaluation }
  | { kind: 'principle'; evaluation: PrincipleEvaluation }
  | { kind: 'question'; evaluation: QuestionEvaluation };

async function load<K extends 'coding' | 'design' | 'concept'>(id: string, kind: K) {
  const loaded = await loadProblem(id);
  if (!loaded.ok) throw new Error(loaded.errors.join('; '));
  if (loaded.problem.kind !== kind) throw new Error(`"${id}" is a ${loaded.problem.kind} item, not ${kind}`);
  return loaded.problem as K extends 'coding' ? CodingProblem : K extends 'design' ? DesignPrompt : ConceptQuestion;
}

/** The notes as one text, with the section titles the rubric's topics are written against. */
export function designNotesText(notes: Record<string, string>): string {
  return NOTE_SECTIONS.map((s) => `## ${s.title}\n${notes[s.id] ?? ''}`).join('\n\n');
}

async function evaluateCoding(part: Extract<MockPart, { kind: 'coding' }>): Promise<CodingEvaluation> {
  const problem = await load(part.itemId, 'coding');
  const { code, language } = part.work;
  const client = getJudgeClient();
  const handle = client.judge(judgeRequestFor(problem, 'submit', code, language, { revealFirstHiddenFailure: false }));
  const result = await handle.result;
  if (result.status !== 'done') throw new Error('the judge run was cancelled; reload the scorecard to judge it again');
  const report = result.value;
  const hidden = report.cases.filter((c) => c.hidden);
  const firstFailed = report.cases.find((c) => c.verdict !== 'accepted');
  const growth = report.compileError ? undefined : await measureGrowth(client, problem, code, language);
  const review = reviewComplexity({
    text: part.work.fields.complexity ?? '',
    complexity: problem.complexity,
    measured: growth?.time,
    measuredNote: growth ? describeStop(growth.stopped) : 'the code does not compile',
  });
  return {
    verdict: report.verdict,
    passed: report.passed,
    total: report.total,
    hiddenPassed: hidden.filter((c) => c.verdict === 'accepted').length,
    hiddenTotal: hidden.length,
    firstFailure: firstFailed?.verdict ?? (report.verdict !== 'accepted' ? report.verdict : undefined),
    // Exam mode: a hidden case is never named; a visible example may be.
    firstFailedExample: firstFailed && !firstFailed.hidden ? firstFailed.name : undefined,
    measured: growth?.time,
    measureNote: growth ? describeStop(growth.stopped) : undefined,
    complexityVerdict: review.verdict,
    complexityChecks: review.checks.map((c) => ({ id: c.id, status: c.status, message: c.message })),
    claimedTime: review.claim.time?.class,
  };
}

async function evaluateDesign(part: Extract<MockPart, { kind: 'design' }>, dark: boolean): Promise<DesignEvaluation> {
  const prompt = await load(part.itemId, 'design');
  const mermaid = await loadMermaid(dark);
  // The same review as practice mode: the diagram made safe, read into the graph model, the rubric checked.
  const { review } = await reviewDraft(mermaid as unknown as MermaidLike, prompt, part.work.diagram, part.work.notes);
  const note = review.diagramError
    ? `The diagram could not be read${review.diagramError.line ? ` (line ${review.diagramError.line})` : ''}, so only the notes were checked: ${review.diagramError.message}`
    : undefined;
  return {
    results: review.results.map((r) => ({ id: r.id, label: r.label, type: r.type, met: r.met, detail: (r.met ? r.evidence : r.hint) ?? '', essential: r.essential, optional: r.optional, ...(r.unsure ? { unsure: true } : {}), ...(r.hole ? { hole: r.hole } : {}) })),
    ...(note ? { note } : {}),
  };
}

async function evaluateConcept(part: Extract<MockPart, { kind: 'concept' }>): Promise<ConceptEvaluation> {
  const question = await load(part.itemId, 'concept');
  const text = [part.work.answer, part.work.followUp].filter((t) => t.trim()).join('\n\n');
  // The answer reader (and its NLP library) loads only when a concept part is judged.
  const { reviewConceptAnswer } = await import('../../review/concept-review');
  const review = reviewConceptAnswer(text, question.keyPoints);
  return {
    findings: review.findings.map((f) => ({ id: f.point.id, label: f.point.label, status: f.status, ...(f.unsure ? { unsure: true } : {}), evidence: f.evidence, message: f.message })),
    notes: review.notes,
  };
}

/** A principle answer is reviewed as a story; the follow-up's words are counted, not judged. */
async function evaluatePrinciple(part: Extract<MockPart, { kind: 'principle' }>): Promise<PrincipleEvaluation> {
  const [{ reviewStory, STORY_PARTS }, { principleBank }] = await Promise.all([import('../../review/story/story-review'), import('../story/principle-bank')]);
  const bank = principleBank();
  if (!bank.ok) throw new Error(bank.errors.join('; '));
  const r = reviewStory(part.work.answer, bank.principles);
  const evidence: PrincipleEvaluation['evidence'] = {};
  for (const p of STORY_PARTS) if (r.parts[p].evidence) evidence[p] = r.parts[p].evidence;
  return {
    complete: r.complete,
    parts: Object.fromEntries(STORY_PARTS.map((p) => [p, r.parts[p].present])) as PrincipleEvaluation['parts'],
    evidence,
    firstPersonShare: r.firstPersonShare,
    actions: r.actions.length,
    metrics: r.metrics,
    words: r.words,
    seconds: r.seconds,
    principles: r.principles.map((p) => p.id),
    advice: r.advice,
    followUpWords: part.work.followUp.trim() ? part.work.followUp.trim().split(/\s+/).length : 0,
  };
}

/** A trace, api or estimate question, graded exactly as in practice (a trace's code runs in the sandbox). */
async function evaluateQuestion(part: Extract<MockPart, { kind: 'question' }>): Promise<QuestionEvaluation> {
  const loaded = await loadProblem(part.itemId);
  if (!loaded.ok) throw new Error(loaded.errors.join('; '));
  const q = loaded.problem;
  if (q.kind !== 'trace' && q.kind !== 'api' && q.kind !== 'estimate') throw new Error(`"${part.itemId}" is a ${q.kind} item, not a question`);
  const { gradeInBrowser } = await import('../questions/grade-in-browser');
  const result = await gradeInBrowser(q as AnswerQuestion, part.work.answers);
  return { verdict: result.verdict, fields: result.fields.map((f) => ({ id: f.id, right: f.right, message: f.message, ...(f.expected === undefined ? {} : { expected: f.expected }), ...(f.advice ? { advice: true as const } : {}) })) };
}

/** Evaluates one handed-in part. Throws with a readable message when it cannot (the part says so on the scorecard). */
export async function evaluatePart(part: MockPart, dark: boolean): Promise<Evaluated> {
  switch (part.kind) {
    case 'coding':
      return { kind: 'coding', evaluation: await evaluateCoding(part) };
    case 'design':
      return { kind: 'design', evaluation: await evaluateDesign(part, dark) };
    case 'concept':
      return { kind: 'concept', evaluation: await evaluateConcept(part) };
    case 'principle':
      return { kind: 'principle', evaluation: await evaluatePrinciple(part) };
    case 'question':
      return { kind: 'question', evaluation: await evaluateQuestion(part) };
  }
}
