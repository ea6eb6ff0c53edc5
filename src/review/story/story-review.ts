/**
 * Reviews a behavioural story as a coach would hear it told: which of Situation, Task, Action, Result
 * and Learning are there (with the sentence for each), how much of the action is "I", the measurable
 * outcomes, the length told aloud, the leadership principles it shows best, and advice in an
 * interviewer's words. Pure: no DOM; compromise reads the sentences. Where it cannot tell, it says so.
 */
import type { Principle } from '../../problems/principles';
import { matchPrinciples, type PrincipleMatch } from './story-principles';
import { forgetParses, measuresIn, rolesOf, toldInPresent, type Actor, type SentenceRoles } from './story-roles';
import { STORY_PARTS, countWords, readStory, type StoryPart, type StorySentence } from './story-text';

export { STORY_PARTS, type StoryPart } from './story-text';

/** Speaking pace used for the time told aloud (words per minute): a calm interview pace. */
export const WORDS_PER_MINUTE = 140;
/** The time a story should take told aloud (seconds). */
export const STORY_SECONDS = { min: 90, max: 180 } as const;
/** Below this many words there is too little to review. */
const TOO_SHORT_WORDS = 40;

export type PartFinding = { present: boolean; evidence?: string; note?: string };
export type ActionSentence = { text: string; actor: Actor };

export type StoryReview = {
  parts: Record<StoryPart, PartFinding>;
  /** Action sentences whose actor is "I", as a share of all action sentences (0 when there are none). */
  firstPersonShare: number;
  actions: ActionSentence[];
  /** Measurable outcomes quoted from the result (numbers in the situation do not count). */
  metrics: string[];
  words: number;
  /** Time told aloud at WORDS_PER_MINUTE. */
  seconds: number;
  pace: 'short' | 'good' | 'long';
  /** The 1–3 principles the story shows best, strongest first. */
  principles: PrincipleMatch[];
  /** What an interviewer would say next, most important first. */
  advice: string[];
  /** What the review could not decide, said plainly. */
  cannotTell: string[];
  /** Situation, task, action and result all present: what `npm run story` exits 0 for. */
  complete: boolean;
};

/** A measure that is an outcome wherever it is told: a percentage, money, "by N", "from X to Y", "N times faster". */
const STRONG_MEASURE = /%|\$|£|€|\bpercent\b|\bby (?:about |around |over |almost |nearly )?\d|\bfrom [^,;]{1,30}? to |\b\d+(?:\.\d+)?x\b|\b(?:twice|\d+ times) (?:as|faster|more|less)/;

/** "One was promoted to senior PM", "the budget was approved": an outcome someone else decided, told in the passive. */
const PASSIVE_EVENT = /\b(?:was|were|got) (?:\w+ )?(?:promoted|approved|renewed|funded|re-?signed|retired|adopted|green-?lit|hired|offered)\b/;
const LANDED_WHEN = /^(?:(?:and|so|then|finally|eventually|in the end),? )?(?:we|the team|it|they|the (?:app|feature|product|change|release|fix|tool|update)) (?:\w+ )?(?:shipped|launched|went live|released|hired|rolled (?:it )?out|signed)\b[^.]*\b(?:(?:\w+|\d+) (?:days?|weeks?|months?) (?:later|late|early)|later than|on time|on schedule|ahead of schedule|on the (?:date|day|deadline)|on (?:january|february|march|april|may|june|july|august|september|october|november|december|the \d)|in (?:january|february|march|april|may|june|july|august|september|october|november|december))\b/;

/** Words that announce the outcome. */
const RESULT_MARKER = /^(?:as a result|in the end|the result|the outcome|ultimately|eventually|by the end|since then|afterwards|that quarter|within (?:a|an|\w+) (?:days?|weeks?|months?))\b|\b(?:as a result|which meant|in the end)\b/;

type Read = StorySentence & { roles: SentenceRoles };

/**
 * Reviews one story.
 *
 * @param markdown - the story as told (prose) or with Situation/Task/Action/Result/Learning fields
 * @param principles - the principle bank (problems/principles), for the principles the story shows
 */
