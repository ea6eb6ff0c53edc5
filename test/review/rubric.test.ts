import { describe, expect, it } from 'vitest';
import { checkRubric, labelMatches, type DiagramGraph } from '../../src/review/rubric';
import type { RubricItem } from '../../src/problems/schema';

const rubric: RubricItem[] = [
  { type: 'component', id: 'client', label: 'Client', synonyms: ['client', 'app', 'browser'], why: 'Someone calls the API.' },
  { type: 'component', id: 'api-gateway', label: 'API gateway', synonyms: ['api gateway', 'gateway'], why: 'Auth and throttling live here.' },
  { type: 'component', id: 'service', label: 'Wish-list service', synonyms: ['wish-list service', 'list service'], why: 'Owns the lists.' },
  { type: 'component', id: 'db', label: 'Database', synonyms: ['db', 'dynamodb', 'database'], why: 'Lists must survive restarts.' },
  { type: 'component', id: 'queue', label: 'Queue', synonyms: ['queue'], why: 'Buffers work.' },
  { type: 'flow', id: 'read-path', label: 'Client to DB', path: ['client', 'api-gateway', 'service', 'db'], why: 'Show the read path.' },
  { type: 'topic', id: 'pagination', label: 'Pagination', keywords: ['cursor', 'next token'], why: 'Lists grow.' },
];

const graph = (edges: [string, string, boolean?][], labels: Record<string, string>): DiagramGraph => ({
  nodes: Object.entries(labels).map(([id, label]) => ({ id, label })),
  edges: edges.map(([from, to, directed = true]) => ({ from, to, directed })),
});
const byId = (results: ReturnType<typeof checkRubric>) => Object.fromEntries(results.map((r) => [r.item.id, r]));

describe('labelMatches', () => {
  it('matches whole words, several-word synonyms and simple plurals, case-insensitively', () => {
    expect(labelMatches('Orders DB (DynamoDB)', 'db')).toBe(true);
    expect(labelMatches('Orders DBX', 'db')).toBe(false);
    expect(labelMatches('API-Gateway / LB', 'api gateway')).toBe(true);
    expect(labelMatches('Email queues', 'queue')).toBe(true);
    expect(labelMatches('Wish-list service', 'wish-list service')).toBe(true);
    expect(labelMatches('Applesauce', 'app')).toBe(false);
  });
});

describe('checkRubric', () => {
  it('follows a flow through intermediate nodes and names the path', () => {
    const g = graph(
      [['c', 'lb'], ['lb', 'gw'], ['gw', 'svc'], ['svc', 'cache'], ['cache', 'db']],
      { c: 'Mobile app', lb: 'Load balancer', gw: 'API Gateway', svc: 'Wish-list service', cache: 'Redis cache', db: 'Lists table (DynamoDB)' },
    );
    const r = byId(checkRubric(rubric, g, ''));
    expect(r['read-path']).toMatchObject({ met: true });
    expect(r['read-path'].evidence).toBe('Mobile app → Load balancer → API Gateway → Wish-list service → Redis cache → Lists table (DynamoDB)');
    expect(r.queue.met).toBe(false);
    expect(r.queue.hint).toMatch(/Buffers work/);
  });

  it('does not follow arrows backwards, but undirected links work both ways', () => {
    const reversed = graph([['gw', 'c'], ['svc', 'gw'], ['db', 'svc']], { c: 'Client', gw: 'Gateway', svc: 'List service', db: 'DB' });
    expect(byId(checkRubric(rubric, reversed, ''))['read-path'].met).toBe(false);
    expect(byId(checkRubric(rubric, reversed, ''))['read-path'].hint).toMatch(/No arrow path from Client/);
    const undirected = graph([['gw', 'c', false], ['svc', 'gw', false], ['db', 'svc', false]], { c: 'Client', gw: 'Gateway', svc: 'List service', db: 'DB' });
    expect(byId(checkRubric(rubric, undirected, ''))['read-path'].met).toBe(true);
  });

  it('finds topics in the notes and quotes the line', () => {
    const r = byId(checkRubric(rubric, graph([], {}), 'API\nGET /lists/{id}/items?cursor=abc returns a Next Token'));
    expect(r.pagination).toMatchObject({ met: true, evidence: '“GET /lists/{id}/items?cursor=abc returns a Next Token”' });
    expect(byId(checkRubric(rubric, graph([], {}), 'page 2 by offset')).pagination.met).toBe(false);
  });

  it('uses node ids when labels are empty', () => {
    const r = byId(checkRubric(rubric, { nodes: [{ id: 'queue', label: '' }], edges: [] }, ''));
    expect(r.queue.met).toBe(true);
  });
});
