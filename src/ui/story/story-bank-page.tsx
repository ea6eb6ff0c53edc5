import { useEffect, useMemo, useRef, useState } from 'react';
import type { Principle } from '../../problems/principles';
import { OVERUSED_TAGS, TARGET_STORIES, storyCoverage, storyText } from '../../review/story/story-coverage';
import { getStore } from '../storage/store';
import { useStoreVersion } from '../storage/use-store';
import { StoryReviewView } from './story-review-view';
import { emptyStory, listStories, loadStory, newStoryId, removeStory, saveStory, storyKey, type Story, type StoryFields } from './story-store';
import { storySchema } from '../storage/story-schemas';
import { STID } from './story-test-ids';
import { useStoryReview } from './use-story-review';

const SAVE_DELAY_MS = 300;
const FIELDS: { id: keyof StoryFields; label: string; hint: string }[] = [
  { id: 'situation', label: 'Situation', hint: 'Where, when, what was at stake (1–2 sentences)' },
  { id: 'task', label: 'Task', hint: 'Your goal or responsibility' },
  { id: 'action', label: 'Action', hint: 'What you did, step by step, with “I”' },
  { id: 'result', label: 'Result', hint: 'What changed: a number, a date met, a decision' },
  { id: 'learning', label: 'Learning', hint: 'What you learned, or would do differently' },
];

export const storyTitle = (s: Story) => s.title.trim() || firstWords(storyText(s)) || 'Untitled story';
const firstWords = (text: string) => text.replace(/^\w+:\s*/, '').split(/\s+/).slice(0, 8).join(' ');

