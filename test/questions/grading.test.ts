import { afterAll, describe, expect, it } from 'vitest';
import { loadProblemFolder } from '../../src/cli/load-problems';
import { createNodeJudgeClient } from '../../src/cli/node-client';
import type { AnswerQuestion, ApiQuestion, EstimateQuestion, TraceQuestion } from '../../src/problems/parse-questions';
import { gradeAnswer } from '../../src/worker/answer-runs';
import { gradeApi } from '../../src/review/questions/api-grade';
import { checkWorking, gradeEstimate } from '../../src/review/questions/estimate-check';

const load = <T extends AnswerQuestion>(id: string) => loadProblemFolder(id).problem as T;
const field = (r: { fields: { id: string }[] }, id: string) => r.fields.find((f) => f.id === id) as { id: string; right: boolean; message: string; expected?: string };

const client = createNodeJudgeClient();
afterAll(() => client.dispose());

describe('read the code (trace)', () => {
  const discount = load<TraceQuestion>('trace-tiered-discount');
  const retry = load<TraceQuestion>('trace-retry-attempts');

  it('grades predictions against the snippet run in the sandbox, in several spellings', async () => {
    const r = await gradeAnswer(client, retry, { declined: '[400]', 'one-retry': '(503, 201)', 'provider-down': '[503,503,503,503]' });
    expect(r.fields.filter((f) => ['declined', 'one-retry', 'provider-down'].includes(f.id)).every((f) => f.right)).toBe(true);
    // The bug fields were left empty: the answer is only partly done.
    expect(r.verdict).toBe('partly');
    expect(field(r, 'fix')).toMatchObject({ right: false, message: expect.stringMatching(/^Not answered/) });
  });

  it('names the off-by-one in a typical wrong prediction, and shows the real result', async () => {
    const r = await gradeAnswer(client, retry, { 'provider-down': '[503, 503, 503]' });
    const f = field(r, 'provider-down');
    expect(f.right).toBe(false);
    expect(f.expected).toBe('[503, 503, 503, 503]');
    expect(f.message).toMatch(/off-by-one/);
  });

  it('diagnoses a wrong prediction it has no message for (one item short, the opposite boolean, off by one)', async () => {
    const window = load<TraceQuestion>('trace-fixed-window-limit');
    const r = await gradeAnswer(client, window, { 'third-in-a-minute': '[True, True]', 'one-per-minute': '[True, True, True, True]' });
    expect(field(r, 'third-in-a-minute').message).toMatch(/One item short/);
    expect(field(r, 'one-per-minute')).toMatchObject({ right: false, expected: '[True, True, False, True]' });
    const points = load<TraceQuestion>('trace-loyalty-points');
    const p = await gradeAnswer(client, points, { weekday: '20', weekend: '39', 'big-weekend': '500' });
    expect(field(p, 'weekday').message).toMatch(/floor division/);
    expect(field(p, 'weekend').message).toMatch(/Off by one/);
    expect(field(p, 'big-weekend').right).toBe(true);
  });

  it('accepts an input that breaks the snippet and a fix that passes the hidden tests: right', async () => {
    const r = await gradeAnswer(client, discount, {
      'small-order': '4000',
      'mid-order': '6,750',
      'large-order': '10800',
      'breaking-input': '10000',
      fix: discount.fixed!,
    });
    expect(r.verdict).toBe('right');
    expect(field(r, 'breaking-input').message).toMatch(/gives 9000 where it should give 8000/);
    expect(field(r, 'fix').message).toMatch(/all 6 hidden tests pass/);
  });

  it('rejects an input on which the snippet is right, and a fix that still fails, saying which test', async () => {
    const r = await gradeAnswer(client, discount, {
      'breaking-input': '7500',
      fix: 'function discountedTotal(s) { if (s > 10000) return s - Math.round(s * 0.2); if (s >= 5000) return s - Math.round(s * 0.1); return s; }',
    });
    expect(field(r, 'breaking-input')).toMatchObject({ right: false, message: expect.stringMatching(/does not go wrong there/) });
    expect(field(r, 'fix')).toMatchObject({ right: false, message: expect.stringMatching(/5 of 6 hidden tests pass\. First failing test: "exactly \$100"/) });
  });

  it('says when a breaking input is outside what the function accepts, and when a fix does not compile', async () => {
    const dedupe = load<TraceQuestion>('trace-dedupe-signups');
    const r = await gradeAnswer(client, dedupe, { 'breaking-input': '42', fix: 'def dedupe_signups(signups):\n    return [s["name"] for s in signups if' });
    expect(field(r, 'breaking-input').message).toMatch(/even the intended version fails/);
    expect(field(r, 'fix').message).toMatch(/does not run/);
  });

  it('grades a pseudocode fix with the same hidden tests', async () => {
    const dedupe = load<TraceQuestion>('trace-dedupe-signups');
    const fix = dedupe.snippet.replace('email = s["email"]', 'email = s["email"].lower().strip()');
    const r = await gradeAnswer(client, dedupe, { 'breaking-input': "[{'name': 'A', 'email': 'a@x.com'}, {'name': 'B', 'email': ' a@x.com'}]", fix });
    expect(field(r, 'breaking-input').right).toBe(true);
    expect(field(r, 'fix').right).toBe(true);
  });

  it('reads the one-sentence summary as advice through the answer reader, never changing the verdict', async () => {
    const points = load<TraceQuestion>('trace-loyalty-points');
    const typed = { weekday: '19', weekend: '38', 'big-weekend': '500' };
    const vague = await gradeAnswer(client, points, { ...typed, explain: 'It computes something from the order.' });
    expect(vague.verdict).toBe('right');
    expect(field(vague, 'explain')).toMatchObject({ advice: true, right: false, message: expect.stringMatching(/not said.*One way to say it/s) });
    const good = await gradeAnswer(client, points, { ...typed, explain: 'You get a point for every dollar, double on weekends, and at most 500 points per order.' });
    expect(field(good, 'explain')).toMatchObject({ advice: true, right: true });
  });

  it('reads a list said out loud: without brackets, or "an empty list"', async () => {
    const dedupe = load<TraceQuestion>('trace-dedupe-signups');
    const r = await gradeAnswer(client, dedupe, { 'plain-duplicate': 'Ann, Bo', 'capital-letters': 'Ann', 'no-signups': 'an empty list' });
    expect(field(r, 'plain-duplicate').right).toBe(true);
    expect(field(r, 'no-signups').right).toBe(true);
    expect(field(r, 'capital-letters').message).toMatch(/compares the emails exactly as typed/);
  });

  it('reads objects typed the JavaScript or the Python way', async () => {
    const settings = load<TraceQuestion>('trace-merge-settings');
    const r = await gradeAnswer(client, settings, {
      'no-choices': "{digest: 'weekly', channels: ['email']}",
      'turns-on-sms': '{"channels": ["email"], "digest": "weekly"}',
      'daily-digest': "{'digest': 'daily', 'channels': []}",
    });
    expect(field(r, 'no-choices').right).toBe(true);
    expect(field(r, 'turns-on-sms').right).toBe(true);
    expect(field(r, 'daily-digest').right).toBe(false);
  });
});

