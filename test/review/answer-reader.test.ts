import { describe, expect, it } from 'vitest';
import { compileClaim, findBareLists, judgeIdea, readAnswer, type IdeaSpec } from '../../src/review/answer';

const STORED: IdeaSpec = {
  id: 'stored-response',
  label: 'Store the result and replay it',
  why: 'The server records the key with the outcome and returns the stored response for a repeat.',
  claims: ['store result|response return', 'return stored|saved|first|original result|response'],
  terms: ['replay*', 'stored_response'],
};
const KEY: IdeaSpec = {
  id: 'key',
  label: 'An idempotency key from the client',
  why: 'The client generates a unique key per action and sends it with every retry.',
  claims: ['client generate|create|send key|id|token', 'unique key|id|token per|each|every order|request|action'],
  terms: ['idempotency_key|idempotency_token'],
};
const RETRIES: IdeaSpec = {
  id: 'retries-happen',
  label: 'Retries are normal',
  why: 'The client cannot know whether the first request succeeded, so it retries.',
  claims: ['client not know succeed|work|arrive|go_through', 'timeout|time_out retry'],
};
const WINDOW: IdeaSpec = {
  id: 'algorithm',
  label: 'Fixed window has an edge burst',
  why: 'A fixed window lets twice the limit through around the boundary between two windows.',
  claims: ['fixed_window burst|spike|double|twice edge|boundary|reset'],
  terms: ['fixed_window'],
  misconceptions: [{ says: ['fixed_window smooth burst'], wrong: 'a fixed window does not smooth bursts: it lets twice the limit through at the boundary.' }],
};
const COUNTERS: IdeaSpec = {
  id: 'distributed',
  label: 'One shared count',
  why: 'With several servers the count must be shared (a central store), or each server lets the full limit through.',
  claims: ['shared|central|single count|counter|store'],
  misconceptions: [{ says: ['each|every server own count|counter add_up|same'], wrong: 'per-server counts do not add up: each server lets the full limit through.' }],
};

const status = (text: string, idea: IdeaSpec) => judgeIdea(readAnswer(text), idea).status;

