import { describe, expect, it } from 'vitest';
import { checkRubric, labelMatches, type DiagramGraph, type RubricResult } from '../../src/review/rubric';
import type { RubricItem } from '../../src/problems/schema';

const component = (id: string, label: string, synonyms: string[]): RubricItem => ({ type: 'component', id, label, synonyms, why: `Why ${id}.` });
const flow = (id: string, path: string[]): RubricItem => ({ type: 'flow', id, label: path.join(' → '), path, why: `Why ${id}.` });
const topic = (id: string, keywords: string[]): RubricItem => ({ type: 'topic', id, label: id, keywords, why: `Why ${id}.` });

const COMPONENTS: RubricItem[] = [
  component('client', 'Client', ['client', 'app', 'browser']),
  component('gateway', 'API gateway', ['api gateway', 'gateway', 'load balancer']),
  component('service', 'Wish-list service', ['wish-list service', 'list service']),
  component('database', 'Database', ['db', 'dynamodb', 'database']),
  component('queue', 'Queue', ['queue', 'kafka']),
];
const READ_PATH = flow('read-path', ['client', 'gateway', 'service', 'database']);

/** A graph from `[from, to, directed?]` triples and an id → label table. */
function graph(labels: Record<string, string>, edges: [string, string, boolean?][] = []): DiagramGraph {
  return {
    nodes: Object.entries(labels).map(([id, label]) => ({ id, label })),
    edges: edges.map(([from, to, directed = true]) => ({ from, to, directed })),
  };
}

/** Checks one item (plus the components a flow refers to) and returns that item's result. */
function check(item: RubricItem, g: DiagramGraph, notes = ''): RubricResult {
  const rubric = item.type === 'component' ? [item] : [...COMPONENTS, item];
  return checkRubric(rubric, g, notes).find((r) => r.item === item)!;
}

const databaseItem = COMPONENTS[3];
const queueItem = COMPONENTS[4];

describe('labelMatches: whole words, any punctuation, simple plurals', () => {
  it.each([
    ['Orders DB (DynamoDB)', 'db'],
    ['Orders DB (DynamoDB)', 'dynamodb'],
    ['API-Gateway / LB', 'api gateway'],
    ['API-Gateway / LB', 'lb'],
    ['api_gateway', 'API gateway'],
    ['Wish-list service', 'wish-list service'],
    ['Wish list service', 'wish-list service'],
    ['Wishlist service', 'wish-list service'],
    ['APIGateway', 'api gateway'],
    ['Email queues', 'queue'],
    ['Email queue', 'queues'],
    ['Mail boxes', 'box'],
    ['Read proxies', 'proxy'],
    ['Orders DBs', 'db'],
    ['Orders DB', 'DB'],
    ['(Redis) cache:hot', 'cache'],
    ['Café service', 'CAFÉ'],
  ])('%j contains %j', (label, synonym) => {
    expect(labelMatches(label, synonym)).toBe(true);
  });

  it.each([
    ['Orders DBX', 'db'],
    ['Applesauce', 'app'],
    ['Queued jobs', 'queue'],
    ['Gateway', 'api gateway'],
    ['Service list', 'list service'],
    ['Ordersdb', 'db'],
    ['API gateway', ''],
    ['API gateway', '/'],
  ])('%j does not contain %j', (label, synonym) => {
    expect(labelMatches(label, synonym)).toBe(false);
  });
});

describe('component items', () => {
  it('are met by any synonym, case-insensitively, and name the node', () => {
    expect(check(databaseItem, graph({ a: 'Client', b: 'Orders DB' }))).toMatchObject({ met: true, evidence: "node 'Orders DB'" });
    expect(check(databaseItem, graph({ a: 'Lists table (DYNAMODB)' }))).toMatchObject({ met: true, evidence: "node 'Lists table (DYNAMODB)'" });
    expect(check(queueItem, graph({ k: 'Kafka topics' }))).toMatchObject({ met: true, evidence: "node 'Kafka topics'" });
  });

  it('read a node by its id only when it has no label', () => {
    expect(check(queueItem, graph({ queue: '' }))).toMatchObject({ met: true, evidence: "node 'queue'" });
    expect(check(queueItem, graph({ queue: 'Buffer' })).met).toBe(false);
  });

  it('give a hint with the synonyms and the reason when no node matches', () => {
    const r = check(databaseItem, graph({ a: 'Client', b: 'Orders DBX' }));
    expect(r.met).toBe(false);
    expect(r.evidence).toBeUndefined();
    expect(r.hint).toBe("No node's label names Database (any of 'db', 'dynamodb' or 'database'). Why database.");
  });
});