describe('read the API exchange (api)', () => {
  const retry = load<ApiQuestion>('api-idempotent-retry');
  it('grades the reference answers right in several spellings', () => {
    for (const typed of ['201', '201 Created', 'HTTP 201', 'created']) expect(field(gradeApi(retry, { 'retry-status': typed }), 'retry-status').right).toBe(true);
    const r = gradeApi(retry, { 'retry-status': '201', 'key-reused': '422 Unprocessable Entity', 'orders-now': 'two', 'safe-to-retry': 'A and C' });
    expect(r.verdict).toBe('right');
  });

  it("names the typical mistake: the retry's status confused with a new call's, a missing key's duplicate", () => {
    const r = gradeApi(retry, { 'retry-status': '200 OK', 'orders-now': '1', 'safe-to-retry': 'a' });
    expect(field(r, 'retry-status')).toMatchObject({ right: false, expected: '201', message: expect.stringMatching(/stored response of the first call/) });
    expect(field(r, 'orders-now').message).toMatch(/nothing to recognise the repeat by/);
    expect(field(r, 'safe-to-retry').message).toMatch(/You left out GET/);
    expect(r.verdict).toBe('wrong');
  });

  it('reads header values, numbers with units, and case-sensitive cursors', () => {
    const limits = load<ApiQuestion>('api-rate-limit-429');
    expect(field(gradeApi(limits, { 'wait-seconds': '38 seconds' }), 'wait-seconds').right).toBe(true);
    expect(field(gradeApi(limits, { 'wait-seconds': 'Retry-After: 38' }), 'wait-seconds').right).toBe(true);
    expect(field(gradeApi(limits, { 'wait-seconds': '40' }), 'wait-seconds').message).toMatch(/the 429's own Retry-After/);
    const pages = load<ApiQuestion>('api-cursor-pages');
    expect(field(gradeApi(pages, { 'cursor-for-page-3': '"b3JkOjExMA"' }), 'cursor-for-page-3').right).toBe(true);
    expect(field(gradeApi(pages, { 'cursor-for-page-3': 'b3jkojexma' }), 'cursor-for-page-3').right).toBe(false);
    const etag = load<ApiQuestion>('api-etag-412');
    expect(field(gradeApi(etag, { 'tab-b-next': 'If-Match: "v8"' }), 'tab-b-next').right).toBe(true);
    expect(field(gradeApi(etag, { 'tab-b-status': 'Precondition Failed' }), 'tab-b-status').right).toBe(true);
  });

  it('says when an answer cannot be read', () => {
    const r = gradeApi(retry, { 'retry-status': 'the same as before' });
    expect(field(r, 'retry-status').message).toMatch(/no status code could be read/);
  });
});

describe('estimate the scale (estimate)', () => {
  const qps = load<EstimateQuestion>('estimate-product-page-peak-qps');
  const storage = load<EstimateQuestion>('estimate-order-storage-year');
  const bandwidth = load<EstimateQuestion>('estimate-image-bandwidth');

  it('accepts sound working in a different style, within the band', () => {
    const r = gradeEstimate(qps, { work: '50 million DAU, 20 page views per user per day\n50M × 20 = 1B views a day\n1B / 100k s ≈ 10k/s average\n× 3 at peak ≈ 30k QPS', figure: '~30,000 requests per second' });
    expect(r.verdict).toBe('right');
    expect(field(r, 'work').message).toMatch(/adds up/);
  });

  it('catches a per-day figure given per second, in the working and in the figure', () => {
    const r = gradeEstimate(qps, { work: '50M × 20 = 1B page views a day\n= 1B QPS', figure: '1B QPS' });
    expect(r.verdict).toBe('wrong');
    expect(field(r, 'work').message).toMatch(/Line 2: .* is not 1B QPS: a figure per day written as per second/);
    expect(field(r, 'figure').message).toMatch(/per-day figure given per second/);
  });

  it('flags a step off by more than 10%, with the line and what it comes to', () => {
    const w = checkWorking('50M × 20 = 1B\n1B / 86,400 = 11,574\n× 3 = 50k');
    expect(w.flags).toHaveLength(1);
    expect(w.flags[0]).toMatchObject({ line: 3, kind: 'arithmetic' });
    expect(w.flags[0].message).toMatch(/comes to 34.7k, not 50k/);
    // Fair rounding is not a slip.
    expect(checkWorking('1B / 86,400 ≈ 12k\n12k × 3 ≈ 40k').flags).toEqual([]);
  });

  it('names a missing peak factor and missing replication', () => {
    const peak = gradeEstimate(qps, { work: '50M × 20 = 1B a day\n1B / 86,400 = 11.6k/s', figure: '11.6k/s' });
    expect(peak.verdict).toBe('partly');
    expect(field(peak, 'work').right).toBe(true);
    expect(field(peak, 'needs-peak')).toMatchObject({ right: false, message: expect.stringMatching(/No peak factor/) });
    expect(field(peak, 'figure').message).toMatch(/there is no peak factor/);
    const copies = gradeEstimate(storage, { work: '2M × 2 KB = 4 GB a day\n× 365 = 1.46 TB', figure: '1.46 TB' });
    expect(field(copies, 'needs-replication')).toMatchObject({ right: false, message: expect.stringMatching(/No replication/) });
    // The arithmetic is sound; only the copies are missing: partly right.
    expect(copies.verdict).toBe('partly');
  });

  it('catches bits taken for bytes and converts a figure given in bits', () => {
    expect(gradeEstimate(bandwidth, { work: '30k × 5 × 100 KB = 15 GB/s', figure: '120 Gbps' }).verdict).toBe('right');
    const r = gradeEstimate(bandwidth, { work: '30k × 5 × 100 KB = 15 GB/s', figure: '15 Gbps' });
    expect(field(r, 'figure').message).toMatch(/bits taken for bytes/);
    expect(checkWorking('1 Gbps = 1 GB/s').flags[0].message).toMatch(/bits written as bytes/);
  });

  it('takes the figure from the last line when none is given, and says so', () => {
    const r = gradeEstimate(storage, { work: '2M × 2 KB = 4 GB/day\n× 365 = 1.46 TB\n× 3 replicas = 4.4 TB', figure: '' });
    expect(r.verdict).toBe('right');
    expect(field(r, 'figure').message).toMatch(/read from your last line/);
  });
});

describe('estimates written the way candidates write them', () => {
  const qps = load<EstimateQuestion>('estimate-product-page-peak-qps');
  const storage = load<EstimateQuestion>('estimate-order-storage-year');
  const bandwidth = load<EstimateQuestion>('estimate-image-bandwidth');
  const cache = load<EstimateQuestion>('estimate-product-cache-size');
  const push = load<EstimateQuestion>('estimate-push-notifications-peak');

  it.each([
    ['scientific notation and bullets', qps, '- DAU: 50 million\n- daily views: 1 billion\n- avg: 1e9 / 8.64e4 ≈ 1.2e4 /s\n- peak (x3): ≈ 3.5e4 /s', '3.5 x 10^4 per second'],
    ['one line with commas', qps, '50M*20=1B/day, /86400 = 11.6K/s avg, x3 peak = 35K/s', '35K'],
    ['several steps on one line', storage, '2 million × 2 KB = 4 GB a day; a year is 365 × 4 GB = 1.5 TB; with 3 copies ≈ 4.5 TB', '4.5 TB'],
    ['units in words', cache, '20% of 50M = 10M; 10M * 5KB = 50,000 MB = 50 GB', '50 gigabytes'],
    ['the scenario words for its rush', push, '100M * 0.7 = 70M in 2 hours = 35M/hour = 9.7k per second', '9,700 per second'],
    ['bits per second', bandwidth, '30,000 pages/s × 5 images × 100 KB = 15,000,000 KB/s = 15 GB/s ≈ 120 Gbps', '120 Gbps'],
  ])('sound working, %s: right', (_, q, work, figure) => {
    const r = gradeEstimate(q, { work, figure });
    expect(r.fields.filter((f) => !f.right)).toEqual([]);
    expect(r.verdict).toBe('right');
  });

  it('broken arithmetic that lands the figure out of range is wrong, and names the line', () => {
    const r = gradeEstimate(bandwidth, { work: '30k × 5 × 100 KB = 1.5 GB/s', figure: '1.5 GB/s' });
    expect(r.verdict).toBe('wrong');
    expect(field(r, 'work').message).toMatch(/Line 1: 30k × 5 × 100 KB comes to 15 GB, not 1.5 GB\/s/);
    const slip = gradeEstimate(storage, { work: '2M * 2KB = 4 TB/day\n* 365 = 1,460 TB\n* 3 = 4,380 TB', figure: '4.4 PB' });
    expect(slip.verdict).toBe('wrong');
    expect(field(slip, 'figure').message).toMatch(/slip of a thousand.*about 4.4 TB/);
  });

  it('names only a slip the working makes likely', () => {
    // No bits anywhere: a 5× gap is not blamed on bits and bytes.
    expect(field(gradeEstimate(cache, { work: '50M × 5 KB = 250 GB', figure: '250 GB' }), 'figure').message).toMatch(/5× too high/);
    const month = gradeEstimate(storage, { work: '2M × 2 KB = 4 GB\n× 30 days = 120 GB a month × 3 = 360 GB', figure: '360 GB' });
    expect(field(month, 'figure').message).toMatch(/a month's data given for a year/);
  });
});
