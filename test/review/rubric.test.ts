import { describe, expect, it } from 'vitest';
import { reviewDesign } from '../../src/review/rubric';
import type { DiagramGraph } from '../../src/review/diagram-model';
import type { RubricItem } from '../../src/problems/schema';

const rubric: RubricItem[] = [
  { type: 'component', id: 'client', label: 'Who calls it', kinds: ['client'], why: 'w' },
  { type: 'component', id: 'edge', label: 'Gateway', kinds: ['gateway', 'load-balancer'], optional: true, why: 'w' },
  { type: 'component', id: 'svc', label: 'Order service', kinds: ['service'], words: ['orders'], why: 'w' },
  { type: 'component', id: 'store', label: 'A durable store', kinds: ['database'], why: 'w' },
  { type: 'flow', id: 'path', label: 'Client to store', path: ['client', 'svc', 'store'], why: 'w' },
  { type: 'topic', id: 'metric', label: 'A metric', keywords: ['conversion'], section: 'metrics', why: 'w' },
];
const graph = (nodes: [string, string, string?][], edges: [string, string, boolean?][]): DiagramGraph => ({
  nodes: nodes.map(([id, label, shape]) => ({ id, label, ...(shape ? { shape } : {}) })),
  edges: edges.map(([from, to, directed = true]) => ({ from, to, directed })),
});
const notes = { metrics: 'We track checkout conversion per week.', api: '' };
const byId = (r: ReturnType<typeof reviewDesign>) => Object.fromEntries(r.results.map((x) => [x.id, x]));

describe('reviewDesign', () => {
  it('meets components by kind with evidence, flows along arrows, topics in their section', () => {
    const r = reviewDesign({ rubric, designKind: 'system' }, graph([['c', 'Customer'], ['o', 'OrderService'], ['d', 'Orders', 'cylinder']], [['c', 'o'], ['o', 'd']]), notes);
    const x = byId(r);
    expect(x.client.evidence).toBe("node 'Customer' is a client (name “Customer”: “customer”)");
    expect(x.svc.evidence).toContain("node 'OrderService' is a service");
    expect(x.store.evidence).toContain('shape cylinder');
    expect(x.path.evidence).toBe("'Customer' → 'OrderService' → 'Orders'");
    expect(x.metric.evidence).toContain('checkout conversion');
    expect(x.edge).toMatchObject({ met: false, optional: true });
    expect(r.solved).toBe(true);
  });

  it('does not walk an arrow backwards, and says the arrow runs the other way', () => {
    const r = reviewDesign({ rubric, designKind: 'system' }, graph([['c', 'Client'], ['o', 'Order service'], ['d', 'DB']], [['c', 'o'], ['d', 'o']]), notes);
    expect(byId(r).path.met).toBe(false);
    expect(byId(r).path.hint).toContain('an arrow runs the other way');
    expect(r.solved).toBe(false);
  });

  it('accepts either direction when the flow says so', () => {
    const either = rubric.map((i) => (i.type === 'flow' ? { ...i, either: true } : i));
    const r = reviewDesign({ rubric: either, designKind: 'system' }, graph([['c', 'Client'], ['o', 'Order service'], ['d', 'DB']], [['o', 'c'], ['d', 'o']]), notes);
    expect(byId(r).path.met).toBe(true);
  });

  it('a topic in the wrong section is not met, and the hint says where it was', () => {
    const r = reviewDesign({ rubric, designKind: 'system' }, graph([], []), { 'trade-offs': 'Conversion matters more than cost.' });
    expect(byId(r).metric.hint).toContain('mentioned under Trade-offs');
  });

  it('scores nothing against a diagram that could not be read', () => {
    const r = reviewDesign({ rubric, designKind: 'system' }, { message: 'bad', line: 4 }, notes);
    expect(r.diagramError).toEqual({ message: 'bad', line: 4 });
    expect(r.results.filter((x) => x.type !== 'topic' && x.type !== 'notes').every((x) => !x.met && x.hint?.startsWith('Not checked'))).toBe(true);
    expect(r.solved).toBe(false);
  });

  it('an API prompt is solved only when the structural API checks pass too', () => {
    const g = graph([['c', 'Client'], ['o', 'Order service'], ['d', 'DB']], [['c', 'o'], ['o', 'd']]);
    const weak = reviewDesign({ rubric, designKind: 'api' }, g, { ...notes, api: 'GET /orders and POST /createOrder' });
    expect(weak.solved).toBe(false);
    expect(weak.results.filter((x) => x.type === 'api' && !x.met).map((x) => x.id)).toEqual(expect.arrayContaining(['api-nouns', 'api-version', 'api-pagination', 'api-errors']));
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