describe('negation and dismissal scope', () => {
  it('a dismissal of the idea is a contradiction, not a credit', () => {
    for (const text of [
      "Honestly, I don't think we need idempotency keys for this.",
      'Idempotency keys are overkill for an order button.',
      'Worrying about idempotency keys is premature.',
      "Idempotency keys aren't worth it here.",
      "I wouldn't bother with an idempotency key.",
      'We can make it safe without idempotency keys.',
      'Skip the idempotency key and just dedupe in the database.',
      'Use a database constraint instead of an idempotency key.',
    ]) {
      const v = judgeIdea(readAnswer(text), KEY);
      expect(v.status, text).toBe('contradicted');
      expect(v.evidence).toBe(`“${text}”`);
      expect(v.message).toMatch(/set this aside.*unique key per action/);
    }
  });

  it('a dismissal through a pronoun reaches back to what it stands for', () => {
    const idea: IdeaSpec = { id: 'canary', label: 'Gradual rollout', why: 'A canary shows problems on a few users first.', claims: ['canary|small_percentage catch|show|limit problem|bug|error'], terms: ['canar*'] };
    expect(status("Canary releases slow everything down and I don't think they catch much.", idea)).toBe('contradicted');
  });

  it('"without" before any verb narrows a noun: only its noun phrase is negated, nothing is set aside', () => {
    const fanOut: IdeaSpec = { id: 'fan-out', label: 'Cross-shard queries fan out', why: 'A query without the shard key asks every shard.', claims: ['not key ask|hit every|all shard'], terms: ['fan_out'] };
    const a = readAnswer('Queries without the key have to hit every shard and wait for the slowest one.');
    const word = (w: string) => a.sentences[0].tokens.find((t) => t.norm === w)!;
    expect(word('key').negated).toBe(true);
    expect(word('hit').negated).toBe(false);
    expect(a.sentences[0].tokens.some((t) => t.dismissed)).toBe(false);
    expect(judgeIdea(a, fanOut).status).toBe('explained');
    // After a verb it still sets the idea aside.
    expect(status('We can make it safe without idempotency keys.', KEY)).toBe('contradicted');
  });

  it('what follows "instead of" is set aside, what precedes it is claimed', () => {
    expect(status('The server hands back the saved result instead of placing another order.', STORED)).toBe('explained');
  });

  it('a correct claim phrased with a negation is a claim', () => {
    expect(status("The app can't tell whether the first request went through, so it retries.", RETRIES)).toBe('explained');
    expect(status('The client never knows if the order went through.', RETRIES)).toBe('explained');
    // The same words without the negation do not say it.
    expect(status('The client knows the order went through.', RETRIES)).not.toBe('explained');
  });

  it('"no X needed" fills a claim that must be negated: it says what the claim says, it sets nothing aside', () => {
    const FLAG: IdeaSpec = {
      id: 'flags',
      label: 'A flag turns it off without a deploy',
      why: 'A flag switches the new behaviour off in seconds, with no deploy.',
      claims: ['flag|switch off|flip not deploy|redeploy'],
      terms: ['flag'],
    };
    expect(status("I'd flip the kill switch, no deploy needed.", FLAG)).toBe('explained');
    expect(status('Turn the flag off, no redeploy required.', FLAG)).toBe('explained');
    // A dismissal of the idea itself still contradicts it, and a word set aside by its predicate is still set aside.
    expect(status("We don't need a flag, just do a deploy.", FLAG)).not.toBe('explained');
    expect(status("Flip the switch; the deploy doesn't matter.", FLAG)).not.toBe('explained');
  });

  it('a negation that began further back does not make a later "have to" a dismissal', () => {
    const FANOUT: IdeaSpec = {
      id: 'fan-out',
      label: 'Queries without the key ask every shard',
      why: 'A query without the shard key must ask every shard and wait for the slowest.',
      claims: ['not key|id ask|go every_shard|all_shards'],
      terms: ['fan_out'],
    };
    expect(status("Queries that don't carry the customer id have to go to every shard and wait for the slowest one.", FANOUT)).toBe('explained');
    // The verb's own negation still sets what follows aside, directly or through a verb of opinion.
    expect(readAnswer("We don't have to think about every shard.").sentences[0].tokens.find((t) => t.norm === 'shard')?.dismissed).toBe(true);
    expect(readAnswer("I don't think we need idempotency keys.").sentences[0].tokens.find((t) => t.norm === 'keys')?.dismissed).toBe(true);
  });

  it('a certainty that states a necessity or gives advice is not a boast', () => {
    const certain = (text: string) => readAnswer(text).sentences[0].tokens.filter((t) => t.absolute).map((t) => t.norm);
    expect(certain('A query without the shard key always has to ask every shard.')).toEqual([]);
    expect(certain('Adding a shard always means moving some data.')).toEqual([]);
    expect(certain('Always roll back first and debug later.')).toEqual([]);
    // A certainty about how well something works is still one.
    expect(certain('Hashing always spreads the load perfectly.')).toEqual(['always', 'perfectly']);
    expect(certain('Rolling back is always safe.')).toEqual(['always']);
  });

  it('"and no X is needed" starts its own clause: what comes before it is not set aside', () => {
    const FASTER: IdeaSpec = { id: 'faster', label: 'A flag is faster', why: 'Turning a flag off beats a deploy.', claims: ['disable|flip flag faster|quicker'] };
    expect(status('We disable the flag, it is faster and no deployment is required.', FASTER)).toBe('explained');
    expect(status("We disable the flag, it is faster, but honestly the flag isn't needed.", FASTER)).toBe('explained');
  });

  it('a negated claim contradicts it, unless it is hypothetical', () => {
    expect(status("A fixed window has no burst at the boundary, it's perfectly even.", WINDOW)).toBe('contradicted');
    expect(status("If the server doesn't store the result and return it, the retry creates a second order.", STORED)).not.toBe('contradicted');
    expect(status("We do not store the result or return it; we just run the order again.", STORED)).toBe('contradicted');
  });

  it('a negation stops at its clause', () => {
    const a = readAnswer("The client doesn't know if it worked, so the server stores the response and returns it.");
    const server = a.sentences[0].tokens.find((t) => t.norm === 'stores')!;
    expect(server.negated).toBe(false);
    expect(a.sentences[0].tokens.find((t) => t.norm === 'know')!.negated).toBe(true);
    expect(judgeIdea(a, STORED).status).toBe('explained');
  });

  it('the end of a hyphenated compound is not a negation: "all-or-nothing"', () => {
    const a = readAnswer('Orders and payments change together in one all-or-nothing step.');
    expect(a.sentences[0].tokens.some((t) => t.negated)).toBe(false);
    // A leading "no-" still negates: "a no-deploy switch" says there is no deploy.
    expect(readAnswer('It is a no-deploy switch.').sentences[0].tokens.find((t) => t.norm === 'deploy')!.negated).toBe(true);
  });

  it('"not only" and "no matter" are not negations', () => {
    expect(status('Not only does the server store the result, it returns it on every retry.', STORED)).toBe('explained');
    expect(readAnswer('No matter how many retries come, the server stores the result.').sentences[0].tokens.some((t) => t.negated)).toBe(false);
  });

  it('"X doesn\'t matter" negates and sets X aside', () => {
    expect(status("Idempotency keys don't matter for an order button.", KEY)).toBe('contradicted');
  });

  it('hedges do not cancel a claim', () => {
    expect(status('I think the server probably stores the result and returns it for a retry.', STORED)).toBe('explained');
  });
});

