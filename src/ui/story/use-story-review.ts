import { useCallback, useState } from 'react';
import type { Principle } from '../../problems/principles';
import type { StoryReview } from '../../review/story/story-review';

/** Reviews a story on demand; the review and its English reader load only the first time. */
export function useStoryReview(principles: Principle[]) {
  const [review, setReview] = useState<StoryReview | undefined>();
  const [error, setError] = useState<string | undefined>();
  const run = useCallback(
    async (text: string): Promise<StoryReview | undefined> => {
      try {
        const { reviewStory } = await import('../../review/story/story-review');
        const r = reviewStory(text, principles);
        setReview(r);
        setError(undefined);
        return r;
      } catch (e) {
        setError(`The review could not run: ${(e as Error).message}. Your story is saved; try again.`);
        return undefined;
      }
    },
    [principles],
  );
  return { review, error, run, clear: () => setReview(undefined) };
}
