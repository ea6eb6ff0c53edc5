/**
 * The answer reader: the one place that reads free text for every review of open answers (concept
 * answers, design-notes topics, leadership-principle stories, trace explanations). Pure, no DOM.
 *
 * It imports compromise (≈150 KB gzip), so pages load it with a dynamic import:
 * `const { readAnswer, judgeIdea } = await import('../../review/answer')`.
 *
 * ```ts
 * const answer = readAnswer(text);                 // sentences, list items, clauses, negation, dismissals
 * const verdict = judgeIdea(answer, idea);          // { id, status, unsure?, evidence?, message }
 * const lists = findBareLists(answer);              // quoted lines that are only lists of terms
 * ```
 * An idea is data (`IdeaSpec`): `claims` in the claim syntax (CONTRIBUTING.md, "Claims"), optional
 * `terms` that only mention it, and `misconceptions` that contradict it. Only `explained` counts as met;
 * `unsure` verdicts are never gaps.
 */
export { readAnswer, findBareLists, isTermPhrase } from './read';
export { judgeIdea, namingSentences, quoteSentence } from './judge';
export { compileClaim, matchClaim, type Claim, type ClaimMatch } from './claim';
export type { AnswerSentence, AnswerToken, IdeaSpec, IdeaStatus, IdeaVerdict, Pos, ReadAnswer } from './types';
