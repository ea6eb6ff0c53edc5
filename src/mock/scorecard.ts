/**
 * The debrief of a finished mock: per part what was handed in, how it was judged, and time used
 * against time given; then a score, the strengths, the three most important gaps, and the Markdown
 * the user can export. Pure: it reads only the saved record with its evaluations.
 */
import { stepTimes, formatClock } from './clock';
import { METHOD_STEPS, TEXT_STEPS, verdictWords, type MethodStep, type MockPart, type MockRecord, type TextStep, CLAIM_WORDS } from './record';
import { isAsked, MARK_LABEL, mockPartEvidence, type Mark } from './marks';
import { principleFindings, scorePrinciple } from './principle-score';
import { NOTE_SECTIONS } from '../problems/design-vocabulary';

export const STEP_LABEL: Record<MethodStep, string> = {
  clarify: 'Clarify: questions and assumptions',
  examples: 'Examples',
  approach: 'Approach in words',
  complexity: 'Complexity',
  code: 'Code',
  test: 'Test',
};

export type PartScore = {
  index: number;
  part: MockPart;
  /** 0–100, or undefined while the part is not evaluated yet. */
  score?: number;
  usedMs: number;
  givenMs: number;
  /** How the score was made, in words. */
  basis: string;
  /** The item's mark from this part, by the same rule as the catalog and progress (undefined until evaluated). */
  mark?: Mark;
};

export type Finding = { text: string; partIndex: number; weight: number };

export type Scorecard = {
  parts: PartScore[];
  /** Weighted by each part's time; undefined until every part is evaluated. */
  score?: number;
  strengths: Finding[];
  /** The three most important gaps, most important first. */
  gaps: Finding[];
  pending: number;
};


const usedMs = (p: MockPart) => (p.startedAt !== undefined && p.endedAt !== undefined ? Math.max(0, p.endedAt - p.startedAt) : 0);

/** Process points: each method field the user filled in counts (the code step is judged by the tests). */
const PROCESS_POINTS = 30;
const TEST_POINTS = 50;
const COMPLEXITY_POINTS = 20;

/** A method step counts as done when it says something (a few words) and was open long enough to think. */
export const STEP_MIN_WORDS = 3;
export const STEP_MIN_MS = 15_000;

/** Which written steps count, and why the others do not, in words. */
export function countedSteps(part: Extract<MockPart, { kind: 'coding' }>): { counted: TextStep[]; notCounted: string[] } {
  const times = stepTimes(part.work.stepLog, part.startedAt ?? 0, part.endedAt ?? part.startedAt ?? 0);
  const counted: TextStep[] = [];
  const notCounted: string[] = [];
  for (const s of TEXT_STEPS) {
    const text = (part.work.fields[s] ?? '').trim();
    const words = text ? text.split(/\s+/).length : 0;
    const name = STEP_LABEL[s].split(':')[0];
    if (words === 0) continue;
    if (words < STEP_MIN_WORDS) notCounted.push(`${name}: only ${words === 1 ? 'one word' : `${words} words`}`);
    else if (times[s] < STEP_MIN_MS) notCounted.push(`${name}: open ${Math.round(times[s] / 1000)} s, too short to count`);
    else counted.push(s);
  }
  return { counted, notCounted };
}

const markFromPart = (part: MockPart): Mark | undefined => {
  const e = mockPartEvidence(part, part.endedAt ?? 0);
  return e ? (e.result === 'right' ? 'solved' : e.result === 'wrong' ? 'missed' : 'attempted') : undefined;
};

