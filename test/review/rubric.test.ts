import { describe, expect, it } from 'vitest';
import { reviewDesign } from '../../src/review/rubric';
import type { DiagramGraph } from '../../src/review/diagram-model';
import type { RubricItem } from '../../src/problems/schema';

const rubric: RubricItem[] = [
  { type: 'component', id: 'client', label: 'Who calls it', kinds: ['client'], why: 'w' },
  { type: 'component', id: 'edge', label: 'Gateway', kinds: ['gateway', 'load-balancer'], optional: true, why: 'w' },
  { type: 'component', id: 'svc', label: 'Order service', kinds: ['service'], words: ['orders'], why: 'w' },
  { type: 'component', id: 'store', label: 'A durable store', kinds: ['database'], why: 'w' },
  { type: 'flow', id: 'path', label: 'Client to store', path: ['client', 'svc', 'store'], essential: true, hole: 'Requests never reach a durable store.', why: 'w' },
  { type: 'topic', id: 'metric', label: 'A metric', keywords: ['conversion'], section: 'metrics', why: 'w' },
];
const graph = (nodes: [string, string, string?][], edges: [string, string, boolean?][]): DiagramGraph => ({
  nodes: nodes.map(([id, label, shape]) => ({ id, label, ...(shape ? { shape } : {}) })),
  edges: edges.map(([from, to, directed = true]) => ({ from, to, directed })),
});
const prose = { requirements: 'We assume ten thousand orders a day.\nCustomers must see their own orders at once.\nOrders are kept for seven years, then archived.' };
const notes = { ...prose, metrics: 'We track checkout conversion per week.', api: '' };
const byId = (r: ReturnType<typeof reviewDesign>) => Object.fromEntries(r.results.map((x) => [x.id, x]));

