import type { Story } from '../storage/story-schemas';
import { storyTitle } from './story-bank-page';

type BankStory = { id: string; story: Story };

/** The bank's stories tagged with a principle first, the rest after: what both pickers offer. */
export function storiesForPrinciple(stories: BankStory[], principleId: string): { tagged: BankStory[]; others: BankStory[] } {
  const tagged = stories.filter((s) => (s.story.tags as readonly string[]).includes(principleId));
  return { tagged, others: stories.filter((s) => !tagged.includes(s)) };
}

/** The options of a story picker: a fresh story, then the tagged stories, then the others. */
export function StoryOptions({ tagged, others, principleName }: { tagged: BankStory[]; others: BankStory[]; principleName: string }) {
  const group = (label: string, list: BankStory[]) =>
    list.length > 0 && (
      <optgroup label={label}>
        {list.map((s) => (
          <option key={s.id} value={s.id}>
            {storyTitle(s.story)}
          </option>
        ))}
      </optgroup>
    );
  return (
    <>
      <option value="">a fresh story</option>
      {group(`Tagged ${principleName}`, tagged)}
      {group('Other stories', others)}
    </>
  );
}