function scorePart(part: MockPart): { score?: number; basis: string } {
  // A part that could not be evaluated scores nothing, and says why, rather than staying pending forever.
  if (!part.evaluation && part.evaluationError) return { score: 0, basis: `could not be evaluated: ${part.evaluationError}` };
  if (part.kind === 'coding') {
    const e = part.evaluation;
    if (!e) return { basis: 'not evaluated yet' };
    const { counted, notCounted } = countedSteps(part);
    const filled = counted.length;
    const tests = e.total > 0 ? (TEST_POINTS * e.passed) / e.total : 0;
    const complexity = e.complexityVerdict === 'matches' ? COMPLEXITY_POINTS : e.complexityVerdict === 'worse-than-needed' ? COMPLEXITY_POINTS / 2 : 0;
    const process = (PROCESS_POINTS * filled) / TEXT_STEPS.length;
    return {
      score: Math.round(tests + complexity + process),
      basis: `${e.passed} of ${e.total} tests passed (${Math.round(tests)} of ${TEST_POINTS} points) + complexity claim ${CLAIM_WORDS[e.complexityVerdict]} (${complexity} of ${COMPLEXITY_POINTS}) + method steps done ${filled} of ${TEXT_STEPS.length} (${Math.round(process)} of ${PROCESS_POINTS}${notCounted.length ? `; not counted: ${notCounted.join('; ')}` : ''})`,
    };
  }
  if (part.kind === 'design') {
    const e = part.evaluation;
    if (!e) return { basis: 'not evaluated yet' };
    // Optional items are not scored; an unmet essential (a hole an interviewer fails the design for) caps the score below half.
    // An item the draft says nothing about (asked, not failed: unsure with no hole) is left out of the figures.
    const scored = e.results.filter((r) => !r.optional && !isAsked(r));
    const asked = e.results.filter(isAsked).length;
    const met = scored.filter((r) => r.met).length;
    const holes = scored.filter((r) => r.essential && !r.met).length;
    const share = scored.length ? Math.round((100 * met) / scored.length) : 0;
    return { score: holes ? Math.min(share, 49) : share, basis: `rubric items covered ${met}/${scored.length}${holes ? `; ${holes} essential${holes > 1 ? 's' : ''} missing` : ''}${asked ? `; ${asked} the review could not decide, not counted` : ''}` };
  }
  if (part.kind === 'principle') {
    if (!part.evaluation) return { basis: 'not evaluated yet' };
    const { score, basis } = scorePrinciple(part.evaluation);
    return { score, basis };
  }
  if (part.kind === 'question') {
    const e = part.evaluation;
    if (!e) return { basis: 'not evaluated yet' };
    const graded = e.fields.filter((f) => !f.advice);
    const right = graded.filter((f) => f.right).length;
    return { score: graded.length ? Math.round((100 * right) / graded.length) : 0, basis: `answers right ${right}/${graded.length}` };
  }
  const e = part.evaluation;
  if (!e) return { basis: 'not evaluated yet' };
  const met = e.findings.filter((f) => f.status === 'explained').length;
  // A point the review could not decide counts neither for nor against the candidate.
  const decided = e.findings.filter((f) => f.status === 'explained' || !f.unsure).length;
  const unsure = e.findings.length - decided;
  return {
    score: decided ? Math.round((100 * met) / decided) : 0,
    basis: `key points explained ${met}/${decided}${unsure ? ` (${unsure} the review could not decide, not counted)` : ''}`,
  };
}

