/**
 * One vocabulary of component kinds, shared by every design prompt: the words people write, the
 * products of the major clouds and open source, and the shapes and element types Mermaid draws.
 * Pure data plus a reader that says, for one node, which kinds it is and why (the evidence).
 */
import type { DiagramGraph, DiagramNode } from './diagram-model';

// The kind names are shared with the problem schema, so they live below both (src/problems/design-vocabulary.ts).
import { COMPONENT_KINDS, type ComponentKind } from '../problems/design-vocabulary';
export { COMPONENT_KINDS, type ComponentKind };

/** What a person calls each kind, for messages. */
export const KIND_NAMES: Record<ComponentKind, string> = {
  client: 'a client',
  gateway: 'an API gateway',
  'load-balancer': 'a load balancer',
  service: 'a service',
  database: 'a database',
  cache: 'a cache',
  queue: 'a queue',
  stream: 'an event stream',
  cdn: 'a CDN',
  'search-index': 'a search index',
  'object-storage': 'object storage',
  worker: 'a worker',
  auth: 'an auth component',
  monitoring: 'monitoring',
  'notification-provider': 'a notification provider (email, SMS or push)',
};

/**
 * Role words: they name a kind only as the head of a label's name ("Order service", "Redis cache"),
 * never as a modifier ("Cache invalidation job" is a worker) or inside an env var or file name.
 * Multi-word entries are matched as consecutive words ending at the head.
 */
const ROLE_WORDS: Record<ComponentKind, string[]> = {
  client: ['client', 'user', 'end user', 'customer', 'browser', 'frontend', 'front end', 'ui', 'web ui', 'spa', 'mobile', 'device', 'person', 'actor', 'shopper', 'buyer', 'seller', 'merchant', 'partner', 'visitor', 'admin', 'operator', 'caller', 'web', 'web client', 'mobile client', 'portal', 'storefront', 'store front', 'website', 'web site', 'webapp', 'integration', 'integrations', 'dashboard', 'dashboards', 'dashboard ui', 'speaker', 'phone', 'cli', 'checkout', 'checkout page', 'console', 'reviewer console', 'admin console', 'ops console', 'sdk', 'client sdk', 'echo', 'app client', 'product page', 'detail page', 'search page', 'search box', 'tablet', 'kiosk'],
  gateway: ['gateway', 'api gateway', 'apigw', 'api management', 'edge gateway', 'bff', 'backend for frontend'],
  'load-balancer': ['load balancer', 'loadbalancer', 'lb', 'balancer', 'reverse proxy', 'proxy', 'ingress', 'ingress controller'],
  service: ['service', 'services', 'svc', 'microservice', 'api', 'backend', 'back end', 'server', 'app server', 'application server', 'handler', 'controller', 'lambda', 'function', 'functions', 'api server', 'web server', 'monolith', 'orchestrator', 'engine', 'ranker', 'rankers', 'reranker', 're ranker', 'ranking', 'query understanding', 'retriever', 'retrieval', 'scorer', 'spell checker', 'spellcheck', 'query parser', 'query rewriter', 'rewriter', 'blender', 'recommender', 'resolver', 'evaluator', 'planner', 'limiter', 'rate limiter', 'throttler', 'nlu', 'asr', 'speech recognition', 'manager', 'coordinator', 'router', 'facade', 'adapter', 'connector', 'ingest', 'ingestion', 'ingestor', 'notifier', 'notifiers', 'system', 'systems', 'provider', 'providers', 'agent', 'agents', 'platform', 'websocket', 'websockets', 'web socket', 'web sockets', 'socket server', 'websocket server'],
  database: ['database', 'databases', 'db', 'dbs', 'datastore', 'data store', 'store', 'table', 'tables', 'rdbms', 'sql', 'nosql', 'warehouse', 'data warehouse', 'replica', 'read replica', 'ledger', 'key value store', 'kv store', 'kv', 'repository'],
  cache: ['cache', 'caches', 'caching', 'cache layer', 'edge cache'],
  queue: ['queue', 'queues', 'message queue', 'mq', 'message bus', 'service bus', 'event bus', 'bus', 'broker', 'message broker', 'pub sub', 'pubsub', 'dlq', 'dead letter queue', 'outbox'],
  stream: ['stream', 'streams', 'event stream', 'event pipeline', 'events pipeline', 'event ingestion', 'event collector', 'exposure log', 'clickstream', 'click stream', 'event log', 'log stream', 'event hub', 'cdc', 'change stream', 'firehose'],
  cdn: ['cdn', 'content delivery network', 'edge network', 'edge'],
  'search-index': ['search index', 'index', 'search engine', 'search cluster', 'inverted index', 'vector index', 'vector store', 'vector database', 'vector db'],
  'object-storage': ['object storage', 'object store', 'blob', 'blobs', 'blob storage', 'blob store', 'bucket', 'buckets', 'storage', 'file storage', 'file store', 'file system', 'filesystem', 'upload', 'uploads', 'data lake', 'lake', 'archive', 'media storage'],
  worker: ['worker', 'workers', 'consumer', 'consumers', 'processor', 'job', 'jobs', 'cron', 'cron job', 'scheduler', 'batch', 'batch job', 'etl', 'pipeline', 'daemon', 'listener', 'subscriber', 'poller', 'indexer', 'crawler', 'dispatcher', 'sender', 'aggregator', 'workflow', 'step functions', 'task runner', 'runner', 'transcoder', 'encoder', 'thumbnailer', 'resizer', 'renderer'],
  auth: ['auth', 'authentication', 'authorization', 'authn', 'authz', 'identity', 'identity provider', 'idp', 'sso', 'oauth', 'login', 'iam', 'user pool', 'user pools', 'token service', 'sts'],
  monitoring: ['monitoring', 'monitor', 'metrics', 'logging', 'logs', 'observability', 'tracing', 'traces', 'alerting', 'alerts', 'alarm', 'alarms', 'latency dashboard', 'latency dashboards', 'metrics dashboard', 'metrics dashboards', 'ops dashboard', 'ops dashboards', 'monitoring dashboard', 'monitoring dashboards', 'grafana dashboard', 'health dashboard', 'apm', 'telemetry', 'log aggregation', 'siem'],
  'notification-provider': ['email provider', 'sms provider', 'push provider', 'sms gateway', 'email gateway', 'push gateway', 'mail server', 'smtp', 'smtp relay', 'sms vendor', 'email vendor', 'push vendor', 'notification provider', 'messaging provider', 'sms aggregator', 'e mail system', 'email system', 'mail system', 'e mail service', 'email service', 'mail service', 'sms service'],
};