describe('reviewDesign', () => {
  it('meets components by kind with evidence, flows along arrows, topics in their section', () => {
    const r = reviewDesign({ rubric, designKind: 'system' }, graph([['c', 'Customer'], ['o', 'OrderService'], ['d', 'Orders', 'cylinder']], [['c', 'o'], ['o', 'd']]), notes);
    const x = byId(r);
    expect(x.client.evidence).toBe('“Customer” is a client: “customer” in its name “Customer”.');
    expect(x.svc.evidence).toContain('“OrderService” is a service');
    expect(x.store.evidence).toContain('its shape (cylinder)');
    expect(x.path.evidence).toBe('“Customer” → “OrderService” → “Orders”.');
    expect(x.metric.evidence).toContain('checkout conversion');
    expect(x.edge).toMatchObject({ met: false, optional: true });
    expect(r.solved).toBe(true);
  });

  it('does not walk an arrow backwards, and says the arrow runs the other way', () => {
    const r = reviewDesign({ rubric, designKind: 'system' }, graph([['c', 'Client'], ['o', 'Order service'], ['d', 'DB']], [['c', 'o'], ['d', 'o']]), notes);
    expect(byId(r).path.met).toBe(false);
    expect(byId(r).path.hint).toContain('an arrow runs the other way');
    expect(r.solved).toBe(false);
    expect(r.holes).toEqual([{ id: 'path', label: 'Client to store', hole: 'Requests never reach a durable store.' }]);
  });

  it('reads an arrow labelled as a read as data flowing back to the caller', () => {
    const calls: DiagramGraph = { nodes: [{ id: 'c', label: 'Client' }, { id: 'o', label: 'Order service' }, { id: 'd', label: 'DB' }], edges: [{ from: 'c', to: 'o', directed: true }, { from: 'o', to: 'd', directed: true, label: 'Queries' }] };
    expect(byId(reviewDesign({ rubric, designKind: 'system' }, calls, notes)).path.met).toBe(true);
    const flow: RubricItem[] = [...rubric, { type: 'flow', id: 'back', label: 'Store to service', path: ['store', 'svc'], why: 'w' }];
    expect(byId(reviewDesign({ rubric: flow, designKind: 'system' }, calls, notes)).back.met).toBe(true);
  });

  it('solved means every essential is met; advice is scored but never decides', () => {
    const g = graph([['c', 'Customer'], ['o', 'Order service'], ['d', 'Orders', 'cylinder']], [['c', 'o'], ['o', 'd']]);
    const r = reviewDesign({ rubric, designKind: 'system' }, g, prose);
    expect(byId(r).metric.met).toBe(false);
    expect(r.solved).toBe(true);
    expect(r.essentials).toEqual({ met: 2, total: 2 });
    expect(r.met).toBeLessThan(r.required);
  });

  it('a never flow fails on a direct arrow between its components, whichever way it points', () => {
    const never: RubricItem[] = [...rubric, { type: 'flow', id: 'direct', label: 'No direct writes', path: ['client', 'store'], never: true, essential: true, hole: 'The client writes straight to the database.', why: 'w' }];
    const ok = reviewDesign({ rubric: never, designKind: 'system' }, graph([['c', 'Customer'], ['o', 'Order service'], ['d', 'Orders', 'cylinder']], [['c', 'o'], ['o', 'd']]), notes);
    expect(byId(ok).direct.met).toBe(true);
    const holed = reviewDesign({ rubric: never, designKind: 'system' }, graph([['c', 'Customer'], ['o', 'Order service'], ['d', 'Orders', 'cylinder']], [['c', 'o'], ['o', 'd'], ['c', 'd']]), notes);
    expect(byId(holed).direct).toMatchObject({ met: false, hole: 'The client writes straight to the database.' });
    expect(byId(holed).direct.hint).toContain('The arrow from “Customer” to “Orders” joins them directly');
    expect(holed.solved).toBe(false);
  });

  it('a topic applies only with its component: staleness needs a cache', () => {
    const items: RubricItem[] = [
      { type: 'component', id: 'cache', label: 'A cache', kinds: ['cache'], optional: true, why: 'w' },
      { type: 'topic', id: 'stale', label: 'Staleness', keywords: ['invalidate'], appliesWith: 'cache', essential: true, hole: 'Cached prices go stale.', why: 'w' },
    ];
    expect(reviewDesign({ rubric: items, designKind: 'system' }, graph([['s', 'Search service']], []), prose).solved).toBe(true);
    const withCache = reviewDesign({ rubric: items, designKind: 'system' }, graph([['s', 'Search service'], ['r', 'Redis']], []), prose);
    expect(withCache.holes.map((h) => h.id)).toEqual(['stale']);
  });

  it('an idea in the diagram counts, and a line that states the hole refutes a topic', () => {
    const items: RubricItem[] = [{ type: 'topic', id: 'shared', label: 'A shared count', keywords: ['redis'], refutedBy: ['in-memory counters'], essential: true, hole: 'Each server counts alone.', why: 'w' }];
    const labelled = reviewDesign({ rubric: items, designKind: 'system' }, graph([['l', 'Limiter (Redis)']], []), {});
    expect(labelled.results[0]).toMatchObject({ met: true, evidence: expect.stringContaining('(the diagram)') });
    const refuted = reviewDesign({ rubric: items, designKind: 'system' }, graph([['l', 'Limiter (Redis)']], []), { 'trade-offs': 'Each gateway keeps in-memory counters for speed.' });
    expect(refuted.results[0]).toMatchObject({ met: false, hint: expect.stringContaining('The notes say “Each gateway keeps in-memory counters for speed.”') });
  });

  it('accepts either direction when the flow says so', () => {
    const either = rubric.map((i) => (i.type === 'flow' ? { ...i, either: true } : i));
    const r = reviewDesign({ rubric: either, designKind: 'system' }, graph([['c', 'Client'], ['o', 'Order service'], ['d', 'DB']], [['o', 'c'], ['d', 'o']]), notes);
    expect(byId(r).path.met).toBe(true);
  });

  it('a topic counts in any section; the evidence says where an interviewer would look for it', () => {
    const r = reviewDesign({ rubric, designKind: 'system' }, graph([], []), { 'trade-offs': 'Conversion matters more than cost.' });
    expect(byId(r).metric).toMatchObject({ met: true, evidence: 'The notes say “Conversion matters more than cost.” (Trade-offs; an interviewer would look for it under Metrics).' });
  });

  it('scores nothing against a diagram that could not be read', () => {
    const r = reviewDesign({ rubric, designKind: 'system' }, { message: 'bad', line: 4 }, notes);
    expect(r.diagramError).toEqual({ message: 'bad', line: 4 });
    expect(r.results.filter((x) => x.type !== 'topic' && x.type !== 'notes').every((x) => !x.met && x.hint?.startsWith('Not checked'))).toBe(true);
    expect(r.solved).toBe(false);
  });

  it('the structural API checks are advice: shown and scored, never a gate; unscored on a system prompt', () => {
    const g = graph([['c', 'Client'], ['o', 'Order service'], ['d', 'DB']], [['c', 'o'], ['o', 'd']]);
    const weak = reviewDesign({ rubric, designKind: 'api' }, g, { ...notes, api: 'GET /orders and POST /createOrder' });
    expect(weak.solved).toBe(true);
    expect(weak.results.filter((x) => x.type === 'api' && !x.met).map((x) => x.id)).toEqual(expect.arrayContaining(['api-nouns', 'api-version', 'api-pagination', 'api-errors']));
    expect(weak.met).toBeLessThan(weak.required);
    const system = reviewDesign({ rubric, designKind: 'system' }, g, { ...notes, api: 'GET /orders and POST /createOrder' });
    expect(system.results.filter((x) => x.type === 'api').every((x) => x.optional)).toBe(true);
    expect(system.met).toBe(system.required);
  });

  it('notes that only list terms fail the design, whatever the diagram shows', () => {
    const g = graph([['c', 'Customer'], ['o', 'Order service'], ['d', 'Orders', 'cylinder']], [['c', 'o'], ['o', 'd']]);
    const listed = { requirements: 'Guests, sign-in, multi-device, price, stock.', 'trade-offs': 'Strong vs eventual consistency, CAP theorem, caching, sharding.', nfrs: 'p99, availability, scaling, fault tolerance.' };
    const r = reviewDesign({ rubric, designKind: 'system' }, g, listed);
    expect(r.solved).toBe(false);
    expect(r.holes.map((h) => h.id)).toEqual(['notes-sentences']);
    expect(reviewDesign({ rubric, designKind: 'system' }, g, {}).solved).toBe(false);
  });

  it('words match whole words with plurals: "Orders service" names "order service", "REDIS_URL" names nothing', () => {
    const words: RubricItem[] = [
      { type: 'component', id: 'order', label: 'Orders', words: ['order service'], why: 'w' },
      { type: 'component', id: 'cache', label: 'Cache', kinds: ['cache'], why: 'w' },
    ];
    const r = reviewDesign({ rubric: words, designKind: 'system' }, graph([['o', 'Orders service'], ['cfg', 'Config: REDIS_URL']], []), {});
    expect(byId(r).order.met).toBe(true);
    expect(byId(r).cache.met).toBe(false);
  });
});