describe('flow items', () => {
  it('follow arrows through intermediate nodes and show the route', () => {
    const g = graph(
      { c: 'Mobile app', lb: 'Edge', gw: 'API Gateway', svc: 'Wish-list service', cache: 'Redis cache', db: 'Lists table (DynamoDB)' },
      [['c', 'lb'], ['lb', 'gw'], ['gw', 'svc'], ['svc', 'cache'], ['cache', 'db']],
    );
    expect(check(READ_PATH, g)).toMatchObject({
      met: true,
      evidence: 'Mobile app → Edge → API Gateway → Wish-list service → Redis cache → Lists table (DynamoDB)',
    });
  });

  it('read the example route from the contract', () => {
    const g = graph({ c: 'Client', gw: 'API gateway', svc: 'Wish-list service', db: 'DynamoDB' }, [['c', 'gw'], ['gw', 'svc'], ['svc', 'db']]);
    expect(check(READ_PATH, g).evidence).toBe('Client → API gateway → Wish-list service → DynamoDB');
  });

  it('fail when the arrows point backwards, and say so', () => {
    const g = graph({ c: 'Client', gw: 'Gateway', svc: 'List service', db: 'DB' }, [['c', 'gw'], ['svc', 'gw'], ['svc', 'db']]);
    const r = check(READ_PATH, g);
    expect(r.met).toBe(false);
    expect(r.hint).toBe(
      "No arrow path from Gateway to anything matching 'wish-list service' or 'list service' (an arrow runs the other way: draw arrows the way the request or data moves). Why read-path.",
    );
  });

  it('walk undirected links either way', () => {
    const g = graph({ c: 'Client', gw: 'Gateway', svc: 'List service', db: 'DB' }, [['gw', 'c', false], ['svc', 'gw', false], ['db', 'svc', false]]);
    expect(check(READ_PATH, g)).toMatchObject({ met: true, evidence: 'Client → Gateway → List service → DB' });
  });

  it('treat subgraph members as ordinary nodes; an arrow to the subgraph box does not reach inside it', () => {
    // As extractGraph reads `c --> gw` with gw and svc inside `subgraph backend [Backend]`, and `svc --> db` leaving it.
    const members = graph({ c: 'Client', gw: 'API gateway', svc: 'List service', db: 'Orders DB', backend: 'Backend' }, [['c', 'gw'], ['gw', 'svc'], ['svc', 'db']]);
    expect(check(READ_PATH, members)).toMatchObject({ met: true, evidence: 'Client → API gateway → List service → Orders DB' });
    // `c --> backend` draws an arrow to the box, not to the gateway inside it.
    const toBox = graph({ c: 'Client', gw: 'API gateway', svc: 'List service', db: 'Orders DB', backend: 'Backend' }, [['c', 'backend'], ['gw', 'svc'], ['svc', 'db']]);
    expect(check(READ_PATH, toBox)).toMatchObject({ met: false, hint: expect.stringMatching(/^No arrow path from Client to anything matching 'api gateway'/) });
  });

  it('try every matching node, not only the nearest one', () => {
    // The admin gateway is one hop nearer the client but leads nowhere.
    const g = graph(
      { c: 'Client', admin: 'Admin gateway', lb: 'Load balancer', gw: 'API gateway', svc: 'List service', db: 'DB' },
      [['c', 'admin'], ['c', 'lb'], ['lb', 'gw'], ['gw', 'svc'], ['svc', 'db']],
    );
    expect(check(READ_PATH, g)).toMatchObject({ met: true, evidence: 'Client → Load balancer → API gateway → List service → DB' });
  });

  it('pick a route with the fewest hops', () => {
    const g = graph(
      { c: 'Client', gw: 'Gateway', svc: 'List service', a: 'Auth', b: 'Billing', db: 'DB' },
      [['c', 'gw'], ['gw', 'a'], ['a', 'b'], ['b', 'svc'], ['gw', 'svc'], ['svc', 'db']],
    );
    expect(check(READ_PATH, g).evidence).toBe('Client → Gateway → List service → DB');
    // Two gateways: the first one listed reaches the service the long way round.
    const twoGateways = graph(
      { c: 'Client', a: 'Gateway A', b: 'Gateway B', x: 'Auth', y: 'Billing', svc: 'List service', db: 'DB' },
      [['c', 'a'], ['c', 'b'], ['a', 'x'], ['x', 'y'], ['y', 'svc'], ['b', 'svc'], ['svc', 'db']],
    );
    expect(check(READ_PATH, twoGateways).evidence).toBe('Client → Gateway B → List service → DB');
  });

  it('need different nodes for consecutive steps, even when a loop returns to the same node', () => {
    const both = flow('gw-to-svc', ['gateway', 'service']);
    const oneNode = graph({ c: 'Client', x: 'Gateway and list service', m: 'Metrics' }, [['c', 'x'], ['x', 'm'], ['m', 'x']]);
    expect(check(both, oneNode)).toMatchObject({ met: false, hint: expect.stringMatching(/^No arrow path from Gateway and list service to anything matching/) });
    const twoNodes = graph({ x: 'Gateway and list service', y: 'List service' }, [['x', 'y']]);
    expect(check(both, twoNodes)).toMatchObject({ met: true, evidence: 'Gateway and list service → List service' });
  });

  it('name the missing component when no node matches a step', () => {
    const g = graph({ c: 'Client', gw: 'Gateway', svc: 'List service' }, [['c', 'gw'], ['gw', 'svc']]);
    expect(check(READ_PATH, g)).toMatchObject({
      met: false,
      hint: "No node matches Database (any of 'db', 'dynamodb' or 'database'), so this flow cannot be traced. Why read-path.",
    });
  });

  it('name the step where the path breaks', () => {
    const g = graph({ c: 'Client', gw: 'API gateway', svc: 'List service', db: 'Orders DB' }, [['c', 'gw'], ['gw', 'svc']]);
    const r = check(READ_PATH, g);
    expect(r.met).toBe(false);
    expect(r.hint).toBe("No arrow path from List service to anything matching 'db', 'dynamodb' or 'database'. Why read-path.");
  });

  it('follow edges that name nodes missing from the node list, reading them by id', () => {
    const g: DiagramGraph = { nodes: [{ id: 'c', label: 'Client' }], edges: [{ from: 'c', to: 'gateway', directed: true }] };
    expect(check(flow('in', ['client', 'gateway']), g)).toMatchObject({ met: true, evidence: 'Client → gateway' });
  });

  it('report a path that names an unknown component', () => {
    const r = checkRubric([COMPONENTS[0], flow('bad', ['client', 'cache'])], graph({ c: 'Client' }), '')[1];
    expect(r).toMatchObject({ met: false, hint: "This flow names 'cache', which is not a component of this rubric (a mistake in the prompt). Why bad." });
  });
});