/**
 * Product names: they name a kind wherever they stand in a label (except in an env var, file name
 * or after "to/from/via", where they describe a neighbour). Written as the words a label would use;
 * spacing and case do not matter ("CosmosDB" = "Cosmos DB").
 */
const PRODUCTS: Record<ComponentKind, string[]> = {
  client: ['ios', 'android', 'react native', 'flutter', 'react', 'angular', 'vue', 'svelte', 'next js', 'nextjs', 'alexa device', 'chrome', 'safari', 'firefox', 'electron'],
  gateway: ['kong', 'apigee', 'tyk', 'zuul', 'krakend', 'spring cloud gateway', 'api gateway', 'apim', 'azure api management', 'amazon api gateway', 'aws api gateway', 'gloo', 'ambassador', 'appsync'],
  'load-balancer': ['nginx', 'haproxy', 'envoy', 'traefik', 'elb', 'alb', 'nlb', 'application load balancer', 'network load balancer', 'elastic load balancing', 'cloud load balancing', 'f5', 'caddy'],
  service: ['aws lambda', 'lambda', 'cloud functions', 'azure functions', 'cloud run', 'fargate', 'ecs', 'app engine', 'app service', 'express', 'spring boot', 'django', 'flask', 'fastapi', 'rails', 'node js', 'nodejs', 'ec2', 'elastic beanstalk', 'vercel functions', 'zookeeper', 'consul'],
  database: [
    'postgres', 'postgresql', 'pg', 'mysql', 'mariadb', 'aurora', 'rds', 'dynamodb', 'dynamo', 'cassandra', 'scylladb', 'scylla', 'mongodb', 'mongo', 'cosmos db', 'cosmosdb', 'firestore', 'firebase', 'bigtable', 'spanner', 'cloud sql', 'sql server', 'mssql', 'oracle', 'sqlite', 'cockroachdb', 'tidb', 'neo4j', 'hbase', 'redshift', 'bigquery', 'snowflake', 'clickhouse', 'druid', 'pinot', 'timescaledb', 'influxdb', 'supabase', 'planetscale', 'couchbase', 'couchdb', 'vitess', 'db2', 'documentdb', 'neptune', 'timestream', 'keyspaces', 'azure sql', 'databricks', 'duckdb', 'prisma', 'rocksdb', 'leveldb', 'etcd', 'foundationdb', 'yugabytedb', 'questdb', 'arangodb', 'surrealdb', 'fauna', 'dgraph',
  ],
  cache: ['redis', 'memcached', 'memcache', 'elasticache', 'valkey', 'hazelcast', 'dax', 'azure cache', 'memorystore', 'keydb', 'dragonfly', 'varnish', 'ehcache', 'caffeine'],
  queue: ['sqs', 'rabbitmq', 'rabbit mq', 'activemq', 'amazon mq', 'nats', 'zeromq', 'zero mq', 'azure service bus', 'service bus', 'pub sub', 'pubsub', 'cloud pub sub', 'google pub sub', 'sns', 'eventbridge', 'beanstalkd', 'bullmq', 'bull', 'resque', 'ibm mq', 'celery broker', 'nsq', 'azure queue', 'storage queue', 'mqtt', 'mosquitto', 'sidekiq queue'],
  stream: ['kafka', 'apache kafka', 'kinesis', 'kinesis data streams', 'pulsar', 'event hubs', 'eventhub', 'event hub', 'redpanda', 'firehose', 'kinesis firehose', 'msk', 'confluent', 'debezium', 'dynamodb streams', 'nats jetstream', 'jetstream', 'redis streams'],
  cdn: ['cloudfront', 'akamai', 'fastly', 'cloudflare', 'azure cdn', 'front door', 'azure front door', 'cloud cdn', 'bunny cdn', 'bunnycdn', 'edgio', 'jsdelivr'],
  'search-index': ['elasticsearch', 'elastic search', 'opensearch', 'open search', 'solr', 'algolia', 'meilisearch', 'typesense', 'lucene', 'azure cognitive search', 'azure ai search', 'cloudsearch', 'vespa', 'pinecone', 'weaviate', 'milvus', 'qdrant', 'pgvector', 'chroma', 'chromadb', 'faiss', 'sphinx', 'manticore'],
  'object-storage': ['s3', 'amazon s3', 'aws s3', 'gcs', 'google cloud storage', 'cloud storage', 'azure blob', 'azure blob storage', 'azure storage', 'minio', 'cloudflare r2', 'backblaze', 'ceph', 'hdfs', 'glacier', 'adls', 'azure data lake', 'wasabi'],
  worker: ['celery', 'sidekiq', 'airflow', 'step functions', 'temporal', 'cadence', 'argo workflows', 'flink', 'apache flink', 'spark', 'apache spark', 'glue', 'aws glue', 'dataflow', 'beam', 'apache beam', 'hangfire', 'resque worker', 'kinesis data analytics', 'dagster', 'prefect', 'luigi', 'nifi', 'logstash worker', 'batch'],
  auth: ['cognito', 'auth0', 'okta', 'keycloak', 'azure ad', 'entra id', 'entra', 'firebase auth', 'ory', 'clerk', 'identity platform', 'dex', 'ldap', 'active directory', 'oauth', 'oauth2', 'openid', 'oidc', 'jwt', 'saml', 'supertokens', 'authelia'],
  monitoring: ['prometheus', 'grafana', 'datadog', 'new relic', 'newrelic', 'cloudwatch', 'splunk', 'elk', 'kibana', 'loki', 'jaeger', 'zipkin', 'opentelemetry', 'otel', 'honeycomb', 'sentry', 'pagerduty', 'x ray', 'xray', 'azure monitor', 'app insights', 'application insights', 'stackdriver', 'cloud monitoring', 'cloud logging', 'tempo', 'mimir', 'thanos', 'fluentd', 'fluent bit', 'fluentbit', 'logstash', 'sumo logic', 'dynatrace', 'nagios', 'zabbix', 'alertmanager', 'opsgenie', 'statsd', 'graphite', 'victoriametrics', 'signoz', 'uptime kuma'],
  'notification-provider': ['twilio', 'amazon ses', 'aws ses', 'ses', 'sendgrid', 'mailgun', 'postmark', 'mailchimp', 'mandrill', 'sparkpost', 'apns', 'fcm', 'firebase cloud messaging', 'apple push notification service', 'google cloud messaging', 'amazon pinpoint', 'pinpoint', 'vonage', 'nexmo', 'messagebird', 'microsoft exchange', 'exchange server', 'plivo', 'sinch', 'onesignal', 'web push', 'gmail', 'resend'],
};

