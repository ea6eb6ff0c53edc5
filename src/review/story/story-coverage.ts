/**
 * The story bank's coverage map: for each principle, the stories tagged with it; principles with no
 * story; and stories leaned on too much (tagged with many principles, so the same story would be told
 * twice in one loop). Pure.
 */
import { PRINCIPLE_IDS } from '../../problems/vocabulary';

/** Past this many principles a story is overused: interviewers in one loop compare notes. */
export const OVERUSED_TAGS = 4;
/** The bank size coaches recommend before an Amazon loop. */
export const TARGET_STORIES = { min: 8, max: 15 } as const;

export type CoverageRow = { principleId: string; storyIds: string[] };
export type Coverage = { rows: CoverageRow[]; uncovered: string[]; overused: { storyId: string; tags: number }[]; stories: number };

/** The coverage of a bank of stories, each with its id and its principle tags. */
export function storyCoverage(stories: { id: string; tags: readonly string[] }[]): Coverage {
  const rows = PRINCIPLE_IDS.map((principleId: string) => ({ principleId, storyIds: stories.filter((s) => s.tags.includes(principleId)).map((s) => s.id) }));
  return {
    rows,
    uncovered: rows.filter((r) => r.storyIds.length === 0).map((r) => r.principleId),
    overused: stories.filter((s) => s.tags.length > OVERUSED_TAGS).map((s) => ({ storyId: s.id, tags: s.tags.length })),
    stories: stories.length,
  };
}

/** The text a story is reviewed as: prose, or the five fields under their names. */
export function storyText(story: { mode: 'prose' | 'fields'; prose: string; fields: Record<'situation' | 'task' | 'action' | 'result' | 'learning', string> }): string {
  if (story.mode === 'prose') return story.prose;
  const names = { situation: 'Situation', task: 'Task', action: 'Action', result: 'Result', learning: 'Learning' } as const;
  return (Object.keys(names) as (keyof typeof names)[])
    .filter((k) => story.fields[k].trim())
    .map((k) => `${names[k]}: ${story.fields[k].trim()}`)
    .join('\n\n');
}