describe('lists', () => {
  it('bullets of bare terms, lead-in lists, "X vs Y" and one-phrase sentences are bare lists', () => {
    const a = readAnswer('The main things are: TTL, invalidation, hit rate.\n\n- idempotency keys\n- replay\n- locks\n\nAccess patterns.\n\nSQL vs NoSQL.');
    expect(findBareLists(a)).toEqual(['The main things are: TTL, invalidation, hit rate.', 'idempotency keys · replay · locks', 'Access patterns.', 'SQL vs NoSQL.']);
    expect(judgeIdea(a, KEY)).toMatchObject({ status: 'mentioned', evidence: '“idempotency keys”' });
    expect(judgeIdea(a, KEY).message).toMatch(/list of terms/);
  });

  it('a short label, a colon and three or more short phrases is a list, even when a phrase is verb-like', () => {
    const a = readAnswer('Vertical: scale up, bigger instances, hardware limits.\n\nRollback options: revert the deploy, toggle the flag, shift traffic, roll forward.\n\nDocument: flexibility, scale, partitioning.');
    expect(findBareLists(a)).toEqual(['Vertical: scale up, bigger instances, hardware limits.', 'Rollback options: revert the deploy, toggle the flag, shift traffic, roll forward.', 'Document: flexibility, scale, partitioning.']);
    // A claim after a colon stays a claim.
    expect(findBareLists(readAnswer('Vertical is scaling up: a bigger instance, more memory and no code change.'))).toEqual([]);
    expect(findBareLists(readAnswer('My plan: we roll back now, then we debug.'))).toEqual([]);
    // A label defined by a phrase, or followed by steps, is not a list of terms.
    expect(findBareLists(readAnswer('SLO: our internal goal for that ratio, 99.9% over a 28-day window.'))).toEqual([]);
    expect(findBareLists(readAnswer('Prevention: canary to one host, then 1%, 10%, 50%, with alarms that halt and roll back.'))).toEqual([]);
    expect(findBareLists(readAnswer('Main things: SLI, SLO.'))).toEqual(['Main things: SLI, SLO.']);
  });

  it('"X gives A, B and C" claims what X gives: its words can fill a claim', () => {
    const sqlGives: IdeaSpec = { id: 'sql', label: 'What SQL gives', why: 'Joins and transactions.', claims: ['relational|sql give|gives joins|transactions'] };
    const a = readAnswer('Relational gives joins, multi-row ACID transactions, foreign keys and ad hoc SQL.');
    expect(judgeIdea(a, sqlGives).status).toBe('explained');
    expect(findBareLists(readAnswer('Things to weigh: joins, transactions, foreign keys and ad hoc SQL.'))).toHaveLength(1);
  });

  it('a bullet that is a full sentence is a sentence', () => {
    const a = readAnswer('- The server stores the result and returns it on a retry.\n- Each client sends a unique key per order.');
    expect(findBareLists(a)).toEqual([]);
    expect(judgeIdea(a, STORED).status).toBe('explained');
    expect(judgeIdea(a, KEY).status).toBe('explained');
  });

  it('tables and numbered lines are read as lists', () => {
    const a = readAnswer('| idea | note |\n| --- | --- |\n| idempotency key | replay |\n\n1. retries\n2. locks\n3. keys');
    expect(a.sentences.every((s) => s.kind === 'item' && s.bare)).toBe(true);
    expect(findBareLists(a)).toHaveLength(2);
  });

  it('a sentence with a comma list and a claim is a sentence', () => {
    const a = readAnswer('For the price, stock and title we store the result and return it on a retry.');
    expect(findBareLists(a)).toEqual([]);
    expect(judgeIdea(a, STORED).status).toBe('explained');
  });
});

