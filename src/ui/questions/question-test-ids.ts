/** Test ids of the trace, api and estimate pages, shared with their browser tests. */
export const QTID = {
  page: 'answer-page',
  snippet: 'trace-snippet',
  exchange: 'api-exchange',
  field: 'answer-field',
  fieldOutcome: 'field-outcome',
  expected: 'field-expected',
  handIn: 'answer-hand-in',
  verdict: 'answer-verdict',
  tryAgain: 'answer-try-again',
  hint: 'answer-hint',
  explanation: 'answer-explanation',
  savedNote: 'answer-saved',
} as const;