export function reviewStory(markdown: string, principles: Principle[]): StoryReview {
  forgetParses();
  const told = readStory(markdown);
  const presentTold = toldInPresent(told.map((s) => s.text));
  const sentences: Read[] = told.map((s) => ({ ...s, roles: rolesOf(s.text, presentTold, s.label !== undefined) }));
  const words = countWords(sentences);
  const seconds = Math.round((words / WORDS_PER_MINUTE) * 60);
  const cannotTell: string[] = [];

  // The first step told: scene-setting before it ("at my old company we did food tours") is not one.
  const ownActions = sentences.filter((s) => isAction(s) && s.roles.actor !== 'other');
  const firstActionIndex = (ownActions.find((s) => !s.roles.context) ?? ownActions[0])?.index ?? Infinity;
  const lastOutcomeIndex = sentences.filter((s) => s.roles.outcome && !s.roles.feelingOnly).at(-1)?.index ?? -1;
  const isResult = (s: Read) => {
    if (s.label === 'situation' || s.label === 'task' || s.label === 'action' || s.label === 'learning') return false;
    // Under a Result field a measure told without a change verb ("the bot answered 45% of questions") counts.
    if (s.roles.feelingOnly || !s.roles.outcome) return s.label === 'result' && measuresIn(s.text).length > 0;
    // "I tripled bulk uploads in one quarter. Here's how.": a measured outcome told first is the headline.
    if (s.index === 0 && s.roles.measured && !s.label) return true;
    // Told among the actions, "I cut the scope to three endpoints" is a step, not the outcome: an
    // "I"/"we" outcome counts when it is the last one told, marked as the result, or measured.
    // "We shipped the change eleven days later", "we launched on May 19th": the team's launch told with
    // when it landed is the outcome, even with a measure after it.
    if (s.label !== 'result' && s.index < lastOutcomeIndex && !RESULT_MARKER.test(s.plain) && (s.roles.actor === 'i' || ((s.roles.actor === 'we' || s.roles.actor === 'passive') && !STRONG_MEASURE.test(s.plain) && !(s.index > firstActionIndex && (LANDED_WHEN.test(s.plain) || (s.roles.actor === 'passive' && PASSIVE_EVENT.test(s.plain))))))) return false;
    // Before any action a number is the scene ("we had 400 tickets a week") unless it is a change told as done.
    if (s.index < firstActionIndex && s.label !== 'result') return s.roles.measured && !s.roles.context;
    return true;
  };
  const results = sentences.filter(isResult);
  const labelled = (part: StoryPart) => sentences.filter((s) => s.label === part);

  const situation = labelled('situation')[0] ?? sentences.find((s) => s.roles.context && !isResult(s)) ?? sentences.find((s) => s.index < firstActionIndex && !s.roles.task && !isResult(s) && !s.roles.learning && !s.label);
  const task = labelled('task')[0] ?? sentences.find((s) => s.roles.task && !s.roles.learning);
  // "Refunds were handled by agents by hand": a passive told in the scene, after it opens and before the goal
  // and the teller's first "I"/"we" step, describes how things were done, not a step of the story.
  const sceneStart = sentences.find((s) => s.roles.context && !s.label)?.index ?? Infinity;
  const taskIndex = sentences.find((s) => s.roles.task && !s.label)?.index ?? -1;
  const firstOwnStep = sentences.find((s) => s.index > sceneStart && isAction(s) && (s.roles.actor === 'i' || s.roles.actor === 'we') && !s.roles.context)?.index ?? Infinity;
  const sceneByPassive = (s: Read) => s.roles.actor === 'passive' && !s.label && s.index > sceneStart && s.index < taskIndex && s.index < firstOwnStep;
  // Someone else's step among the candidate's ("the engineers built the API") is an action a coach
  // counts, as not theirs; before the first step it is the scene, after the outcome an epilogue.
  const firstResultAfterActions = results.find((r) => r.index > firstActionIndex)?.index ?? Infinity;
  const actions = sentences.filter(
    (s) =>
      isAction(s) &&
      !isResult(s) &&
      !s.roles.feelingOnly &&
      s.label !== 'situation' &&
      s.label !== 'learning' &&
      !(s.roles.context && s.index < firstActionIndex && !s.label) &&
      !sceneByPassive(s) &&
      (s.roles.actor !== 'other' || (s.index > firstActionIndex && s.index < firstResultAfterActions && !s.roles.context)),
  );
  const labelledActions = labelled('action');
  const learning = sentences.find((s) => s.roles.learning && s.label !== 'situation') ?? labelled('learning')[0];
  const feelings = sentences.filter((s) => s.roles.feelingOnly && s.index >= firstActionIndex);

  const parts: Record<StoryPart, PartFinding> = {
    situation: situation ? { present: true, evidence: situation.text } : { present: false },
    task: task ? { present: true, evidence: task.text } : { present: false },
    action: actions.length || labelledActions.length ? { present: true, evidence: (actions[0] ?? labelledActions[0]).text } : { present: false },
    result: results.length ? { present: true, evidence: results.find((r) => r.roles.measured)?.text ?? results[0].text } : { present: false },
    learning: learning ? { present: true, evidence: learning.text } : { present: false },
  };
  if (!results.length && feelings.length) parts.result.note = `"${feelings[0].text}" is a feeling, not an outcome an interviewer can check.`;
  if (!results.length && labelled('result').length) parts.result.note ??= 'The Result field states no observable outcome (a launch, a number, a decision by someone else).';

  const mine = actions.filter((a) => a.roles.actor === 'i').length;
  const firstPersonShare = actions.length ? Math.round((mine / actions.length) * 100) / 100 : 0;
  if (!actions.length) cannotTell.push('Who did what: no sentence tells an action with its actor ("I called…", "we built…").');

  const metrics = [...new Set(results.filter((r) => r.roles.measured || /\d|%|\$/.test(r.text)).flatMap((r) => measuresIn(r.text)))];

  // What someone else did ("the fraud team pushed back") shows little of the candidate's principles.
  const weightOf = (s: Read) => (isResult(s) ? 3 : s.roles.actor === 'other' ? 0.5 : isAction(s) ? 2 : s.roles.task ? 2 : 1);
  let principleMatches = matchPrinciples(sentences.map((s) => ({ text: s.text, plain: s.plain, weight: weightOf(s) })), principles);
  if (!principleMatches.length) {
    cannotTell.push('Which principle this story shows: none of the principles’ signal words appear. Tag it yourself.');
    const fallback = principles.find((p) => p.id === (results.length ? 'deliver-results' : 'ownership'));
    if (fallback) principleMatches = [{ id: fallback.id, name: fallback.name, score: 0, evidence: [] }];
  }
  if (words < TOO_SHORT_WORDS) cannotTell.push(`The story is ${words} words: too short to judge its parts fairly. Tell it as you would aloud.`);

  const pace = seconds < STORY_SECONDS.min ? 'short' : seconds > STORY_SECONDS.max ? 'long' : 'good';
  const complete = parts.situation.present && parts.task.present && parts.action.present && parts.result.present;
  const review: StoryReview = { parts, firstPersonShare, actions: actions.map((a) => ({ text: a.text, actor: a.roles.actor! })), metrics, words, seconds, pace, principles: principleMatches, advice: [], cannotTell, complete };
  review.advice = adviceFor(review, sentences, firstActionIndex);
  return review;
}