describe('paraphrases and morphology', () => {
  it('matches lemmas, stems and everyday synonyms', () => {
    for (const text of [
      'The server saved the response and handed it back when the retry came.',
      'We keep the outcome and replay it for the duplicate.',
      'It returns the original response instead of charging again.',
      'Storing results lets the backend send back the same answer.',
    ]) expect(status(text, STORED), text).toBe('explained');
  });

  it('a pronoun can stand for a slot named in the sentence before', () => {
    expect(status('The server keeps every response. When the same key comes back, it returns the stored one.', STORED)).toBe('explained');
    expect(status('The server keeps every response. Later it goes to sleep.', STORED)).not.toBe('explained');
  });

  it('a claim needs all its slots in one sentence', () => {
    const v = judgeIdea(readAnswer('We store the response somewhere. Then the client waits for a while.'), STORED);
    expect(v.status).not.toBe('explained');
  });

  it('terms alone only mention the idea', () => {
    expect(status('We would use an idempotency key here.', KEY)).toBe('mentioned');
    expect(status('Something about caches.', KEY)).toBe('missed');
  });
});

describe('misconceptions', () => {
  it('a stated misconception contradicts the idea and says what is wrong', () => {
    const v = judgeIdea(readAnswer("A fixed window smooths bursts perfectly, there's no edge effect."), WINDOW);
    expect(v).toMatchObject({ status: 'contradicted', evidence: "“A fixed window smooths bursts perfectly, there's no edge effect.”" });
    expect(v.message).toMatch(/does not smooth bursts/);
    expect(status('Each server can keep its own count; it adds up to the same thing.', COUNTERS)).toBe('contradicted');
  });

  it('a denied misconception is not one', () => {
    expect(status("Each server keeping its own count doesn't add up: use a shared counter in Redis.", COUNTERS)).toBe('explained');
    expect(status("If each server keeps its own count, it won't add up to the limit.", COUNTERS)).not.toBe('contradicted');
  });
});

describe('honest output', () => {
  it('a near miss is unsure, quotes the sentence and shows the why', () => {
    const idea: IdeaSpec = { id: 'x', label: 'Store and replay', why: 'Why it matters.', claims: ['server store response return'] };
    const v = judgeIdea(readAnswer('The server stores the response for the order.'), idea);
    expect(v).toMatchObject({ status: 'mentioned', unsure: true, evidence: '“The server stores the response for the order.”' });
    expect(v.message).toMatch(/could not tell.*Why it matters/);
  });

  it('a claim with no words is an authoring error', () => {
    expect(() => compileClaim('   ')).toThrow(/no words/);
  });

  it('long sentences are quoted around the match', () => {
    const filler = Array.from({ length: 50 }, (_, i) => `word${i}`).join(' ');
    const v = judgeIdea(readAnswer(`${filler} and then the server stores the result and returns it.`), STORED);
    expect(v.status).toBe('explained');
    expect(v.evidence).toMatch(/^“… .*stores the result/);
  });
});

