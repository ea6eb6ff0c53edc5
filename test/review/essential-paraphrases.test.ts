// Each prompt's essential topics, read through the answer reader as the review reads them: paraphrases of
// the remedy count, the hole said plainly does not. Sentences written for this test in words the rubric
// data does not use verbatim, so a change to the matching that loses them shows here.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { reviewNotes } from '../../src/review/notes-review';
import * as reader from '../../src/review/answer';
import type { RubricItem } from '../../src/problems/schema';

const PROBLEMS = resolve(import.meta.dirname, '../../problems');
type Topic = Extract<RubricItem, { type: 'topic' }>;

const cases: [string, string, string, boolean][] = [
  ['alexa-voice-reorder', 'repeat-guard', 'If the same customer asks for the same product again within a day, Alexa says it was already ordered and asks whether they want another.', true],
  ['alexa-voice-reorder', 'repeat-guard', 'Before placing an order we look for an open order of that ASIN from the last 48 hours.', true],
  ['alexa-voice-reorder', 'idempotency', 'The order call carries a token derived from the utterance id, so a retry after a timeout returns the first order instead of creating another.', true],
  ['alexa-voice-reorder', 'idempotency', 'On a timeout we simply call placeOrder again.', false],
  ['alexa-voice-reorder', 'confirmation', 'Alexa reads back the product and price and waits for a yes before ordering.', true],
  ['alexa-voice-reorder', 'confirmation', 'We order immediately to keep the interaction short.', false],
  ['experiment-platform', 'sticky', 'Bucketing hashes the user id with the experiment salt, so a user lands in the same arm on every device.', true],
  ['experiment-platform', 'sticky', 'Each page load draws a random variant.', false],
  ['experiment-platform', 'trust', 'We only call a result when the confidence interval excludes zero and the sample-ratio check passes.', true],
  ['notifications-at-scale', 'dedupe', 'Workers record each message id in a table with a conditional write, so a redelivered event is not sent again.', true],
  ['notifications-at-scale', 'retry-dlq', 'If Twilio returns errors we switch SMS to our second vendor and retry with backoff; after 5 tries the message goes to a dead-letter queue.', true],
  ['notifications-at-scale', 'priority', 'Order and shipping messages have their own queue with reserved workers, so a Prime Day deal blast never delays them.', true],
  ['partner-api-rate-limits', 'limit-key', 'Every seller account gets its own token bucket, keyed on the seller id from the API key.', true],
  ['partner-api-rate-limits', 'limit-key', 'We limit each client IP address to 100 requests a second.', false],
  ['partner-api-rate-limits', 'shared-count', 'All gateway instances share one Redis counter per seller, updated atomically with a Lua script.', true],
  ['partner-api-rate-limits', 'shared-count', 'Every gateway node keeps its own in-memory bucket for each seller.', false],
  ['partner-api-rate-limits', 'http-429', 'A limited call gets 429 Too Many Requests and a Retry-After header.', true],
  ['partner-api-rate-limits', 'fail-mode', 'If the limiter cannot be reached within 5 ms, the gateway lets the request through and alarms.', true],
  ['prime-delivery-accuracy', 'out-of-order', 'Scans can arrive late or twice; we keep the one with the latest event time and ignore older ones.', true],
  ['prime-delivery-accuracy', 'segment', 'We alert when the on-time rate for any region or carrier drops 3 points below its 4-week baseline.', true],
  ['prime-delivery-accuracy', 'segment', 'We alert when the national on-time rate drops below 95%.', false],
  ['prime-delivery-accuracy', 'at-risk', 'Orders likely to miss their date get an email with a new date and a credit.', true],
  ['search-latency', 'measure-first', 'First we add a span for every stage (query parsing, retrieval, ranking, hydration) to see where the p99 goes.', true],
  ['search-latency', 'staleness', 'Cached pages hold only product ids; price and stock are looked up live for each result.', true],
  ['seller-analytics-dashboard', 'access', 'The API takes the seller id from the signed token and ignores any seller id in the query.', true],
  ['seller-analytics-dashboard', 'access', 'The dashboard passes sellerId as a query parameter.', false],
  ['seller-analytics-dashboard', 'pre-aggregation', 'A nightly job sums orders and views per seller, product and day into a summary table.', true],
  ['seller-onboarding-api', 'seller-identity', 'Which seller an application belongs to is decided by the auth token, never by the request body.', true],
  ['seller-onboarding-api', 'manual-review', 'Flagged applications go to a review queue where an analyst approves or rejects them.', true],
  ['seller-onboarding-api', 'async-status', 'Submitting returns 202 and the seller polls GET /applications/{id} for its state.', true],
  ['shopping-cart-api', 'guest-merge', 'At sign-in the guest cart’s lines are added to the customer cart; for the same SKU we keep the larger quantity.', true],
  ['shopping-cart-api', 'guest-merge', 'After sign-in the guest cart is simply dropped.', false],
  ['wish-list-api', 'owner-only', 'Friends open a share link that only lets them view the list; edits need the owner’s token.', true],
  ['wish-list-api', 'owner-only', 'Anyone with the list id can edit it.', false],
  ['wish-list-api', 'sharing', 'Customers can send friends a link to a list.', true],
];

describe('essential topics: paraphrases count, the hole does not', () => {
  it.each(cases)('%s %s: %s → %s', (prompt, id, text, want) => {
    const rubric = JSON.parse(readFileSync(resolve(PROBLEMS, prompt, 'problem.json'), 'utf8')).rubric as RubricItem[];
    const topic = rubric.find((r): r is Topic => r.id === id && r.type === 'topic');
    expect(topic?.essential).toBe(true);
    const { topics } = reviewNotes({ 'trade-offs': text }, [{ id, label: topic!.label, keywords: topic!.keywords, ...(topic!.claims ? { claims: topic!.claims } : {}), ...(topic!.refutedBy ? { refutedBy: topic!.refutedBy } : {}) }], reader);
    expect(topics[0].met).toBe(want);
  });
});