describe('topic items', () => {
  const pagination = topic('pagination', ['cursor', 'next token']);

  it('match a keyword anywhere in the notes, case-insensitively, and quote the trimmed line', () => {
    const notes = '## API\n   GET /lists/{id}/items?CURSOR=abc   \nreturns items';
    expect(check(pagination, graph({}), notes)).toMatchObject({ met: true, evidence: '“GET /lists/{id}/items?CURSOR=abc”' });
    expect(check(pagination, graph({}), 'Returns a Next Token.')).toMatchObject({ met: true, evidence: '“Returns a Next Token.”' });
    expect(check(pagination, graph({}), 'Returns a next \t token.')).toMatchObject({ met: true, evidence: '“Returns a next token.”' });
    expect(check(topic('spaced', ['Next   Token']), graph({}), 'returns a next token')).toMatchObject({ met: true, evidence: '“returns a next token”' });
  });

  it('match a keyword that the notes wrap onto the next line, but not across paragraphs', () => {
    expect(check(pagination, graph({}), 'Each page returns a next\n  token for the client.')).toMatchObject({
      met: true,
      evidence: '“Each page returns a next token for the client.”',
    });
    expect(check(pagination, graph({}), 'Each page returns a next\n\ntoken for the client.').met).toBe(false);
  });

  it('shorten a long line around the keyword', () => {
    const line = `${'a'.repeat(200)} cursor ${'b'.repeat(200)}`;
    const evidence = check(pagination, graph({}), line).evidence!;
    expect(evidence).toMatch(/^“…a+ cursor b+…”$/);
    expect(evidence.length).toBeLessThanOrEqual(166);
  });

  it('give a hint with the keywords and the reason when none is mentioned', () => {
    expect(check(pagination, graph({}), 'page 2 by offset')).toMatchObject({
      met: false,
      hint: "The notes do not mention pagination (any of 'cursor' or 'next token'). Why pagination.",
    });
  });
});

describe('checkRubric', () => {
  it('returns one result per item, in rubric order, each judged on its own', () => {
    const rubric = [...COMPONENTS, READ_PATH, topic('idempotency', ['idempotent'])];
    const g = graph({ c: 'Web app', gw: 'Gateway', svc: 'List service', db: 'Orders DB' }, [['c', 'gw'], ['gw', 'svc'], ['svc', 'db']]);
    const results = checkRubric(rubric, g, 'POST is idempotent with a key');
    expect(results.map((r) => r.item.id)).toEqual(['client', 'gateway', 'service', 'database', 'queue', 'read-path', 'idempotency']);
    expect(results.map((r) => r.met)).toEqual([true, true, true, true, false, true, true]);
  });

  it('checks notes when the graph is empty (a non-flowchart diagram)', () => {
    const results = checkRubric([COMPONENTS[0], READ_PATH, topic('retry', ['retry'])], { nodes: [], edges: [] }, 'Clients retry with backoff');
    expect(results.map((r) => r.met)).toEqual([false, false, true]);
  });
});