/** Words after a head that qualify it without changing what it is ("DB replica 2", "Kafka cluster"). */
const QUALIFIERS = new Set(['cluster', 'clusters', 'node', 'nodes', 'instance', 'instances', 'pool', 'fleet', 'tier', 'layer', 'shard', 'shards', 'group', 'primary', 'secondary', 'leader', 'follower', 'master', 'standby', 'region', 'zone', 'az', 'prod', 'v1', 'v2', 'v3', 'a', 'b', 'c', 'i', 'ii', 'iii', 'x', 'set', 'farm', 'pods', 'pod', 'container', 'containers', 'deployment', 'app', 'apps', 'application']);

/** Words that make "app"/"application" a client rather than a server-side program. */
const CLIENT_APP = new Set(['web', 'mobile', 'ios', 'android', 'desktop', 'browser', 'frontend', 'customer', 'user', 'spa', 'single', 'page', 'native', 'react', 'client', 'seller', 'shopper', 'partner', 'alexa', 'companion', 'phone', 'tv']);

/** Words that make an "app" a server-side program. */
const SERVER_APP = new Set(['api', 'backend', 'server', 'worker', 'batch', 'admin', 'function', 'lambda', 'rails', 'django', 'flask', 'spring']);

/** Heads that make a capability modifier count too: an "Auth service" is auth, a "Cache cluster" a cache. */
const CAPABLE_HEADS = new Set(['service', 'services', 'svc', 'server', 'api', 'provider', 'module', 'system', 'manager', 'engine', 'layer', 'cluster', 'platform', 'microservice']);
const MODIFIER_KINDS = new Set<ComponentKind>(['auth', 'cache', 'monitoring', 'queue', 'search-index']);