/** The story bank: the list of stories with their tags, and the coverage map of the 16 principles. */
export function StoryBankPage({ principles }: { principles: Principle[] }) {
  const version = useStoreVersion('story:');
  const stories = useMemo(() => listStories(), [version]); // eslint-disable-line react-hooks/exhaustive-deps -- re-read when a story record changes
  const coverage = storyCoverage(stories.map((s) => ({ id: s.id, tags: s.story.tags })));
  const nameOf = new Map<string, string>(principles.map((p) => [p.id, p.name]));
  const titleOf = new Map(stories.map((s) => [s.id, storyTitle(s.story)]));
  useEffect(() => {
    document.title = 'Story bank · Techscreen';
  }, []);
  const create = () => {
    const id = newStoryId();
    saveStory(id, emptyStory());
    location.hash = `#/stories/${id}`;
  };
  return (
    <section className="page" data-testid={STID.bankPage} aria-labelledby="bank-title">
      <p className="crumbs">
        <a href="#/">Catalog</a> › Leadership principles
      </p>
      <h1 id="bank-title">Story bank</h1>
      <p>
        Half of the phone screen is leadership principles: “Tell me about a time…”. Write {TARGET_STORIES.min}–{TARGET_STORIES.max} stories, tag each with the principles it shows, and practise telling them in about two minutes.
      </p>
      <div className="row">
        <button type="button" className="primary" data-testid={STID.newStory} onClick={create}>
          New story
        </button>
        <span className="muted">
          {stories.length} stor{stories.length === 1 ? 'y' : 'ies'}
          {stories.length < TARGET_STORIES.min ? ` — aim for at least ${TARGET_STORIES.min}` : ''}
        </span>
      </div>
      {stories.length > 0 && (
        <ul className="plan-list">
          {stories.map((s) => (
            <li key={s.id} data-testid={STID.storyRow} data-story={s.id}>
              <a href={`#/stories/${s.id}`}>{storyTitle(s.story)}</a>{' '}
              <span className="muted">{s.story.tags.length ? s.story.tags.map((t) => nameOf.get(t) ?? t).join(', ') : 'no principles tagged yet'}</span>
            </li>
          ))}
        </ul>
      )}
      <h2>Coverage of the 16 principles</h2>
      {coverage.overused.map((o) => (
        <p key={o.storyId} className="notice" data-testid={STID.overused} data-story={o.storyId}>
          “{titleOf.get(o.storyId)}” is tagged with {o.tags} principles. Interviewers in one loop compare notes: use it for at most {OVERUSED_TAGS} and find another story for the rest.
        </p>
      ))}
      <table className="score-table" data-testid={STID.coverage} data-uncovered={coverage.uncovered.length}>
        <thead>
          <tr>
            <th scope="col">Principle</th>
            <th scope="col">Stories</th>
            <th scope="col">Practise</th>
          </tr>
        </thead>
        <tbody>
          {coverage.rows.map((row) => (
            <tr key={row.principleId} data-testid={STID.coverageRow} data-principle={row.principleId} data-count={row.storyIds.length}>
              <th scope="row">{nameOf.get(row.principleId)}</th>
              <td>{row.storyIds.length ? row.storyIds.map((id) => titleOf.get(id)).join('; ') : <span className="mark-missed">no story yet</span>}</td>
              <td>
                <a href={`#/drill/${row.principleId}`} data-testid={STID.drillLink}>
                  2-minute drill
                </a>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

/**
 * One story: prose or the five fields, its tags, and its review. Every keystroke is saved (300 ms
 * after typing, and at once when the page is hidden or exported); another tab's save of the same
 * story is shown when this tab has nothing unsaved, and kept as a copy when it has.
 */
export function StoryEditorPage({ id, principles }: { id: string; principles: Principle[] }) {
  const [story, setStory] = useState<Story | undefined>(() => loadStory(id));
  const [notice, setNotice] = useState<string | undefined>();
  const pending = useRef<Story | undefined>(undefined);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const { review, error, run } = useStoryReview(principles);

  useEffect(() => {
    const flush = () => {
      clearTimeout(timer.current);
      if (pending.current) saveStory(id, pending.current);
      pending.current = undefined;
    };
    const onHide = () => flush();
    const onVisibility = () => document.visibilityState === 'hidden' && flush();
    const unregister = getStore().registerFlusher(flush);
    addEventListener('pagehide', onHide);
    document.addEventListener('visibilitychange', onVisibility);
    const unsubscribe = getStore().subscribe((change) => {
      if (change.key !== storyKey(id) || change.origin === 'local') return;
      const parsed = change.envelope ? storySchema.safeParse(change.envelope.value) : undefined;
      if (!parsed?.success) return;
      const theirs = parsed.data;
      if (pending.current && change.origin !== 'import') {
        // Both tabs changed this story: keep theirs as a copy so neither is lost, and save ours.
        const copy = newStoryId();
        saveStory(copy, { ...theirs, title: `${storyTitle(theirs)} (from another tab)`, createdAt: Date.now() });
        flush();
        setNotice('Another tab saved a different version of this story while you were typing. Yours is kept here; theirs is in your bank as “(from another tab)”.');
        return;
      }
      setStory(theirs);
      if (change.origin === 'import') setNotice('This story was replaced by the import. “Undo import” in the header brings yours back.');
    });
    return () => {
      flush();
      unregister();
      unsubscribe();
      removeEventListener('pagehide', onHide);
      document.removeEventListener('visibilitychange', onVisibility);
    };
  }, [id]);

  useEffect(() => {
    document.title = `${story ? storyTitle(story) : 'Story'} · Techscreen`;
  }, [story]);

  if (!story) {
    return (
      <section className="page">
        <p className="crumbs">
          <a href="#/stories">Story bank</a>
        </p>
        <p role="alert">There is no saved story with this link (it may have been deleted in another tab).</p>
      </section>
    );
  }

  const update = (next: Story) => {
    setStory(next);
    pending.current = next;
    clearTimeout(timer.current);
    timer.current = setTimeout(() => {
      if (pending.current) saveStory(id, pending.current);
      pending.current = undefined;
    }, SAVE_DELAY_MS);
  };
  const toggleTag = (pid: Story['tags'][number]) => update({ ...story, tags: story.tags.includes(pid) ? story.tags.filter((t) => t !== pid) : [...story.tags, pid] });
  const text = storyText(story);
  return (
    <section className="page" aria-labelledby="story-heading">
      <p className="crumbs">
        <a href="#/stories">Story bank</a> › {storyTitle(story)}
      </p>
      <h1 id="story-heading">Your story</h1>
      {notice && (
        <p className="notice" role="status" data-testid={STID.tabNotice}>
          {notice}{' '}
          <button type="button" className="link-button" onClick={() => setNotice(undefined)}>
            Dismiss
          </button>
        </p>
      )}
      <label className="method-field">
        <span>Title (for you)</span>
        <input data-testid={STID.storyTitle} value={story.title} maxLength={200} onChange={(e) => update({ ...story, title: e.target.value })} />
      </label>
      <div className="row" role="radiogroup" aria-label="How to write it">
        <label>
          <input type="radio" name="story-mode" data-testid={STID.storyMode} value="prose" checked={story.mode === 'prose'} onChange={() => update({ ...story, mode: 'prose', prose: story.prose || storyText(story) })} /> As I would tell it
        </label>
        <label>
          <input type="radio" name="story-mode" data-testid={STID.storyMode} value="fields" checked={story.mode === 'fields'} onChange={() => update({ ...story, mode: 'fields' })} /> Situation / Task / Action / Result / Learning
        </label>
      </div>
      {story.mode === 'prose' ? (
        <label className="method-field">
          <span>The story, as you would say it</span>
          <textarea className="answer-box" rows={12} data-testid={STID.storyProse} value={story.prose} onChange={(e) => update({ ...story, prose: e.target.value })} />
        </label>
      ) : (
        FIELDS.map((f) => (
          <label key={f.id} className="method-field">
            <span>
              {f.label} <span className="muted">— {f.hint}</span>
            </span>
            <textarea data-testid={STID.storyField} data-field={f.id} value={story.fields[f.id]} onChange={(e) => update({ ...story, fields: { ...story.fields, [f.id]: e.target.value } })} />
          </label>
        ))
      )}
      <fieldset>
        <legend>Principles this story shows (2–4 is best)</legend>
        <div className="tag-grid">
          {principles.map((p) => (
            <label key={p.id} title={p.meaning}>
              <input type="checkbox" data-testid={STID.storyTag} data-principle={p.id} checked={story.tags.includes(p.id)} onChange={() => toggleTag(p.id)} /> {p.name}
            </label>
          ))}
        </div>
      </fieldset>
      <div className="row">
        <button type="button" className="primary" data-testid={STID.reviewButton} disabled={!text.trim()} onClick={() => void run(text)}>
          Review this story
        </button>
        <button
          type="button"
          data-testid={STID.storyDelete}
          onClick={() => {
            if (!confirm('Delete this story? It cannot be brought back unless you exported it.')) return;
            pending.current = undefined;
            removeStory(id);
            location.hash = '#/stories';
          }}
        >
          Delete
        </button>
      </div>
      {error && <p role="alert">{error}</p>}
      {review && <StoryReviewView review={review} onTag={(pid) => !story.tags.includes(pid as Story['tags'][number]) && toggleTag(pid as Story['tags'][number])} />}
    </section>
  );
}