function isAction(s: Read): boolean {
  if (s.label === 'situation' || s.label === 'learning') return false;
  return s.roles.actor !== undefined && !s.roles.learning;
}

/** What an interviewer would say, in their words, most important first. */
function adviceFor(r: StoryReview, sentences: Read[], firstActionIndex: number): string[] {
  const out: string[] = [];
  if (!r.parts.result.present) {
    out.push(
      r.parts.result.note?.includes('feeling')
        ? '“Everyone was happy” is not something I can check. What changed that you could see or count: a date met, a number moved, a customer decision?'
        : 'So what happened in the end? I heard what was done but not the outcome. Finish with what changed: a launch date met, a number before and after, a customer who renewed.',
    );
  } else if (!r.metrics.length) {
    out.push('You told me the outcome, but how big was it? Give me one number: before and after, or how many customers, hours or dollars.');
  }
  if (!r.parts.task.present) out.push('What were you asked to do, or what goal did you set yourself? Say it in one sentence before the actions, so I know what success looked like.');
  if (!r.parts.action.present) out.push('I still don’t know what was done. Walk me through the two or three things you did, in order.');
  else if (r.actions.some((a) => a.actor !== 'other') && r.firstPersonShare < 0.5) {
    out.push(`I heard a lot of “we”. What did you personally do? Only ${Math.round(r.firstPersonShare * 100)}% of the actions were yours: tell your own with “I”, and give the team’s part once.`);
  }
  if (!r.parts.situation.present) out.push('Set the scene first: in a sentence or two, where were you, what was at stake, and for whom?');
  const firstContext = sentences.find((s) => s.roles.context || s.roles.task)?.index ?? Infinity;
  if (r.parts.action.present && firstActionIndex === 0 && firstContext > 0 && firstContext !== Infinity) out.push('You started with the actions; I had to wait to learn why. Open with the situation and the goal, then the actions.');
  if (r.pace === 'long') out.push(`That ran about ${minutesText(r.seconds)} told aloud. Keep the scene to two sentences and aim for two minutes; I’ll ask for detail if I want it.`);
  if (r.pace === 'short') out.push(`That is about ${minutesText(r.seconds)} told aloud. Give me more of what you did and why: aim for 1½ to 3 minutes.`);
  if (!r.parts.learning.present) out.push('What would you do differently next time? A one-sentence lesson shows you grew from it.');
  return out;
}

function minutesText(seconds: number): string {
  const m = Math.floor(seconds / 60);
  const s = seconds % 60;
  return m ? `${m} min ${s} s` : `${s} s`;
}

/** The review as the CLI prints it with --json (the shape DESIGN.md fixes). */
export function storyJson(r: StoryReview) {
  return {
    parts: Object.fromEntries(STORY_PARTS.map((p) => [p, r.parts[p].evidence ? { present: r.parts[p].present, evidence: r.parts[p].evidence } : { present: r.parts[p].present }])),
    firstPersonShare: r.firstPersonShare,
    metrics: r.metrics,
    words: r.words,
    seconds: r.seconds,
    principles: r.principles.map((p) => p.id),
  };
}