/** Prepositions after which a product describes a neighbour: "Worker (reads from SQS)". */
const POINTING = new Set(['to', 'from', 'into', 'via', 'onto', 'towards', 'reads', 'writes', 'calls', 'publishes', 'sends', 'queries', 'consumes', 'polls']);

/** Architecture-beta icons, C4 element types, sequence participant types and flowchart shapes. */
const SHAPE_KINDS: Record<string, ComponentKind> = {
  cylinder: 'database', cyl: 'database', 'lin-cyl': 'database', 'h-cyl': 'database', das: 'database', 'disk-storage': 'database', database: 'database', db: 'database', 'stored-data': 'database', 'bow-rect': 'database',
  'icon:database': 'database', 'icon:disk': 'object-storage', 'icon:server': 'service', 'icon:internet': 'client', 'icon:cloud': 'service',
  'c4:person': 'client', 'c4:external_person': 'client',
  'c4:container_db': 'database', 'c4:external_container_db': 'database', 'c4:system_db': 'database', 'c4:external_system_db': 'database', 'c4:component_db': 'database', 'c4:external_component_db': 'database',
  'c4:container_queue': 'queue', 'c4:external_container_queue': 'queue', 'c4:system_queue': 'queue', 'c4:external_system_queue': 'queue', 'c4:component_queue': 'queue', 'c4:external_component_queue': 'queue',
  'c4:container': 'service', 'c4:component': 'service', 'c4:system': 'service', 'c4:external_system': 'service', 'c4:external_container': 'service', 'c4:external_component': 'service',
  actor: 'client', queue: 'queue', collections: 'database',
};
/** Kinds a store-shaped box may be instead of a database, when its words say so. */
const STORE_KINDS = new Set<ComponentKind>(['database', 'cache', 'queue', 'stream', 'search-index', 'object-storage']);
const ICON_KINDS: Record<string, ComponentKind> = { user: 'client', users: 'client', 'user-circle': 'client', mobile: 'client', 'mobile-alt': 'client', laptop: 'client', desktop: 'client', globe: 'client', database: 'database', server: 'service', cloud: 'service', hdd: 'object-storage', 'chart-line': 'monitoring', lock: 'auth', key: 'auth' };

