/**
 * Parses the API section of design notes into endpoints and checks them as an API reviewer would:
 * resources as nouns, a version, pagination on lists that can grow without bound, a safe retry on
 * creates where nothing else makes one safe, status codes that fit each operation, and path
 * parameters the notes know. Every finding names the endpoint line. Pure.
 */

export type Endpoint = {
  method: string;
  path: string;
  /** 1-based line in the API section. */
  line: number;
  /** The line as written, trimmed. */
  text: string;
  success: number[];
  errors: number[];
  /** Query parameter names, and `{field}` names in the request or response. */
  query: string[];
  fields: string[];
};

export type ApiSection = { endpoints: Endpoint[]; /** Lines that are not endpoints (general rules such as "Errors: …"). */ general: { line: number; text: string }[] };

export type ApiCheck = { id: string; label: string; met: boolean; evidence?: string; hint?: string };

const METHOD = /\b(GET|POST|PUT|PATCH|DELETE)\s+`?(\/[^\s`|]*)/;
const STATUS = /\b([1-5]\d\d)\b/g;
const VERBS = ['get', 'create', 'add', 'delete', 'remove', 'update', 'fetch', 'make', 'set', 'do', 'put', 'post', 'insert', 'modify', 'edit', 'list', 'retrieve', 'save', 'submit'];
const COLLECTION_LIKE = new Set(['search', 'history', 'feed', 'results', 'inbox', 'timeline']);
const SINGLETONS = new Set(['me', 'health', 'status', 'config', 'settings', 'profile', 'summary', 'stats', 'count', 'preferences', 'quota', 'usage', 'cart', 'balance']);