function findingsOf(part: MockPart, index: number): { strengths: Finding[]; gaps: Finding[] } {
  const strengths: Finding[] = [];
  const gaps: Finding[] = [];
  const ranOut = part.endedBy === 'time';
  if (ranOut) gaps.push({ partIndex: index, weight: 30, text: `${part.title}: time ran out before you handed it in. Practise pacing: leave a minute to wrap up.` });
  if (part.kind === 'coding') {
    const e = part.evaluation;
    const clarify = (part.work.fields.clarify ?? '').trim();
    const questions = clarify.split(/\n|\?/).filter((l) => l.trim().length > 3).length;
    if (!clarify) gaps.push({ partIndex: index, weight: 70, text: `${part.title}: you wrote no clarifying questions or assumptions. Interviewers grade this first: ask about empty input, duplicates, sizes.` });
    else if (questions >= 2) strengths.push({ partIndex: index, weight: 60, text: `${part.title}: you clarified before coding (${questions} questions or assumptions).` });
    const { counted } = countedSteps(part);
    const skipped = TEXT_STEPS.filter((s) => s !== 'clarify' && !counted.includes(s));
    if (skipped.length) gaps.push({ partIndex: index, weight: 40 + skipped.length, text: `${part.title}: steps left empty or too short to count: ${skipped.map((s) => STEP_LABEL[s]).join(', ')}.` });
    if (!e) return { strengths, gaps };
    if (e.verdict === 'accepted') strengths.push({ partIndex: index, weight: 90, text: `${part.title}: all ${e.total} tests passed.` });
    else {
      const kind = verdictWords(e.firstFailure ?? e.verdict);
      const what = e.firstFailedExample ? `the visible example "${e.firstFailedExample}" failed (${kind})` : `the first failure was a ${kind} on a hidden test`;
      gaps.push({ partIndex: index, weight: 100, text: `${part.title}: ${e.passed}/${e.total} tests passed; ${what}. Re-read the rules for edge cases and test them before handing in.` });
    }
    if (e.complexityVerdict === 'matches') strengths.push({ partIndex: index, weight: 70, text: `${part.title}: your complexity claim (${e.claimedTime}) matches the best class and your code.` });
    else {
      const fail = e.complexityChecks.find((c) => c.status === 'fail' && (c.id === 'measured' || c.id === 'expected' || c.id === 'stated'));
      gaps.push({ partIndex: index, weight: 80, text: `${part.title}: complexity claim ${CLAIM_WORDS[e.complexityVerdict]}${fail ? ` — ${fail.message}` : ''}` });
    }
    const p = part.work.prediction;
    if (p) {
      const passRight = p.pass === (e.verdict === 'accepted');
      const classRight = e.measured ? p.timeClass === e.measured : undefined;
      if (!passRight) gaps.push({ partIndex: index, weight: 45, text: `${part.title}: you predicted it would ${p.pass ? 'pass' : 'fail'}, and it ${e.verdict === 'accepted' ? 'passed' : 'failed'}. Test your own code against the edge cases before you predict.` });
      else if (classRight !== false) strengths.push({ partIndex: index, weight: 40, text: `${part.title}: your prediction (${p.pass ? 'passes' : 'fails'}, ${p.timeClass}) was right.` });
    }
  } else if (part.kind === 'design') {
    const e = part.evaluation;
    if (!e) return { strengths, gaps };
    const holes = e.results.filter((r) => r.essential && !r.met && !isAsked(r));
    if (holes.length) gaps.push({ partIndex: index, weight: 90, text: `${part.title}: an interviewer would fail this design: ${holes.map((r) => r.hole ?? r.label).join(' ')}` });
    const unmet = e.results.filter((r) => !r.met && !r.optional && !r.essential && !isAsked(r));
    if (unmet.length === 0 && holes.length === 0) strengths.push({ partIndex: index, weight: 80, text: `${part.title}: every rubric item covered.` });
    else if (unmet.length > 0) gaps.push({ partIndex: index, weight: 60 + unmet.length, text: `${part.title}: ${unmet.length} rubric item${unmet.length > 1 ? 's' : ''} missing: ${unmet.slice(0, 3).map((r) => r.label).join('; ')}${unmet.length > 3 ? `; and ${unmet.length - 3} more` : ''}.` });
  } else if (part.kind === 'principle') {
    if (!part.evaluation) return { strengths, gaps };
    const found = principleFindings(part.title, part.evaluation);
    strengths.push(...found.strengths.map((f) => ({ ...f, partIndex: index })));
    gaps.push(...found.gaps.map((f) => ({ ...f, partIndex: index })));
  } else if (part.kind === 'question') {
    const e = part.evaluation;
    if (!e) return { strengths, gaps };
    const wrong = e.fields.filter((f) => !f.right && !f.advice);
    if (wrong.length === 0) strengths.push({ partIndex: index, weight: 50, text: `${part.title}: every answer right.` });
    else gaps.push({ partIndex: index, weight: 45 + wrong.length, text: `${part.title}: ${wrong[0].message}${wrong.length > 1 ? ` (and ${wrong.length - 1} more answer${wrong.length > 2 ? 's' : ''} not right)` : ''}` });
  } else {
    const e = part.evaluation;
    if (!e) return { strengths, gaps };
    // Undecided points are never gaps: the candidate checks them against the quoted sentence.
    const missed = e.findings.filter((f) => f.status !== 'explained' && !f.unsure);
    const wrong = missed.filter((f) => f.status === 'contradicted');
    const named = missed.filter((f) => f.status === 'mentioned');
    if (missed.length === 0 && e.findings.every((f) => f.status === 'explained')) strengths.push({ partIndex: index, weight: 60, text: `${part.title}: every key point explained.` });
    else if (missed.length > 0)
      gaps.push({
        partIndex: index,
        weight: 50 + missed.length + wrong.length,
        text: `${part.title}: key points not explained: ${missed.map((f) => f.label).join('; ')}${wrong.length ? ` (${wrong.length} stated wrongly or set aside)` : ''}${named.length ? ` (${named.length} only named)` : ''}.`,
      });
  }
  return { strengths, gaps };
}