const PERSON_EMOJI = /[\u{1F464}\u{1F465}\u{1F9D1}\u{1F468}\u{1F469}\u{1F64B}\u{1F9CD}]/u;

const PERSON_SHAPES = new Set(['c4:person', 'c4:external_person', 'actor']);
const inBracketsOf = (f: KindMatch) => f.evidence.includes('in its label “(');

/** Why a node is of a kind, as a phrase that completes "… is a database because of …": “db” in its name “Orders DB”. */
export type KindMatch = { kind: ComponentKind; evidence: string };

/** Evidence that comes only from a generic storage head ("store", "data store", "storage"). */
const GENERIC_STORE = /^“(store|stores|data store|datastore|storage|repository|file store|document store|persistence)” in its name/;

const squash = (words: string[]) => words.join('');

function phraseTable(source: Record<ComponentKind, string[]>): Map<string, ComponentKind[]> {
  const table = new Map<string, ComponentKind[]>();
  for (const [kind, list] of Object.entries(source) as [ComponentKind, string[]][]) {
    for (const p of list) {
      const key = squash(splitWords(p));
      table.set(key, [...new Set([...(table.get(key) ?? []), kind])]);
    }
  }
  return table;
}

/** Longest phrase, in words, of either table: bounds the runs tried. */
const MAX_PHRASE_WORDS = 4;

/**
 * Lower-case words of a label fragment: CamelCase, snake_case, kebab-case, digits and punctuation
 * all separate words ("UserService" → user, service; "redis_cache" → redis, cache). Runs of
 * capitals stay one word ("APIGateway" → api, gateway; "SQS" → sqs).
 */
export function splitWords(text: string): string[] {
  return text
    .normalize('NFKC')
    .replace(/([\p{Ll}\p{N}])(\p{Lu})/gu, '$1 $2')
    .replace(/(\p{Lu}+)(\p{Lu}\p{Ll})/gu, '$1 $2')
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
}

const ROLE_PHRASES = phraseTable(ROLE_WORDS);
/** Role phrases up to a plural of the last word ("Customers", "Order queues"). */
const ROLE_TABLE = {
  get(key: string): ComponentKind[] | undefined {
    return ROLE_PHRASES.get(key) ?? (key.endsWith('ies') ? ROLE_PHRASES.get(`${key.slice(0, -3)}y`) : undefined) ?? (key.endsWith('es') ? ROLE_PHRASES.get(key.slice(0, -2)) : undefined) ?? (key.endsWith('s') ? ROLE_PHRASES.get(key.slice(0, -1)) : undefined);
  },
};
const PRODUCT_TABLE = phraseTable(PRODUCTS);