const pathWithoutQuery = (path: string) => path.split('?')[0].replace(/[.,;)]+$/, '');
const isParam = (segment: string) => /^[{:<]/.test(segment) || /^\{.*\}$/.test(segment);
const segmentsOf = (path: string) => pathWithoutQuery(path).split('/').filter(Boolean);
const paramNames = (path: string) => segmentsOf(path).filter(isParam).map((s) => s.replace(/[{}:<>]/g, ''));
const describe = (e: Endpoint) => `“${e.method} ${pathWithoutQuery(e.path)}” (API line ${e.line})`;

/**
 * Reads endpoints out of an API section: list items, prose, and Markdown table rows — the method and
 * the path in one cell or in two (`| POST | /v1/carts | … |`), with or without backticks.
 */
export function parseApiSection(text: string): ApiSection {
  const endpoints: Endpoint[] = [];
  const general: ApiSection['general'] = [];
  (text ?? '').split(/\r?\n/).forEach((raw, i) => {
    let line = raw.trim();
    // A table row: cells joined by spaces, so "| POST | `/v1/carts` |" reads as "POST /v1/carts".
    if (line.startsWith('|')) line = line.replace(/^\|/, '').replace(/\|\s*$/, '').split('|').map((c) => c.trim()).join(' | ').replace(/\b(GET|POST|PUT|PATCH|DELETE)`?\s*\|\s*`?(?=\/)/g, '$1 ');
    line = line.replace(/`(GET|POST|PUT|PATCH|DELETE)`\s+`?/g, '$1 ');
    if (!line || /^\|?\s*:?-{3,}/.test(line)) return;
    const starts = [...line.matchAll(new RegExp(METHOD.source, 'g'))];
    if (starts.length === 0) {
      general.push({ line: i + 1, text: line });
      return;
    }
    // Several endpoints on one line ("GET /a and POST /b") are read one by one.
    starts.forEach((m, k) => {
      const end = k + 1 < starts.length ? starts[k + 1].index : line.length;
      const after = line.slice(m.index + m[0].length, end);
      const codes = [...after.matchAll(STATUS)].map((c) => Number(c[1]));
      const query = [...(m[2].split('?')[1] ?? '').matchAll(/([A-Za-z_][\w-]*)=/g)].map((q) => q[1].toLowerCase());
      const fields = [...after.matchAll(/\{([^}]*)\}/g)].flatMap((f) => f[1].split(/[,\s]+/)).map((f) => f.replace(/[^\w]/g, '').toLowerCase()).filter(Boolean);
      endpoints.push({ method: m[1], path: m[2], line: i + 1, text: starts.length > 1 ? line.slice(m.index, end).trim() : line, success: codes.filter((c) => c < 400), errors: codes.filter((c) => c >= 400), query, fields });
    });
  });
  return { endpoints, general };
}

/** Whether a GET returns a collection: its last segment is a plural noun (or "search", "history"), not an id. */
function isListEndpoint(e: Endpoint): boolean {
  if (e.method !== 'GET') return false;
  const last = segmentsOf(e.path).filter((s) => !/^v\d+$/i.test(s)).pop();
  if (!last || isParam(last)) return false;
  const word = last.toLowerCase().replace(/[^a-z-]/g, '');
  if (SINGLETONS.has(word)) return false;
  return COLLECTION_LIKE.has(word) || (/s$/.test(word) && !/(ss|us|status)$/.test(word));
}

const mentions = (text: string, pattern: RegExp) => pattern.test(text);
const PAGINATION = /\b(cursor|next[_ -]?token|nexttoken|page[_ -]?token|pagetoken|next[_ -]?cursor|nextcursor|limit|page(size)?|offset|paginat\w*|pages?)\b/i;
/** What makes a retried create safe: a key the server remembers, a natural key, a conditional write, a duplicate refused. */
const RETRY_SAFE = /\b(idempoten\w*|idempotency[- ]key|retry[- ]safe|safe to retry|safely retr\w*|dedup\w*|de-dup\w*|client[- ]?(request|token|generated|chosen|supplied)[- ]?(id|key)?|request[- ]id|natural key|unique (key|constraint|index)|upsert\w*|if-none-match|conditional (write|put|create|insert)|put if absent|returns? the (existing|same|original)|same (result|response)|already exists|duplicate\w*|one per|at most once|once per)\b/i;
const VERSION_HEADER = /\b(api[- ]version|accept[- ]version|version header|x-api-version|application\/vnd\.[\w.+-]*v\d)/i;
/** A bound on how many items a list can hold: "at most 100 items", "up to 20", "capped at 50". */
const BOUND = /\b(at most|up to|max(imum)?( of)?|capped at|cap of|limit(ed)? (of|to)|no more than|fewer than|under|bounded|top)\s*~?\d[\d,]*|\b\d[\d,]*\s*(max|at most)\b|≤\s*\d|<=\s*\d|\b(small|short|bounded|fixed)\s+(list|set|number)\b/i;
/** Final path segments a POST uses to compute or look up rather than create ("/evaluate", "/search", "/quotes"). */
const NOT_CREATING = /^(search|query|queries|evaluate|evaluations?|estimate|estimates|quote|quotes|preview|validate|validation|check|checks|lookup|login|logout|tokens?|sessions?|assign|assignments?|decide|decisions?|resolve|merge|batch|bulk|previews?|simulate|simulation|calculate|calculation|ping|verify|confirm|confirmation|cancel|cancellation)$/i;

/** Success codes that fit each method. */
const FITTING_SUCCESS: Record<string, number[]> = {
  GET: [200, 206, 304],
  POST: [200, 201, 202, 204, 303],
  PUT: [200, 201, 202, 204],
  PATCH: [200, 202, 204],
  DELETE: [200, 202, 204],
};

const sentencesOf = (text: string) => text.split(/(?<=[.!?])\s+|\n+/).filter((x) => x.trim());
const singular = (word: string) => word.replace(/ies$/, 'y').replace(/(ses|xes)$/, (m) => m.slice(0, -2)).replace(/s$/, '');

/**
 * Checks an API section structurally. Without endpoints every check fails with one hint that says
 * how to write them, so a list of words can never pass.
 *
 * - pagination: asked only for lists that can grow without bound; a list the notes bound ("a cart holds
 *   at most 100 items") needs none.
 * - idempotency: asked only for POSTs that create something, when nothing in the design makes a retry
 *   safe — an Idempotency-Key, a client-chosen id, a natural or unique key, a conditional write or a
 *   409 on duplicates all count, on the line or anywhere in the notes.
 * - errors: error codes count wherever the notes name them.
 * - path parameters: known when the notes name them anywhere, or when they are ids (an id may belong
 *   to another service's API).
 *
 * @param apiText - the API section of the notes
 * @param dataModelText - the data model section, for the consistency check
 * @param allNotes - every section of the notes together; the API section alone when omitted
 */
export function checkApiSection(apiText: string, dataModelText = '', allNotes = `${apiText}\n${dataModelText}`): ApiCheck[] {
  const { endpoints, general } = parseApiSection(apiText);
  const generalText = general.map((g) => g.text).join('\n');
  const checks: ApiCheck[] = [];
  const add = (id: string, label: string, problems: string[], evidence: string) =>
    checks.push(problems.length ? { id, label, met: false, hint: `${problems.join('; ')}.` } : { id, label, met: true, evidence: `${evidence.replace(/\.$/, '')}.` });

  if (endpoints.length === 0) {
    const hint = 'No endpoint was found in the API section: write one per line as “METHOD /path → status {fields}”, e.g. “POST /v1/lists {name} → 201 {listId}”.';
    for (const [id, label] of API_CHECKS) checks.push({ id, label, met: false, hint });
    return checks;
  }
  const list = endpoints.map(describe).slice(0, 3).join(', ') + (endpoints.length > 3 ? ` and ${endpoints.length - 3} more` : '');
  add('api-endpoints', 'Endpoints', endpoints.length >= 2 ? [] : [`Only one endpoint is written (${describe(endpoints[0])}): name every operation the prompt needs`], `${endpoints.length} endpoints: ${list}`);

  const verbSegments = endpoints.flatMap((e) =>
    segmentsOf(e.path)
      .filter((s) => !isParam(s))
      .filter((s) => {
        const w = s.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase().split(/[\s_-]+/);
        // An action after an id ("/lists/{id}/share") is fine; a verb naming the resource ("/getItems", "/create-order") is not.
        const segments = segmentsOf(e.path);
        const previous = segments[segments.indexOf(s) - 1];
        return VERBS.includes(w[0]) && (w.length > 1 || previous === undefined || !isParam(previous));
      })
      .map((s) => `${describe(e)} names an action “${s}”: use a noun and let the method say the verb`),
  );
  add('api-nouns', 'Resources as nouns', verbSegments, 'Every path names resources; the methods carry the verbs');

  const unversioned = endpoints.filter((e) => !segmentsOf(e.path).some((s) => /^v\d+(\.\d+)?$/i.test(s)));
  const header = VERSION_HEADER.exec(`${generalText}\n${endpoints.map((e) => e.text).join('\n')}`);
  add(
    'api-version',
    'A version in the path or a header',
    unversioned.length && !header ? [`${describe(unversioned[0])}${unversioned.length > 1 ? ` and ${unversioned.length - 1} more` : ''} carry no version: put /v1 in the path or name a version header`] : [],
    header && unversioned.length ? `The version travels in the header “${header[0]}”` : `Every path starts with a version (${pathWithoutQuery(endpoints[0].path)})`,
  );

  const notesSentences = sentencesOf(allNotes);
  const generalPaging = general.find((g) => PAGINATION.test(g.text) && /\b(list|get|collection|page|all)\b/i.test(g.text));
  const lists = endpoints.filter(isListEndpoint);
  /** A list the notes bound: a sentence naming the resource with a bound ("at most 100 items per cart"). */
  const bounded = (e: Endpoint) => {
    if (BOUND.test(e.text)) return true;
    const last = singular((segmentsOf(e.path).filter((x) => !isParam(x)).pop() ?? '').toLowerCase());
    if (!last) return false;
    const named = new RegExp(`\\b${last.replace(/[^a-z]/g, '.?')}(e?s)?\\b`, 'i');
    return notesSentences.some((x) => named.test(x) && BOUND.test(x));
  };
  const unpaged = lists.filter((e) => !mentions(e.text, PAGINATION) && !e.query.some((q) => PAGINATION.test(q)) && !bounded(e));
  add(
    'api-pagination',
    'Pagination where a list can grow without bound',
    generalPaging ? [] : unpaged.map((e) => `${describe(e)} returns a list that can keep growing but takes no cursor or limit (or say how many items it can hold at most)`),
    lists.length === 0 ? 'No endpoint returns a list' : generalPaging ? `“${generalPaging.text}” (API line ${generalPaging.line})` : `${lists.map(describe).join(', ')} page with a cursor or limit, or hold a bounded number of items`,
  );

  // A create is a POST that answers 201 or posts to a collection; an action or a computation is not.
  const creates = endpoints.filter((e) => {
    if (e.method !== 'POST') return false;
    const last = segmentsOf(e.path).pop() ?? '';
    if (isParam(last) || NOT_CREATING.test(last.replace(/[^A-Za-z-]/g, ''))) return false;
    return e.success.includes(201) || (/s$/i.test(last) && !/(ss|us|status)$/i.test(last));
  });
  const generalSafety = notesSentences.find((x) => RETRY_SAFE.test(x) && !/\b(not|no|never|without)\b[^.]{0,30}\b(idempoten|dedup|unique)/i.test(x));
  const safeByItself = (e: Endpoint) => RETRY_SAFE.test(e.text) || e.errors.includes(409);
  const unsafe = creates.filter((e) => !safeByItself(e));
  add(
    'api-idempotency',
    'A retried create is safe',
    generalSafety ? [] : unsafe.map((e) => `${describe(e)} creates something a client may retry after a timeout: say what makes a retry safe (an Idempotency-Key, a client-chosen id with PUT, a unique key with 409 on duplicates)`),
    creates.length === 0
      ? 'No POST creates anything: writes are PUTs, DELETEs or actions on a known resource'
      : unsafe.length === 0
        ? `${creates.map(describe).join(', ')} say what makes a retry safe`
        : `The notes make retries safe: “${(generalSafety ?? '').trim().slice(0, 120)}”`,
  );

  const errorProblems: string[] = [];
  const namedErrors = /\b[45]\d\d\b|\b(not found|conflict|too many requests|bad request|unauthori[sz]ed|forbidden|unprocessable)\b/i.test(allNotes);
  if (!namedErrors && endpoints.every((e) => e.errors.length === 0)) errorProblems.push('No error is named anywhere: say what each call returns when it fails (400, 404, 409, 429…)');
  for (const e of endpoints) {
    const fit = FITTING_SUCCESS[e.method] ?? [];
    for (const code of e.success) if (code >= 200 && code < 300 && !fit.includes(code)) errorProblems.push(`${describe(e)} returns ${code}, which does not fit ${e.method}`);
    if (e.errors.includes(409) && e.method === 'GET') errorProblems.push(`${describe(e)} returns 409, but a read cannot conflict`);
  }
  add('api-errors', 'Status codes that fit the operations', errorProblems, `${endpoints.filter((e) => e.errors.length).length} endpoints name their errors${namedErrors ? ', and the notes say what failures return' : ''}`);

  const model = dataModelText.toLowerCase().replace(/[^a-z0-9]/g, ' ');
  const elsewhere = allNotes
    .split('\n')
    .filter((l) => !METHOD.test(l))
    .join(' ')
    .toLowerCase()
    .replace(/[^a-z0-9]/g, ' ');
  const known = `${model} ${elsewhere}`;
  const modelWords = new Set(known.split(/\s+/).filter(Boolean));
  const squashedModel = known.replace(/\s+/g, '');
  const unknown = new Map<string, Endpoint>();
  for (const e of endpoints) {
    for (const p of paramNames(e.path)) {
      const plain = p.toLowerCase().replace(/[^a-z0-9]/g, '');
      // An id may be another service's key ({sellerId}, {sku}): the path only refers to it.
      if (!plain || /(id|ids|key|sku|asin|token|name|code)$/.test(plain) || modelWords.has(plain) || squashedModel.includes(plain)) continue;
      if (!unknown.has(p)) unknown.set(p, e);
    }
  }
  add(
    'api-data-model',
    'Consistent with the data model',
    dataModelText.trim() ? [...unknown].map(([p, e]) => `{${p}} in ${describe(e)} is not named anywhere else in the notes: say what it is`) : ['The data model section is empty: name the tables or entities and their keys'],
    'Every path parameter is an id or a field the notes name',
  );
  return checks;
}

/** The structural API checks, in the order they are reported. */
export const API_CHECKS = [
  ['api-endpoints', 'Endpoints'],
  ['api-nouns', 'Resources as nouns'],
  ['api-version', 'A version in the path or a header'],
  ['api-pagination', 'Pagination where a list can grow without bound'],
  ['api-idempotency', 'A retried create is safe'],
  ['api-errors', 'Status codes that fit the operations'],
  ['api-data-model', 'Consistent with the data model'],
] as const;
