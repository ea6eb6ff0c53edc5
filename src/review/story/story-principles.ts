/**
 * Which leadership principles a story shows best: each principle's signal phrases (from its data file)
 * found in the story, weighted by where they sit (an action or an outcome shows more than the scene),
 * with the sentences as evidence. Pure.
 */
import type { Principle } from '../../problems/principles';

export type PrincipleMatch = { id: string; name: string; score: number; evidence: string[] };
export type ScoredSentence = { text: string; plain: string; weight: number };

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Compiled once per phrase: every review reads the same principle bank. */
const compiled = new Map<string, RegExp>();

/** A signal phrase as a whole-word pattern; a plural or past ending is allowed on the last word. */
function phrasePattern(phrase: string): RegExp {
  let re = compiled.get(phrase);
  if (!re) compiled.set(phrase, (re = compilePhrase(phrase)));
  return re;
}

function compilePhrase(phrase: string): RegExp {
  const words = phrase.toLowerCase().trim().split(/\s+/).map(escape);
  const last = words.pop()!;
  return new RegExp(`(?:^|[^a-z0-9])${[...words, `${last}(?:s|es|ed|d|ing)?`].join('[\\s-]+')}(?=$|[^a-z0-9])`);
}

/**
 * Scores every principle on a story's sentences and returns the best 1–3 (those within half of the
 * best score), strongest first, each with up to two quoted sentences. Empty when no signal is found.
 */
export function matchPrinciples(sentences: ScoredSentence[], principles: Principle[], max = 3): PrincipleMatch[] {
  const scored = principles.map((p) => {
    // A phrase ("root cause", "pushed back") shows a behaviour more surely than one common word ("customer").
    const patterns = p.signals.map((signal) => ({ re: phrasePattern(signal), weight: /\s/.test(signal.trim()) ? 2 : 1 }));
    let score = 0;
    const evidence: { text: string; hits: number }[] = [];
    for (const s of sentences) {
      const hits = patterns.filter((p) => p.re.test(s.plain)).reduce((n, p) => n + p.weight, 0);
      if (!hits) continue;
      // Several signals in one sentence count, but less than the same number spread over the story.
      score += s.weight * (1 + Math.log2(hits));
      evidence.push({ text: s.text, hits: hits * s.weight });
    }
    evidence.sort((a, b) => b.hits - a.hits);
    return { id: p.id, name: p.name, score: Math.round(score * 10) / 10, evidence: evidence.slice(0, 2).map((e) => e.text) };
  });
  const ranked = scored.filter((s) => s.score > 0).sort((a, b) => b.score - a.score || principles.findIndex((p) => p.id === a.id) - principles.findIndex((p) => p.id === b.id));
  if (!ranked.length) return [];
  const best = ranked[0].score;
  return ranked.filter((r) => r.score >= best * 0.5).slice(0, max);
}
