/**
 * The story bank and principle practice in the shared store: one record per story (`story:<id>`) so two
 * tabs editing different stories never meet, and one per principle (`principle:<id>`) for drills.
 */
import { getStore } from '../storage/store';
import { STORY_LIMITS, principlePracticeSchema, storySchema, type PrincipleAttempt, type PrinciplePractice, type Story } from '../storage/story-schemas';

export type { PrincipleAttempt, PrinciplePractice, Story, StoryFields } from '../storage/story-schemas';

export const storyKey = (id: string) => `story:${id}`;
export const principleKey = (id: string) => `principle:${id}`;

export const newStoryId = () => (Date.now().toString(36) + Math.random().toString(36).slice(2, 8)).slice(0, 24);

export function loadStory(id: string): Story | undefined {
  return getStore().value<Story>(storyKey(id));
}
export function saveStory(id: string, story: Story): boolean {
  return getStore().put(storyKey(id), story) !== undefined;
}
export function removeStory(id: string) {
  getStore().remove(storyKey(id));
}
export function emptyStory(): Story {
  return storySchema.parse({ createdAt: Date.now() });
}

/** Every saved story, oldest first. */
export function listStories(): { id: string; story: Story }[] {
  const store = getStore();
  return store
    .keys('story:')
    .map((key) => ({ id: key.slice('story:'.length), story: store.value<Story>(key)! }))
    .filter((s) => s.story)
    .sort((a, b) => a.story.createdAt - b.story.createdAt || a.id.localeCompare(b.id));
}

export function loadPrinciplePractice(id: string): PrinciplePractice {
  return getStore().value<PrinciplePractice>(principleKey(id)) ?? principlePracticeSchema.parse({});
}
export function savePrincipleAnswer(id: string, answer: string) {
  getStore().put(principleKey(id), { ...loadPrinciplePractice(id), answer });
}
export function recordPrincipleAttempt(id: string, attempt: PrincipleAttempt) {
  const current = loadPrinciplePractice(id);
  getStore().put(principleKey(id), { ...current, attempts: [attempt, ...current.attempts].slice(0, STORY_LIMITS.drills) });
}