describe('reviewDesign: holes failed only when a draft states them', () => {
  const flagged: RubricItem[] = [
    ...rubric,
    {
      type: 'topic',
      id: 'batched',
      label: 'Prices fetched together',
      keywords: ['batch', 'in parallel'],
      refutedBy: ['re:\\bone call per (result|item)\\b'],
      onlyWhenStated: true,
      essential: true,
      hole: 'Prices are fetched one call per result.',
      why: 'w',
    },
  ];
  const g = graph([['c', 'Customer'], ['o', 'OrderService'], ['d', 'Orders', 'cylinder']], [['c', 'o'], ['o', 'd']]);
  const plain = reviewDesign({ rubric: flagged, designKind: 'system' }, g, notes);
  const withoutFlag = reviewDesign({ rubric, designKind: 'system' }, g, notes);

  it('is met when the notes never mention it, and then adds nothing to the figures', () => {
    expect(byId(plain).batched).toMatchObject({ met: true, essential: true });
    expect(byId(plain).batched.evidence).toBe('Nothing in the diagram or the notes goes against this: prices fetched together.');
    expect(plain.solved).toBe(true);
    expect([plain.met, plain.required, plain.essentials]).toEqual([withoutFlag.met, withoutFlag.required, withoutFlag.essentials]);
  });

  it('fails for its hole when a line states it, even beside lines that say the opposite elsewhere', () => {
    const r = reviewDesign({ rubric: flagged, designKind: 'system' }, g, { ...notes, 'trade-offs': 'We call the price service one call per result.\nShards are queried in parallel.' });
    expect(byId(r).batched.met).toBe(false);
    expect(r.solved).toBe(false);
    expect(r.holes).toEqual([{ id: 'batched', label: 'Prices fetched together', hole: 'Prices are fetched one call per result.' }]);
    expect(r.essentials.total).toBe(withoutFlag.essentials.total + 1);
  });

  it('is met when the stating line also gives the remedy or only weighs the option', () => {
    for (const line of ['Instead of one call per result, we send one batch call for the page.', 'One call per result would cost 48 round trips, so we fetch prices in parallel.']) {
      const r = reviewDesign({ rubric: flagged, designKind: 'system' }, g, { ...notes, 'trade-offs': line });
      expect(byId(r).batched.met, line).toBe(true);
      expect(r.solved, line).toBe(true);
    }
  });

  it('a diagram label can state the hole too', () => {
    const labelled: DiagramGraph = { ...g, edges: [...g.edges, { from: 'o', to: 'd', directed: true, label: 'GetPrice, one call per item' }] };
    expect(reviewDesign({ rubric: flagged, designKind: 'system' }, labelled, notes).holes.map((h) => h.id)).toEqual(['batched']);
  });
});

