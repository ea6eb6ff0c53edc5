import { useState } from 'react';

/**
 * The questions an interviewer expects, kept behind a button: asking them is the exercise, so the
 * user is invited to write their own first.
 */
export function ClarifyingQuestions({ promptId, questions }: { promptId: string; questions: string[] }) {
  const [open, setOpen] = useState(false);
  const listId = `clarifying-${promptId}`;
  return (
    <div className="clarifying" data-testid="clarifying-questions">
      <h2>Clarifying questions</h2>
      <p className="muted">Write your own questions in the Requirements notes first; an interviewer wants to hear what you would ask.</p>
      <button type="button" aria-expanded={open} aria-controls={open ? listId : undefined} data-testid="show-clarifying" onClick={() => setOpen((o) => !o)}>
        {open ? 'Hide the questions' : 'Show the questions an interviewer expects'}
      </button>
      {open && (
        <ul id={listId}>
          {questions.map((q) => (
            <li key={q}>{q}</li>
          ))}
        </ul>
      )}
    </div>
  );
}