describe('reported views and misconceptions said in one breath', () => {
  it('a wrong idea put in others’ mouths to reject it is not a contradiction', () => {
    for (const text of [
      'People often think a fixed window smooths bursts, but it lets twice the limit through at the window boundary.',
      'A common myth is that a fixed window smooths bursts; in fact it can double up at the boundary.',
    ]) {
      expect(status(text, WINDOW), text).not.toBe('contradicted');
    }
    // Said as the writer's own view, it is one.
    expect(status('A fixed window smooths bursts nicely.', WINDOW)).toBe('contradicted');
  });

  it('a misconception pieced together from two far-apart clauses does not count', () => {
    const text = 'Because we run many servers, they all check the same shared count in Redis, or each server would hand out its own full allowance.';
    expect(status(text, COUNTERS)).not.toBe('contradicted');
  });

  it('"X is a non-issue" and "there is no X problem" set X aside', () => {
    const cold: IdeaSpec = { id: 'cold', label: 'Cold starts', why: 'An empty cache sends the full load to the database.', claims: ['empty|cold cache database full load'], terms: ['cold_start|cold-start|stampede'] };
    expect(status("Everything is preloaded, so there's no cold-start problem to worry about.", cold)).toBe('contradicted');
    expect(status('Stampedes are a non-issue for us.', cold)).toBe('contradicted');
  });
});

describe('sentences that only rank or string terms', () => {
  it('a sentence that only ranks its subject is a bare line, not a claim', () => {
    for (const text of ['Hit ratio is the key KPI to track.', 'Caching is a classic latency-versus-freshness trade-off.', 'This is the classic scale-up versus scale-out question.', 'Idempotency is the backbone of a robust, fault-tolerant checkout, and it should be a first-class design principle from day one.']) {
      expect(findBareLists(readAnswer(text)), text).toEqual([text]);
    }
  });

  it('a ranking with a reason or a mechanism is a claim', () => {
    for (const text of ['Hit rate is the key number because every miss still pays the full database trip.', 'The SLI is the metric, for example the share of checkout requests answered within 300 ms.', 'The catch is things can now be behind.']) {
      expect(findBareLists(readAnswer(text)), text).toEqual([]);
    }
  });

  it('a thing only said to exist is a bare line', () => {
    expect(findBareLists(readAnswer("There's also a memory cost."))).toEqual(["There's also a memory cost."]);
    expect(findBareLists(readAnswer('There is a cost: every node needs as much memory as the hot data.'))).toEqual([]);
    expect(findBareLists(readAnswer("There's no need for a second balancer."))).toEqual([]);
  });

  it('four or more terms strung anywhere in a sentence are flagged', () => {
    const text = 'Elasticity, statelessness, fault tolerance, cost efficiency and operational complexity all come into it.';
    expect(findBareLists(readAnswer(text))).toEqual([text]);
  });
});

describe('what would happen otherwise, and asides beside a plain mention', () => {
  it('"…, or each server would …" is what would happen otherwise, not a claim', () => {
    const text = 'Because we run many servers, they all check the same count, or each server would keep its own count and it would add up the same.';
    expect(status(text, COUNTERS)).not.toBe('contradicted');
    // Stated as a rule after an if-clause, it is the writer's claim.
    expect(status('If we add servers, each server keeps its own count and it adds up the same.', COUNTERS)).toBe('contradicted');
  });

  it('"we don\'t just get slow" negates; written out, "not just" adds', () => {
    const slow: IdeaSpec = { id: 'r', label: 'Reject, do not slow down', why: 'Tell the client.', claims: ['x_unused'], misconceptions: [{ says: ['just get slow'], wrong: 'slowing down hides the limit.' }] };
    expect(status("When they run out, we don't just get slow; we reply at once.", slow)).not.toBe('contradicted');
    expect(status('When they run out, we just get slow.', slow)).toBe('contradicted');
  });

  it('a term set aside counts even when another of its words is named plainly in the sentence', () => {
    const stale: IdeaSpec = { id: 's', label: 'Staleness', why: 'A cached copy can be out of date.', claims: ['stale copy'], terms: ['ttl|invalidat*'] };
    expect(status("I'd keep the TTL long and honestly not bother invalidating on price changes.", stale)).toBe('contradicted');
  });
});

