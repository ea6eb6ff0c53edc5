/**
 * How a leadership-principle answer in a mock is scored and what the scorecard says about it: story
 * structure (situation, task, action, result), first person, a measurable outcome, and the time it takes
 * told aloud. Pure: it reads only the saved evaluation.
 */
import type { PointStatus } from './marks';
import type { PrincipleEvaluation } from './record';

export const PRINCIPLE_POINTS = { structure: 40, firstPerson: 20, metrics: 20, time: 20 } as const;
/** The share of actions told with "I" an interviewer wants to hear, at least. */
export const FIRST_PERSON_GOAL = 0.6;
/** Told-aloud time that fits an answer (seconds). */
export const TOLD_SECONDS = { min: 90, max: 180 } as const;

const REQUIRED = ['situation', 'task', 'action', 'result'] as const;
const PART_WORDS = { situation: 'situation', task: 'task', action: 'actions', result: 'result' } as const;
const clock = (s: number) => `${Math.floor(s / 60)}:${String(Math.round(s % 60)).padStart(2, '0')}`;

export type PrincipleScore = { score: number; basis: string; structure: number; firstPerson: number; metrics: number; time: number };

/** The part's score out of 100, with each component and the basis in words. */
export function scorePrinciple(e: PrincipleEvaluation): PrincipleScore {
  const present = REQUIRED.filter((p) => e.parts[p]);
  const structure = (PRINCIPLE_POINTS.structure * present.length) / REQUIRED.length;
  const firstPerson = e.actions === 0 ? 0 : e.firstPersonShare >= FIRST_PERSON_GOAL ? PRINCIPLE_POINTS.firstPerson : e.firstPersonShare >= FIRST_PERSON_GOAL / 2 ? PRINCIPLE_POINTS.firstPerson / 2 : 0;
  const metrics = e.metrics.length > 0 ? PRINCIPLE_POINTS.metrics : 0;
  const time = e.seconds >= TOLD_SECONDS.min && e.seconds <= TOLD_SECONDS.max ? PRINCIPLE_POINTS.time : e.seconds >= 60 && e.seconds <= 240 ? PRINCIPLE_POINTS.time / 2 : 0;
  const basis = [
    `story parts ${present.length} of 4 (${structure} of ${PRINCIPLE_POINTS.structure} points)`,
    e.actions === 0 ? `first person: cannot tell who acted (0 of ${PRINCIPLE_POINTS.firstPerson})` : `actions told with “I” ${Math.round(e.firstPersonShare * 100)}% (${firstPerson} of ${PRINCIPLE_POINTS.firstPerson})`,
    `measurable outcomes ${e.metrics.length} (${metrics} of ${PRINCIPLE_POINTS.metrics})`,
    `about ${clock(e.seconds)} told aloud, goal 1:30–3:00 (${time} of ${PRINCIPLE_POINTS.time})`,
  ].join(' + ');
  return { score: Math.round(structure + firstPerson + metrics + time), basis, structure, firstPerson, metrics, time };
}

/** The points of the one marking rule: each required part, first person and a measure; who acted undecided when unknown. */
export function principlePoints(e: PrincipleEvaluation): PointStatus[] {
  return [
    ...REQUIRED.map((p): PointStatus => (e.parts[p] ? 'met' : 'missed')),
    e.actions === 0 ? 'undecided' : e.firstPersonShare >= FIRST_PERSON_GOAL / 2 ? 'met' : 'missed',
    e.metrics.length > 0 ? 'met' : 'missed',
  ];
}

/** What was missed, in plain words, for "practise next". */
export function principleGaps(e: PrincipleEvaluation): string[] {
  const out: string[] = [];
  const missing = REQUIRED.filter((p) => !e.parts[p]);
  if (missing.length) out.push(`no ${missing.map((p) => PART_WORDS[p]).join(', no ')}`);
  if (e.actions > 0 && e.firstPersonShare < FIRST_PERSON_GOAL / 2) out.push(`only ${Math.round(e.firstPersonShare * 100)}% of actions told with “I”`);
  if (e.metrics.length === 0) out.push('no measurable outcome');
  return out;
}

/** Strengths and gaps for the scorecard, in an interviewer's words. */
export function principleFindings(title: string, e: PrincipleEvaluation): { strengths: { text: string; weight: number }[]; gaps: { text: string; weight: number }[] } {
  const strengths: { text: string; weight: number }[] = [];
  const gaps: { text: string; weight: number }[] = [];
  if (!e.parts.result) gaps.push({ weight: 85, text: `${title}: no result an interviewer could check. End with what changed: a number before and after, a date met, a customer's decision.` });
  else if (e.metrics.length === 0) gaps.push({ weight: 65, text: `${title}: the result has no number. Say how much: before and after, how many customers, hours or dollars.` });
  else strengths.push({ weight: 70, text: `${title}: a measurable result (“${e.metrics[0]}”).` });
  if (!e.parts.task) gaps.push({ weight: 55, text: `${title}: no goal or responsibility stated. Say what you had to achieve before the actions.` });
  if (e.actions > 0 && e.firstPersonShare < FIRST_PERSON_GOAL) gaps.push({ weight: 75, text: `${title}: ${Math.round(e.firstPersonShare * 100)}% of the actions were told with “I”. The interviewer hires you, not the team: say what you did.` });
  else if (e.actions > 0) strengths.push({ weight: 55, text: `${title}: you told your own actions (${Math.round(e.firstPersonShare * 100)}% with “I”).` });
  if (e.seconds > TOLD_SECONDS.max) gaps.push({ weight: 40, text: `${title}: about ${clock(e.seconds)} told aloud; keep it near two minutes and let the interviewer ask for more.` });
  if (e.seconds < TOLD_SECONDS.min) gaps.push({ weight: 45, text: `${title}: about ${clock(e.seconds)} told aloud — too thin. Give the situation, your steps and the outcome.` });
  return { strengths, gaps };
}
