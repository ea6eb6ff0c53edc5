import { describe, expect, it } from 'vitest';
import { classifyNode, splitWords, COMPONENT_KINDS } from '../../src/review/component-vocabulary';

const kinds = (label: string, extra: { shape?: string; tech?: string } = {}, groups: string[] = []) => classifyNode({ id: 'x', label, ...extra }, groups).map((k) => k.kind);

describe('splitWords', () => {
  it('splits CamelCase, snake_case, kebab-case and punctuation, keeping capital runs', () => {
    expect(splitWords('UserService')).toEqual(['user', 'service']);
    expect(splitWords('order_handler-v2')).toEqual(['order', 'handler', 'v2']);
    expect(splitWords('APIGateway (Kong)')).toEqual(['api', 'gateway', 'kong']);
  });
});

describe('classifyNode', () => {
  it.each([
    ['PostgreSQL', ['database']],
    ['Aurora MySQL', ['database']],
    ['Cassandra ring', ['database']],
    ['RabbitMQ', ['queue']],
    ['NATS', ['queue']],
    ['Message Bus', ['queue']],
    ['Kafka cluster', ['stream']],
    ['UserService', ['service']],
    ['OrderHandler', ['service']],
    ['Customer', ['client']],
    ['Frontend', ['client']],
    ['Web App', ['client']],
    ['Queue consumer', ['worker']],
    ['Lambda', ['service']],
    ['Storage', ['object-storage']],
    ['Amazon S3 bucket', ['object-storage']],
    ['CloudFront', ['cdn']],
    ['Elasticsearch', ['search-index']],
    ['Cognito user pool', ['auth']],
    ['Prometheus + Grafana', ['monitoring']],
    ['Load balancer and API gateway', ['load-balancer', 'gateway']],
    ['Cache invalidation job', ['worker']],
    ['Config: REDIS_URL', []],
    ['settings.yaml', []],
    ['Notifications', []],
    ['Checkout', ['client']],
    ['Reviewer console', ['client']],
    ['Twilio', ['notification-provider']],
    ['Amazon SES', ['notification-provider']],
    ['Query understanding', ['service']],
    ['Ranker', ['service']],
    ['Checkout service', ['service']],
  ])('%s → %j', (label, expected) => {
    expect(kinds(label)).toEqual(expected);
  });

  it('reads a product in a description but not one that points at a neighbour', () => {
    expect(kinds('Lists table: DynamoDB')).toEqual(['database']);
    expect(kinds('Worker (reads from SQS)')).toEqual(['worker']);
  });

  it('counts a capability before a generic head: an auth service is auth and a service', () => {
    expect(kinds('Auth Service')).toEqual(['service', 'auth']);
    expect(kinds('User Service')).toEqual(['service']);
  });

  it('uses shapes and element types: a cylinder is a store, a database unless its words say otherwise', () => {
    expect(kinds('Orders', { shape: 'cylinder' })).toEqual(['database']);
    expect(kinds('Hot lists cache', { shape: 'cylinder' })).toEqual(['cache']);
    expect(kinds('Events', { shape: 'c4:container_queue' })).toEqual(['queue']);
    expect(kinds('Web', { shape: 'c4:container', tech: 'React' })).toEqual(['client']);
    expect(kinds('Things', { shape: 'c4:container_db', tech: 'Oracle' })).toEqual(['database']);
  });

  it('lets the technology decide over a generic storage name, and reads icon packs', () => {
    expect(kinds('Document store', { tech: 'S3' })).toEqual(['object-storage']);
    expect(kinds('Document store', { tech: 'DynamoDB' })).toEqual(['database']);
    expect(kinds('Orders service', { tech: 'S3' })).toEqual(['service']);
    expect(kinds('Primary data', { shape: 'icon:logos:postgresql' })).toEqual(['database']);
    expect(kinds('Transcode jobs', { shape: 'c4:container_queue', tech: 'SQS' })).toEqual(['queue']);
  });

  it('gives a node that says nothing the kind of its group title', () => {
    const m = classifyNode({ id: 'k1', label: 'Node 1' }, ['API Gateway (Kong)']);
    expect(m).toEqual([{ kind: 'gateway', evidence: 'it sits in the group “API Gateway (Kong)” (“api gateway” in the group’s name “API Gateway”)' }]);
  });

  it('every match carries evidence and a known kind', () => {
    for (const m of classifyNode({ id: 'x', label: 'Redis cache (ElastiCache)' })) {
      expect(COMPONENT_KINDS).toContain(m.kind);
      expect(m.evidence.length).toBeGreaterThan(5);
    }
  });
});