/** The scorecard of a mock (finished or not: unfinished parts count as pending). */
export function buildScorecard(record: MockRecord): Scorecard {
  const parts: PartScore[] = record.parts.map((part, index) => ({ index, part, usedMs: usedMs(part), givenMs: part.durationMs, mark: markFromPart(part), ...scorePart(part) }));
  const pending = parts.filter((p) => p.score === undefined).length;
  const totalGiven = parts.reduce((s, p) => s + p.givenMs, 0);
  const score = pending === 0 ? Math.round(parts.reduce((s, p) => s + (p.score ?? 0) * p.givenMs, 0) / totalGiven) : undefined;
  const all = record.parts.map((p, i) => findingsOf(p, i));
  const byWeight = (a: Finding, b: Finding) => b.weight - a.weight || a.partIndex - b.partIndex;
  return {
    parts,
    score,
    pending,
    strengths: all.flatMap((f) => f.strengths).sort(byWeight),
    gaps: all.flatMap((f) => f.gaps).sort(byWeight).slice(0, 3),
  };
}

const minutes = (ms: number) => formatClock(ms);
const LANGUAGE_WORDS = { javascript: 'JavaScript', typescript: 'TypeScript', python: 'pseudocode' } as const;
const blockquote = (text: string) => (text.trim() ? text.trim().split('\n').map((l) => `> ${l}`).join('\n') : '> (nothing written)');
const fence = (text: string, lang = '') => `\`\`\`${lang}\n${text.replace(/```/g, '`\u200b``').trimEnd()}\n\`\`\``;
const cell = (text: string) => text.replace(/\|/g, '\\|').replace(/\n/g, ' ');

/**
 * The scorecard as Markdown, for the user's notes or to share with a coach.
 *
 * @param practiceUrl - the link that opens an item in practice mode, e.g. `id => '#/p/' + id`
 */
