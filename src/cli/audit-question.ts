/**
 * check:problems for trace, api and estimate questions: every reference answer is graded right by the
 * graders the app uses, and every typical wrong answer is graded wrong with its own message.
 * A trace's expected values are computed here by running its snippet, never read from a file.
 */
import type { JudgeClient } from '../worker/judge-client';
import { expectedPredictions, runCalls, runFix, snippetOf, intendedOf } from '../worker/answer-runs';
import type { AnswerQuestion, ApiQuestion, EstimateQuestion, TraceQuestion } from '../problems/parse-questions';
import { gradeApi, expectedText } from '../review/questions/api-grade';
import { checkWorking, gradeEstimate, missingFactors } from '../review/questions/estimate-check';
import { gradeTrace, showResult, type TraceRuns } from '../review/questions/trace-grade';
import { showValue } from '../review/questions/read-value';

export type QuestionAudit = { errors: string[]; summary: string };

async function auditTrace(client: JudgeClient, q: TraceQuestion): Promise<QuestionAudit> {
  const errors: string[] = [];
  const predictions = await expectedPredictions(client, q);
  const answers: Record<string, string> = {};
  for (const p of q.predictions) {
    const r = predictions[p.id];
    if (r.kind === 'error' && /SyntaxError|defines no|not a function/.test(r.message)) errors.push(`snippet: ${r.message}`);
    answers[p.id] = r.kind === 'value' ? showValue(r.value, q.language) : 'it throws an error';
    for (const wrong of p.typicalWrong ?? []) {
      for (const typed of wrong.answers) {
        const field = gradeTrace(q, { [p.id]: typed }, { predictions }).fields.find((f) => f.id === p.id)!;
        if (field.right) errors.push(`predictions "${p.id}": the typical wrong answer ${typed} is graded right (the snippet returns ${showResult(r, q.language)})`);
        else if (!field.message.includes(wrong.message.replace(/[.]$/, ''))) errors.push(`predictions "${p.id}": ${typed} does not get its message ("${wrong.message}")`);
      }
    }
  }
  let runs: TraceRuns = { predictions };
  if (q.bug) {
    const bug = q.bug;
    const [snippet] = await runCalls(client, q.id, snippetOf(q), [bug.breakingInput]);
    const [intended] = await runCalls(client, q.id, intendedOf(q), [bug.breakingInput]);
    runs = { ...runs, breaking: { args: bug.breakingInput, snippet, intended } };
    answers['breaking-input'] = bug.breakingInput.map((a) => showValue(a, q.language)).join(', ');
    const fix = await runFix(client, q, q.fixed ?? '');
    runs.fix = fix;
    answers.fix = q.fixed ?? '';
    const asGiven = await runFix(client, q, q.snippet);
    if (asGiven.compileError) errors.push(`snippet: ${asGiven.compileError}`);
    else if (asGiven.passed === asGiven.total) errors.push(`bug.fixTests: the snippet as given passes all ${asGiven.total} fix tests, so they do not catch the bug`);
    const intendedRuns = await runCalls(client, q.id, intendedOf(q), bug.fixTests.map((t) => t.args));
    intendedRuns.forEach((r, i) => r.kind === 'error' && errors.push(`intended.js fails on fix test "${bug.fixTests[i].name}": ${r.message}`));
  }
  const { adviseExplanation } = await import('../review/questions/explain-advice');
  const model = adviseExplanation(q, q.doesWhat);
  if (!model?.right) errors.push(`doesWhat does not explain every idea of explainIdeas: ${model?.message}`);
  if (adviseExplanation(q, 'It is a function that takes the input and returns a result.')?.right) errors.push('explainIdeas: a sentence that says nothing meets every idea; write claims about what this code does');
  const result = gradeTrace(q, answers, runs);
  for (const f of result.fields) if (!f.right) errors.push(`reference answer for "${f.id}" is graded wrong: ${f.message}`);
  const shown = q.predictions.map((p) => `${p.id} → ${showResult(predictions[p.id], q.language)}`).join(', ');
  return { errors, summary: `trace, ${q.language}: ${shown}${q.bug ? `; fix tests ${runs.fix?.passed}/${runs.fix?.total}` : ''}` };
}

function auditApi(q: ApiQuestion): QuestionAudit {
  const errors: string[] = [];
  const reference = gradeApi(q, Object.fromEntries(q.questions.map((x) => [x.id, expectedText(x.answer)])));
  for (const f of reference.fields) if (!f.right) errors.push(`questions "${f.id}": the reference answer is graded wrong: ${f.message}`);
  for (const x of q.questions) {
    if (x.answer.type === 'text') {
      for (const a of x.answer.accept) if (!gradeApi(q, { [x.id]: a }).fields.find((f) => f.id === x.id)!.right) errors.push(`questions "${x.id}": accepted answer "${a}" is graded wrong`);
    }
    for (const w of x.wrong ?? []) {
      for (const typed of w.answers) {
        const field = gradeApi(q, { [x.id]: typed }).fields.find((f) => f.id === x.id)!;
        if (field.right) errors.push(`questions "${x.id}": the typical wrong answer "${typed}" is graded right`);
        else if (!field.message.includes(w.message.replace(/[.]$/, ''))) errors.push(`questions "${x.id}": "${typed}" does not get its message`);
      }
    }
  }
  return { errors, summary: `api: ${q.exchange.length} calls, ${q.questions.length} questions` };
}

function auditEstimate(q: EstimateQuestion): QuestionAudit {
  const errors: string[] = [];
  const work = q.reference.lines.join('\n');
  const working = checkWorking(work);
  for (const f of working.flags) errors.push(`reference.lines: ${f.message}`);
  if (working.steps === 0) errors.push('reference.lines: no step to re-do: write the working as "a × b = c"');
  for (const m of missingFactors(q, work)) errors.push(`reference.lines never mention the ${m.factor} the question needs`);
  const result = gradeEstimate(q, { work, figure: q.reference.figure });
  for (const f of result.fields) if (!f.right) errors.push(`reference ${f.id} is graded wrong: ${f.message}`);
  const last = gradeEstimate(q, { work, figure: '' }).fields.find((f) => f.id === 'figure')!;
  if (!last.right) errors.push(`the last line of reference.lines does not come to the reference figure: ${last.message}`);
  return { errors, summary: `estimate: ${working.steps} steps re-done, reference ${q.reference.figure}` };
}

/** Checks one question's reference and typical wrong answers. */
export async function auditQuestion(client: JudgeClient, q: AnswerQuestion): Promise<QuestionAudit> {
  if (q.kind === 'trace') return auditTrace(client, q);
  if (q.kind === 'api') return auditApi(q);
  return auditEstimate(q);
}