describe('rubric schema: a hole failed only when stated', () => {
  it('needs the phrases that state the hole, and says so by field', async () => {
    const { designPromptMeta } = await import('../../src/problems/schema');
    const base = { id: 'p', kind: 'design', designKind: 'system', title: 'T', skill: 'system-design', difficulty: 'core', summary: 's', clarifyingQuestions: ['a?', 'b?'] };
    const topic = { type: 'topic', id: 'flag', label: 'L', keywords: ['batch'], onlyWhenStated: true, essential: true, hole: 'H.', why: 'w' };
    const bad = designPromptMeta.safeParse({ ...base, rubric: [...rubric, topic] });
    expect(bad.success).toBe(false);
    expect(JSON.stringify(bad.error?.issues)).toContain('needs \\"refutedBy\\"');
    expect(designPromptMeta.safeParse({ ...base, rubric: [...rubric, { ...topic, refutedBy: ['one call per result'] }] }).success).toBe(true);
  });
});

describe('reviewDesign: essentials that need evidence, and holes implied by a design choice', () => {
  const g = graph([['c', 'Customer'], ['o', 'OrderService'], ['d', 'Orders', 'cylinder']], [['c', 'o'], ['o', 'd']]);
  const reads = (unsureFails: boolean): RubricItem => ({
    type: 'topic',
    id: 'reads',
    label: 'Only the owner reads an order',
    keywords: ['owner only', 'random token'],
    impliedBy: ['re:\\bsequential (order )?ids?\\b'],
    ask: 'Who can read an order that is not theirs?',
    unsureFails,
    essential: true,
    hole: 'Anyone may read anyone’s order.',
    why: 'Orders are private.',
  });
  const run = (item: RubricItem, more: Record<string, string> = {}) => reviewDesign({ rubric: [...rubric, item], designKind: 'system' }, g, { ...notes, ...more });

  it('is unsure, with the interviewer’s question, when the draft says nothing either way', () => {
    const r = run(reads(false));
    expect(byId(r).reads).toMatchObject({ met: false, unsure: true, essential: true });
    expect(byId(r).reads.hint).toContain('An interviewer would ask: “Who can read an order that is not theirs?”');
    expect(byId(r).reads.hole).toBeUndefined();
    expect(r.unsure).toEqual([{ id: 'reads', label: 'Only the owner reads an order', question: 'Who can read an order that is not theirs?', fails: false }]);
    // Asked, not failed: the design stays solved and the unsure item is not counted among the essentials.
    expect(r.solved).toBe(true);
    expect(r.essentials).toEqual(reviewDesign({ rubric, designKind: 'system' }, g, notes).essentials);
  });

  it('an unsure essential that an interviewer would fail keeps the design from being solved, named with its question', () => {
    const r = run(reads(true));
    expect(r.solved).toBe(false);
    expect(r.holes).toEqual([{ id: 'reads', label: 'Only the owner reads an order', hole: 'Anyone may read anyone’s order — unless the design shows otherwise: Who can read an order that is not theirs?' }]);
    expect(r.unsure[0].fails).toBe(true);
  });

  it('is met by evidence on any line, and a choice that implies the hole is answered by a remedy anywhere', () => {
    expect(run(reads(true), { api: 'GET /orders/{id} is owner only.' }).solved).toBe(true);
    const both = run(reads(true), { 'data-model': 'Orders use sequential ids.', api: 'Shared orders are read through a random token.' });
    expect(byId(both).reads.met).toBe(true);
  });

  it('fails, not unsure, when a design choice implies the hole and nothing makes up for it', () => {
    const r = run(reads(false), { 'data-model': 'Orders use sequential ids, so support can read them out on the phone.' });
    expect(byId(r).reads).toMatchObject({ met: false });
    expect(byId(r).reads.unsure).toBeUndefined();
    expect(byId(r).reads.hint).toContain('and nothing in the design makes up for it');
    expect(r.holes.map((h) => h.id)).toEqual(['reads']);
  });

  it('a hole stated in one sentence is not answered by a remedy in the next one', () => {
    const item: RubricItem = { type: 'topic', id: 'sticky', label: 'Sticky assignment', keywords: ['hash'], refutedBy: ['re:\\bnew seed\\b'], onlyWhenStated: true, essential: true, hole: 'Users switch variants.', why: 'w' };
    expect(run(item, { 'trade-offs': 'Assignment is a hash of the user id. When we ramp up we draw a new seed.' }).holes.map((h) => h.id)).toEqual(['sticky']);
    expect(run(item, { 'trade-offs': 'Assignment is a hash of the user id and the seed, never a new seed on a ramp.' }).solved).toBe(true);
  });

  it('the schema keeps "ask" and "unsureFails" consistent', async () => {
    const { designPromptMeta } = await import('../../src/problems/schema');
    const base = { id: 'p', kind: 'design', designKind: 'system', title: 'T', skill: 'system-design', difficulty: 'core', summary: 's', clarifyingQuestions: ['a?', 'b?'] };
    const topic = { type: 'topic', id: 'q', label: 'L', keywords: ['x'], essential: true, hole: 'H.', why: 'w' };
    expect(designPromptMeta.safeParse({ ...base, rubric: [...rubric, { ...topic, unsureFails: true }] }).success).toBe(false);
    expect(designPromptMeta.safeParse({ ...base, rubric: [...rubric, { ...topic, ask: 'Q?', onlyWhenStated: true, refutedBy: ['y'] }] }).success).toBe(false);
    expect(designPromptMeta.safeParse({ ...base, rubric: [...rubric, { ...topic, ask: 'Q?', unsureFails: true }] }).success).toBe(true);
  });
});