/** An env var (REDIS_URL), a file name (cache.json), a URL or a path: text about configuration, not a component. */
const ENV_VAR = /^\$?\{?[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+\}?(?:=\S*)?$/;
const FILE_URL_PATH = /^(?:[\w-]+\.(?:json|ya?ml|env|toml|ini|conf|cfg|ts|tsx|js|mjs|py|go|rb|java|sql|sh|md|txt|csv|xml|lock|db|sqlite|log|properties)|\w+:\/\/\S*|\/[\w./-]+|\$\{?\w+\}?)$/i;
/** "Node.js", "Next.js", "Vue.js" are products, not files. */
const JS_PRODUCT = /^[A-Z][a-z]*\.js$/;
const NOT_A_NAME = { test: (t: string) => ENV_VAR.test(t) || (FILE_URL_PATH.test(t) && !JS_PRODUCT.test(t)) };

function dropConfigTokens(text: string): string {
  return text
    .split(/(\s+|[,;()[\]{}])/)
    .map((t) => (NOT_A_NAME.test(t.trim()) ? ' ' : t))
    .join('');
}

/** Finds product names in a fragment, skipping those that point at a neighbour. */
function productsIn(words: string[], where: string, out: KindMatch[]) {
  for (let start = 0; start < words.length; start++) {
    for (let len = Math.min(MAX_PHRASE_WORDS, words.length - start); len >= 1; len--) {
      const kinds = PRODUCT_TABLE.get(squash(words.slice(start, start + len)));
      if (!kinds) continue;
      const before = words.slice(Math.max(0, start - 2), start);
      if (before.some((w) => POINTING.has(w))) break;
      const name = words.slice(start, start + len).join(' ');
      for (const kind of kinds) out.push({ kind, evidence: `the product “${name}” in ${where}` });
      start += len - 1;
      break;
    }
  }
}

/** The kind named by the head of a name fragment ("Orders DB" → database), and capability modifiers before it. */
function headIn(words: string[], where: string, out: KindMatch[]) {
  // A phrase that ends in a qualifier-like word is still one name ("user pool", "worker pool").
  for (let len = Math.min(MAX_PHRASE_WORDS, words.length); len >= 2; len--) {
    const phrase = words.slice(words.length - len);
    const kinds = ROLE_TABLE.get(squash(phrase));
    if (kinds && QUALIFIERS.has(words[words.length - 1])) {
      for (const kind of kinds) out.push({ kind, evidence: `“${phrase.join(' ')}” in ${where}` });
      return;
    }
  }
  let end = words.length;
  // Skip trailing qualifiers and numbering ("Worker 2", "Kafka cluster"), but keep a qualifier that is the whole name.
  while (end > 1 && (QUALIFIERS.has(words[end - 1]) || /^\d+$/.test(words[end - 1]))) {
    // "app"/"application" is the head of "Web app" and "Mobile application".
    // "app" is a client unless server-side words qualify it ("App server" ends in server; "API app" is a service).
    const app = words[end - 1] === 'app' || words[end - 1] === 'apps';
    const before = words.slice(0, end - 1);
    if ((app && !before.some((w) => SERVER_APP.has(w))) || (words[end - 1] === 'application' && before.some((w) => CLIENT_APP.has(w)))) {
      out.push({ kind: 'client', evidence: `“${words.slice(0, end).join(' ')}” in ${where}` });
      return;
    }
    end--;
  }
  if (end === 1 && (words[0] === 'app' || words[0] === 'application')) return;
  for (let len = Math.min(MAX_PHRASE_WORDS, end); len >= 1; len--) {
    const phrase = words.slice(end - len, end);
    const kinds = ROLE_TABLE.get(squash(phrase));
    if (!kinds) continue;
    for (const kind of kinds) out.push({ kind, evidence: `“${phrase.join(' ')}” in ${where}` });
    // "Auth service", "Cache cluster": the capability before a generic head counts too.
    if (CAPABLE_HEADS.has(words[end - 1]) || QUALIFIERS.has(words[words.length - 1])) {
      for (let m = end - len - 1; m >= Math.max(0, end - len - 2); m--) {
        for (const k of ROLE_TABLE.get(words[m]) ?? []) {
          if (MODIFIER_KINDS.has(k)) out.push({ kind: k, evidence: `“${words.slice(m, end).join(' ')}” in ${where}` });
        }
      }
    }
    return;
  }
}

/**
 * Splits a label into its name (first line, before any colon, dash or bracket) and descriptions.
 * The name may coordinate several parts ("Load balancer and API gateway", "Auth / Identity").
 */
function fragments(label: string): { names: string[]; details: string[]; parens: string[] } {
  const lines = label.split('\n').map((l) => l.trim()).filter(Boolean);
  // A one-word first line is a name wrapped over two lines ("API<br>Gateway", "Payout\\nworker").
  // So is a name whose first line names no kind and whose second is one or two words ("Carrier data<br/>Provider").
  const nameOf = (line: string) => splitWords(line.split(/\s*[:|—–(]/)[0]);
  const headless = (line: string) => {
    const probe: KindMatch[] = [];
    headIn(nameOf(line), '', probe);
    return probe.length === 0;
  };
  if (lines.length > 1 && (splitWords(lines[0]).length === 1 || (nameOf(lines[1]).length <= 2 && headless(lines[0]))) && !/^[([]/.test(lines[1])) {
    const joined = `${lines[0]} ${lines[1]}`;
    const probe: KindMatch[] = [];
    headIn(splitWords(joined.split(/\s*[:|—–(]/)[0]), '', probe);
    if (probe.length) lines.splice(0, 2, joined);
  }
  const first = lines[0] ?? '';
  const parens = [...label.matchAll(/\(([^()]*)\)|\[([^[\]]*)\]/g)].map((m) => (m[1] ?? m[2] ?? '').trim()).filter(Boolean);
  const noParens = first.replace(/\([^()]*\)|\[[^[\]]*\]/g, ' ').replace(/\bpub\s*\/\s*sub\b/gi, 'PubSub');
  const [head = '', ...rest] = noParens.split(/\s*[:|—–]\s*|\s+-\s+/);
  // What follows "with"/"using" is attached to the component, not the component: "Service with cache".
  // So is what follows "per"/"by" ("Reorder candidates per customer" is a store of candidates, not a customer).
  const [name, ...attached] = head.split(/\s+(?:with|using|via|for|backed by|on top of|per|keyed by|by)\s+/i);
  const names = (name ?? '')
    .split(/\s*(?:,|\/|&|\+|\band\b|\bor\b)\s*/i)
    .map((s) => s.trim())
    .filter(Boolean);
  return { names, details: [...attached, ...rest, ...lines.slice(1)], parens };
}

/**
 * The component kinds of one node, each with the evidence that decided it: the head word of its
 * name, a product anywhere in its label or technology, its shape or element type, or (when the node
 * says nothing itself) the title of the group it sits in.
 *
 * @param node - a node of the diagram model
 * @param groupTitles - titles of the groups holding it, innermost first
 */
export function classifyNode(node: DiagramNode, groupTitles: string[] = []): KindMatch[] {
  // A person emoji ("👤 API Consumer") says a person uses the system, whatever the words after it.
  const person = PERSON_EMOJI.exec(node.label);
  if (person) return [{ kind: 'client', evidence: `its person sign ${person[0]}` }];
  // So does a person's element type or an actor ("Person(agent, "Support agent")"), whatever its name says.
  if (node.shape && PERSON_SHAPES.has(node.shape)) return [{ kind: 'client', evidence: `its shape (${node.shape})` }];
  const found: KindMatch[] = [];
  const label = dropConfigTokens(node.label);
  const { names, details, parens } = fragments(label);
  for (const name of names) {
    const w = splitWords(name);
    headIn(w, `its name “${name}”`, found);
    productsIn(w, `its name “${name}”`, found);
  }
  // Descriptions and technology only say what a box is when its name does not: "QR Service / Redis cached"
  // is a service that uses a cache, but "Orders / PostgreSQL" is a database.
  const named = found.length > 0;
  const described: KindMatch[] = [];
  for (const d of details) productsIn(splitWords(d), `its label “${d}”`, described);
  for (const p of parens) {
    const w = splitWords(p);
    // A product in brackets names what the box is built on ("Payout jobs (SQS FIFO)"): it always counts.
    productsIn(w, `its label “(${p})”`, found);
    // A short bracketed type annotation reads like a name: "Node A (Load Balancer)".
    if (w.length <= 3 && !w.some((x) => POINTING.has(x))) headIn(w, `its label “(${p})”`, described);
  }
  // A web server in brackets serves a client's files ("Frontend (React / Nginx)"): it does not make the client a load balancer.
  if (found.some((f) => f.kind === 'client' && f.evidence.includes('in its name'))) {
    for (let i = found.length - 1; i >= 0; i--) if (found[i].kind === 'load-balancer' && inBracketsOf(found[i])) found.splice(i, 1);
  }
  // A bracketed store or messaging product says what the box is: "Payout jobs (SQS FIFO)" is a queue, not a worker.
  const inBrackets = inBracketsOf;
  const bracketStores = found.filter((f) => inBrackets(f) && STORE_KINDS.has(f.kind));
  if (bracketStores.length) {
    for (let i = found.length - 1; i >= 0; i--) if ((found[i].kind === 'worker' || found[i].kind === 'service') && !inBrackets(found[i])) found.splice(i, 1);
  }
  if (node.tech) productsIn(splitWords(dropConfigTokens(node.tech)), `its technology “${node.tech}”`, described);
  if (node.description) productsIn(splitWords(dropConfigTokens(node.description)), `its description “${node.description}”`, described);
  // A generic storage name ("Document store", "Data store") says only that it stores: the technology
  // says how ("Document store" on S3 is object storage, on DynamoDB a database).
  const describedStores = described.filter((d) => STORE_KINDS.has(d.kind) && !d.evidence.startsWith('“'));
  if (describedStores.length && found.length && found.every((f) => GENERIC_STORE.test(f.evidence))) found.splice(0, found.length);
  const namedKinds = new Set(found.map((f) => f.kind));
  // A description confirms the name's kind (its evidence is kept) or, for an unnamed box, gives it one.
  for (const d of described) if (!named || namedKinds.size === 0 || namedKinds.has(d.kind)) found.push(d);
  for (const icon of node.icons ?? []) {
    const kind = ICON_KINDS[icon];
    if (kind) found.push({ kind, evidence: `its icon fa-${icon}` });
  }
  // Icon packs name products ("logos:postgresql", "logos:aws-s3"): read the icon's name like a label.
  const pack = /^icon:[\w-]+:([\w-]+)$/.exec(node.shape ?? '');
  if (pack && !found.some((f) => STORE_KINDS.has(f.kind))) productsIn(splitWords(pack[1]), `its icon “${pack[1]}”`, found);
  const shapeKind = node.shape ? SHAPE_KINDS[node.shape] : undefined;
  // A store's element type ("ContainerQueue", "ContainerDb") says what "Transcode jobs" is: a queue, not a worker.
  if (shapeKind && STORE_KINDS.has(shapeKind) && node.shape?.startsWith('c4:')) {
    for (let i = found.length - 1; i >= 0; i--) if ((found[i].kind === 'worker' || found[i].kind === 'service') && found[i].evidence.includes('in its name')) found.splice(i, 1);
  }
  if (shapeKind) {
    const ownStore = found.some((f) => STORE_KINDS.has(f.kind));
    // A cylinder is a store: a database unless its words name another kind of store; an element type counts when the words are silent.
    if (STORE_KINDS.has(shapeKind) ? !ownStore : found.length === 0) found.push({ kind: shapeKind, evidence: `its shape (${node.shape})` });
  }
  if (found.length === 0) {
    for (const title of groupTitles) {
      const inherited = classifyNode({ id: '', label: title }).map((m) => ({ kind: m.kind, evidence: `it sits in the group “${title}” (${m.evidence.replace(/\bits (name|label)\b/, 'the group’s $1')})` }));
      if (inherited.length) return dedupe(inherited);
    }
  }
  return dedupe(found);
}

function dedupe(matches: KindMatch[]): KindMatch[] {
  const seen = new Set<ComponentKind>();
  return matches.filter((m) => (seen.has(m.kind) ? false : (seen.add(m.kind), true)));
}

/** Titles of the groups holding a node, innermost first. */
export function groupTitlesOf(graph: DiagramGraph, node: DiagramNode): string[] {
  const byId = new Map((graph.groups ?? []).map((g) => [g.id, g]));
  const titles: string[] = [];
  for (let g = node.group ? byId.get(node.group) : undefined, depth = 0; g && depth < 50; g = g.parent ? byId.get(g.parent) : undefined, depth++) titles.push(g.title);
  return titles;
}

/** Every node's kinds with evidence, by node id. */
export function classifyGraph(graph: DiagramGraph): Map<string, KindMatch[]> {
  return new Map(graph.nodes.map((n) => [n.id, classifyNode(n, groupTitlesOf(graph, n))]));
}

/** The same word up to a simple English plural: queue/queues, box/boxes, proxy/proxies. */
function sameWord(a: string, b: string): boolean {
  if (a === b) return true;
  const [short, long] = a.length < b.length ? [a, b] : [b, a];
  if (long === `${short}s` || long === `${short}es`) return true;
  return short.endsWith('y') && long === `${short.slice(0, -1)}ies`;
}

/**
 * Whether `label` names `phrase` as whole words: case, spacing, hyphens and CamelCase do not matter
 * ("wish-list service" = "WishlistService") and any word may be plural ("Orders service" names
 * "order service"); a match never starts or ends inside a word, and env vars and file names do not count.
 */
export function namesPhrase(label: string, phrase: string): boolean {
  const want = splitWords(phrase);
  if (want.length === 0) return false;
  const have = splitWords(dropConfigTokens(label));
  const wantSquashed = squash(want);
  for (let start = 0; start < have.length; start++) {
    if (start + want.length <= have.length && want.every((w, k) => sameWord(w, have[start + k]))) return true;
    let run = '';
    for (let end = start; end < have.length && run.length <= wantSquashed.length + 3; end++) {
      run += have[end];
      if (sameWord(run, wantSquashed)) return true;
    }
  }
  return false;
}