export function scorecardMarkdown(record: MockRecord, card: Scorecard, practiceUrl: (id: string) => string): string {
  const out: string[] = [];
  out.push(`# Mock technical screen — ${new Date(record.createdAt).toISOString().slice(0, 16).replace('T', ' ')} UTC`);
  out.push('');
  out.push(`Planned: ${Math.round(record.plannedMinutes * 10) / 10} minutes · Score: ${card.score ?? 'pending'}${card.score !== undefined ? '/100' : ''} (weighted by each part's time)`);
  out.push('');
  out.push('| Part | Item | Score | Mark | Time used / given | How it ended |', '| --- | --- | --- | --- | --- | --- |');
  for (const p of card.parts) {
    out.push(`| ${p.index + 1}. ${p.part.kind} | ${cell(p.part.title)} | ${p.score ?? 'pending'} | ${p.mark ? MARK_LABEL[p.mark] : 'pending'} | ${minutes(p.usedMs)} / ${minutes(p.givenMs)} | ${p.part.endedBy === 'time' ? 'time ran out' : p.part.endedBy === 'hand-in' ? 'handed in' : 'open'} |`);
  }
  out.push('', '## Strengths', '');
  out.push(...(card.strengths.length ? card.strengths.map((s) => `- ${s.text}`) : ['- None recorded this time.']));
  out.push('', '## The three most important gaps', '');
  out.push(...(card.gaps.length ? card.gaps.map((g, i) => `${i + 1}. ${g.text}`) : ['- No gaps found.']));
  for (const p of card.parts) {
    const part = p.part;
    out.push('', `## Part ${p.index + 1}: ${part.title} (${part.kind})`, '');
    out.push(`Time used ${minutes(p.usedMs)} of ${minutes(p.givenMs)}. Score ${p.score ?? 'pending'}: ${p.basis}.`);
    out.push(`Practise it again with the reference: ${practiceUrl(part.itemId)}`);
    if (part.kind === 'coding') {
      const times = stepTimes(part.work.stepLog, part.startedAt ?? 0, part.endedAt ?? part.startedAt ?? 0);
      out.push('', '| Step | Time | What you wrote |', '| --- | --- | --- |');
      for (const step of METHOD_STEPS) {
        const text = step === 'code' ? `${LANGUAGE_WORDS[part.work.language]}, ${part.work.code.split('\n').length} line${part.work.code.split('\n').length === 1 ? '' : 's'}` : (part.work.fields[step as TextStep] ?? '').trim() || '(empty)';
        out.push(`| ${STEP_LABEL[step]} | ${minutes(times[step])} | ${cell(text.length > 200 ? `${text.slice(0, 200)}…` : text)} |`);
      }
      out.push('', fence(part.work.code, part.work.language === 'typescript' ? 'ts' : part.work.language === 'python' ? 'python' : 'js'));
      const e = part.evaluation;
      if (e) {
        out.push('', `**Verdict:** ${verdictWords(e.verdict)} — ${e.passed} of ${e.total} tests passed (hidden tests: ${e.hiddenPassed} of ${e.hiddenTotal})${e.firstFailure ? `; first failure: ${verdictWords(e.firstFailure)}` : ''}.`);
        const pr = part.work.prediction;
        out.push(pr ? `**Prediction:** ${pr.pass ? 'will pass' : 'will not pass'}, ${pr.timeClass} · **Outcome:** ${e.verdict === 'accepted' ? 'passed' : 'did not pass'}, measured ${e.measured ?? 'unclear'}` : '**Prediction:** none (time ran out before you submitted).');
        out.push('', '**Complexity review:**', ...e.complexityChecks.map((c) => `- ${c.status === 'pass' ? '✓' : c.status === 'fail' ? '✗' : 'i'} ${c.message}`));
      } else if (part.evaluationError) out.push('', `Could not be judged: ${part.evaluationError}`);
    } else if (part.kind === 'design') {
      out.push('', fence(part.work.diagram, 'mermaid'));
      for (const [section, text] of Object.entries(part.work.notes)) if (text.trim()) out.push('', `**${NOTE_SECTIONS.find((s) => s.id === section)?.title ?? section}**`, '', blockquote(text));
      const e = part.evaluation;
      if (e) {
        if (e.note) out.push('', e.note);
        out.push('', '**Rubric and API findings:**', ...e.results.map((r) => `- ${r.met ? '✓' : isAsked(r) ? '?' : '✗'} ${r.label} (${r.type}${isAsked(r) ? ', could not tell' : ''}): ${r.detail}`));
      } else if (part.evaluationError) out.push('', `Could not be reviewed: ${part.evaluationError}`);
    } else if (part.kind === 'principle') {
      out.push('', `**Question:** ${part.question}`, '', '**Your answer:**', '', blockquote(part.work.answer));
      if (part.work.followUpAsked) out.push('', `**Follow-up:** ${part.probe}`, '', blockquote(part.work.followUp));
      const e = part.evaluation;
      if (e) {
        out.push('', '**Story structure:**', ...(['situation', 'task', 'action', 'result', 'learning'] as const).map((k) => `- ${e.parts[k] ? '✓' : '✗'} ${k}${e.evidence[k] ? `: “${e.evidence[k]}”` : ''}`));
        out.push('', `**First person:** ${e.actions ? `${Math.round(e.firstPersonShare * 100)}% of ${e.actions} actions told with “I”` : 'cannot tell who acted'} · **Measurable outcomes:** ${e.metrics.length ? e.metrics.map((m) => `“${m}”`).join('; ') : 'none'} · **Told aloud:** about ${minutes(e.seconds * 1000)}`);
        out.push(...e.advice.map((a) => `- ${a}`));
      } else if (part.evaluationError) out.push('', `Could not be reviewed: ${part.evaluationError}`);
    } else if (part.kind === 'question') {
      const e = part.evaluation;
      for (const [id, text] of Object.entries(part.work.answers)) if (text.trim()) out.push('', `**${id}:**`, '', blockquote(text));
      if (e) out.push('', `**Verdict:** ${e.verdict}`, ...e.fields.map((f) => `- ${f.advice ? 'i' : f.right ? '✓' : '✗'} ${f.id}: ${f.message}${!f.right && f.expected ? ` (expected ${f.expected})` : ''}`));
      else if (part.evaluationError) out.push('', `Could not be graded: ${part.evaluationError}`);
    } else {
      out.push('', '**Your answer:**', '', blockquote(part.work.answer));
      if (part.work.followUp.trim()) out.push('', '**Your follow-up answer:**', '', blockquote(part.work.followUp));
      const e = part.evaluation;
      if (e) {
        out.push('', '**Key points:**', ...e.findings.map((f) => `- ${f.status === 'explained' ? '✓' : f.unsure ? '?' : f.status === 'mentioned' ? '~' : '✗'} ${f.label}${f.status === 'explained' ? '' : ` (${f.unsure ? 'could not tell' : f.status})`}${f.evidence ? `: ${f.evidence}` : ''}${f.status !== 'explained' ? ` — ${f.message}` : ''}`));
        out.push(...e.notes.map((n) => `- ${n}`));
      }
    }
  }
  return `${out.join('\n')}\n`;
}