describe('denials through the verb and views reported to reject them', () => {
  it('"bursts at the edge don\'t really happen" denies the edge burst', () => {
    expect(status("Honestly a fixed window is fine, bursts at the boundary don't really happen.", WINDOW)).toBe('contradicted');
  });

  it('a misconception reported to reject it is not the writer’s, even when the "but" clause shares a word', () => {
    const free: IdeaSpec = { id: 'cost', label: 'Cost', why: 'A cache is another system to pay for.', claims: ['another cluster|system pay|run'], misconceptions: [{ says: ['cache|caching|it free'], wrong: 'a cache is not free.' }] };
    expect(status("People assume caching is free, but it's another cluster to pay for and keep running.", free)).toBe('explained');
  });
});

const HEALTH: IdeaSpec = {
  id: 'health',
  label: 'Health checks route around failures',
  why: 'The balancer probes each server and stops sending traffic to one that fails the check.',
  claims: ['health_check|probe server|servers'],
  terms: ['health_check|health_checks'],
};
const LAG: IdeaSpec = {
  id: 'observability',
  label: 'Lag becomes the thing to watch',
  why: 'Work is eventually done: watch queue depth and the age of the oldest message.',
  claims: ['watch|track|alert lag|backlog|oldest_message'],
  terms: ['lag|backlog'],
};

describe('certainties make a point undecided, never explained and never a gap', () => {
  it('a claim said with "perfectly", "instantly" or "exactly the same" is mentioned and unsure', () => {
    for (const text of [
      'Ten counters on ten servers add up to exactly the same as one shared counter.',
      'One shared counter in Redis counts perfectly, with zero drift.',
    ]) {
      const v = judgeIdea(readAnswer(text), COUNTERS);
      expect(v.status, text).toBe('mentioned');
      expect(v.unsure, text).toBe(true);
      expect(v.message).toMatch(/certainty/);
    }
  });
  it('a rule ("must always"), a hedge ("not always") or a negative claim\'s own "never" keeps the credit', () => {
    expect(status('The client must always generate a unique key per order.', KEY)).toBe('explained');
    expect(status('It is not always the case, but the client generates a unique key per order.', KEY)).toBe('explained');
    expect(status('The client never knows whether the first call succeeded.', RETRIES)).toBe('explained');
  });
  it('a plain claim elsewhere in the answer still earns the credit', () => {
    expect(status('A shared counter is perfectly consistent. We keep one shared count in Redis for every server.', COUNTERS)).toBe('explained');
  });
});

describe('negative verdicts on a practice are dismissals', () => {
  it.each([
    ['Health checks are a nice-to-have; users just refresh.', HEALTH],
    ['Probing servers is over the top for ten boxes, honestly.', HEALTH],
    ['Monitoring lag is a nice-to-have.', LAG],
    ['Tracking the backlog feels like overkill. I wouldn\'t bother.', LAG],
    ['Health check is not so important for us, autoscaling replaces the dead ones anyway.', HEALTH],
    ['Lag monitoring I\'d postpone, it\'s not day-one stuff.', LAG],
    ['Watching the lag is extra ops work for little gain.', LAG],
  ])('%s', (text, idea) => {
    expect(status(text, idea)).toBe('contradicted');
  });
  it('"I wouldn\'t bother" with nothing after it sets aside the sentence before', () => {
    expect(status('We could watch the lag of each consumer. I wouldn\'t bother, though.', LAG)).toBe('contradicted');
  });
  it('"X isn\'t something I\'d worry about" sets aside X, not the sentence before', () => {
    expect(status('The balancer probes servers every few seconds. Sessions aren\'t something I\'d worry about.', HEALTH)).toBe('explained');
  });
  it('"we can\'t live without X" is not a dismissal', () => {
    expect(status('Health checks matter: we can\'t live without them.', HEALTH)).not.toBe('contradicted');
  });
});

describe('a claim needs something said that relates its words', () => {
  it('terms side by side are undecided; a verb or copula between them explains', () => {
    const side = judgeIdea(readAnswer('Beyond health checks for the servers, I would think about cost.'), HEALTH);
    expect(side.status).toBe('mentioned');
    expect(side.unsure).toBe(true);
    expect(status('The health check calls each server every five seconds.', HEALTH)).toBe('explained');
    expect(status('A health check is how the balancer knows a server is alive.', HEALTH)).toBe('explained');
  });
});
