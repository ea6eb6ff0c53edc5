/**
 * Parses the API section of design notes into endpoints and checks them as an API reviewer would:
 * resources as nouns, a version, pagination on list endpoints, idempotency on creates a client
 * retries, status codes that fit each operation, and path parameters the data model knows. Every
 * finding names the endpoint line. Pure.
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

/** Reads endpoints out of an API section: list items, table rows or plain lines of the form `METHOD /path …`. */
export function parseApiSection(text: string): ApiSection {
  const endpoints: Endpoint[] = [];
  const general: ApiSection['general'] = [];
  (text ?? '').split(/\r?\n/).forEach((raw, i) => {
    const line = raw.trim();
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
const PAGINATION = /\b(cursor|next[_ -]?token|nexttoken|page[_ -]?token|pagetoken|next[_ -]?cursor|nextcursor|limit|page(size)?|offset|paginat\w*)\b/i;
const IDEMPOTENT = /\b(idempoten\w*|idempotency[- ]key|retry[- ]safe|safe to retry|dedup\w*|client[- ]?(request|token)[- ]?id|request[- ]id)\b/i;
const VERSION_HEADER = /\b(api[- ]version|accept[- ]version|version header|x-api-version|application\/vnd\.[\w.+-]*v\d)/i;

/** Success codes that fit each method. */
const FITTING_SUCCESS: Record<string, number[]> = {
  GET: [200, 206, 304],
  POST: [200, 201, 202, 204, 303],
  PUT: [200, 201, 202, 204],
  PATCH: [200, 202, 204],
  DELETE: [200, 202, 204],
};

/**
 * Checks an API section structurally. Without endpoints every check fails with one hint that says
 * how to write them, so a list of words can never pass.
 *
 * @param apiText - the API section of the notes
 * @param dataModelText - the data model section, for the consistency check
 */
export function checkApiSection(apiText: string, dataModelText = ''): ApiCheck[] {
  const { endpoints, general } = parseApiSection(apiText);
  const generalText = general.map((g) => g.text).join('\n');
  const checks: ApiCheck[] = [];
  const add = (id: string, label: string, problems: string[], evidence: string) =>
    checks.push(problems.length ? { id, label, met: false, hint: problems.join('; ') } : { id, label, met: true, evidence });

  if (endpoints.length === 0) {
    const hint = 'No endpoint found in the API section: write one per line as “METHOD /path → status {fields}”, e.g. “POST /v1/lists {name} → 201 {listId}”';
    for (const [id, label] of API_CHECKS) checks.push({ id, label, met: false, hint });
    return checks;
  }
  const list = endpoints.map(describe).slice(0, 3).join(', ') + (endpoints.length > 3 ? ` and ${endpoints.length - 3} more` : '');
  add('api-endpoints', 'Endpoints', endpoints.length >= 2 ? [] : [`Only one endpoint (${describe(endpoints[0])}): name every operation the prompt needs`], `${endpoints.length} endpoints: ${list}`);

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
  add('api-nouns', 'Resources as nouns', verbSegments, 'every path names resources; the methods carry the verbs');

  const unversioned = endpoints.filter((e) => !segmentsOf(e.path).some((s) => /^v\d+(\.\d+)?$/i.test(s)));
  const header = VERSION_HEADER.exec(`${generalText}\n${endpoints.map((e) => e.text).join('\n')}`);
  add(
    'api-version',
    'A version in the path or a header',
    unversioned.length && !header ? [`${describe(unversioned[0])}${unversioned.length > 1 ? ` and ${unversioned.length - 1} more` : ''} carry no version: put /v1 in the path or name a version header`] : [],
    header && unversioned.length ? `version header “${header[0]}”` : `every path starts with a version (${pathWithoutQuery(endpoints[0].path)})`,
  );

  const generalPaging = general.find((g) => PAGINATION.test(g.text) && /\b(list|get|collection|page|all)\b/i.test(g.text));
  const lists = endpoints.filter(isListEndpoint);
  const unpaged = lists.filter((e) => !mentions(e.text, PAGINATION) && !e.query.some((q) => PAGINATION.test(q)));
  add(
    'api-pagination',
    'Pagination on list endpoints',
    generalPaging ? [] : unpaged.map((e) => `${describe(e)} returns a list but takes no cursor or limit`),
    lists.length === 0 ? 'no endpoint returns a list' : generalPaging ? `“${generalPaging.text}” (API line ${generalPaging.line})` : `${lists.map(describe).join(', ')} page with a cursor or limit`,
  );

  // A general rule counts only when it speaks of the POSTs (a line about PUT being idempotent does not cover them).
  const generalIdem = general.find((g) => IDEMPOTENT.test(g.text) && /\bPOST\b|idempotency[- ]key/i.test(g.text));
  // A create is a POST that answers 201 or posts to a collection; a POST action on one resource ("/orders/{id}/cancel") is not.
  const creates = endpoints.filter((e) => {
    if (e.method !== 'POST') return false;
    const last = segmentsOf(e.path).pop() ?? '';
    return e.success.includes(201) || (!isParam(last) && /s$/i.test(last) && !/(ss|us|status)$/i.test(last));
  });
  const unsafe = creates.filter((e) => !IDEMPOTENT.test(e.text));
  add(
    'api-idempotency',
    'Idempotent creates',
    generalIdem ? [] : unsafe.map((e) => `${describe(e)} creates something a client may retry: say how a retry is made safe (an Idempotency-Key, or a PUT on a client-chosen id)`),
    creates.length === 0 ? 'no POST: every write is a PUT or DELETE on a known path' : generalIdem ? `“${generalIdem.text}” (API line ${generalIdem.line})` : `${creates.map(describe).join(', ')} say how retries are safe`,
  );

  const errorProblems: string[] = [];
  const generalErrors = general.some((g) => /\b[45]\d\d\b/.test(g.text));
  if (!generalErrors && endpoints.every((e) => e.errors.length === 0)) errorProblems.push('No error codes anywhere: say what each call returns when it fails (400, 404, 409, 429…)');
  for (const e of endpoints) {
    const fit = FITTING_SUCCESS[e.method] ?? [];
    for (const s of e.success) if (s >= 200 && s < 300 && !fit.includes(s)) errorProblems.push(`${describe(e)} returns ${s}, which does not fit ${e.method}`);
    if (e.errors.includes(404) && paramNames(e.path).length === 0 && e.method !== 'GET') errorProblems.push(`${describe(e)} returns 404, but its path names no resource that could be missing`);
    if (e.errors.includes(409) && e.method === 'GET') errorProblems.push(`${describe(e)} returns 409, but a read cannot conflict`);
  }
  add('api-errors', 'Status codes that fit the operations', errorProblems, `${endpoints.filter((e) => e.errors.length).length} endpoints name their errors${generalErrors ? ', plus a general errors line' : ''}`);

  const model = dataModelText.toLowerCase().replace(/[^a-z0-9]/g, ' ');
  const modelWords = new Set(model.split(/\s+/).filter(Boolean));
  const squashedModel = model.replace(/\s+/g, '');
  const unknown = new Map<string, Endpoint>();
  for (const e of endpoints) {
    for (const p of paramNames(e.path)) {
      const plain = p.toLowerCase().replace(/[^a-z0-9]/g, '');
      if (!plain || modelWords.has(plain) || squashedModel.includes(plain)) continue;
      if (!unknown.has(p)) unknown.set(p, e);
    }
  }
  add(
    'api-data-model',
    'Consistent with the data model',
    dataModelText.trim() ? [...unknown].map(([p, e]) => `{${p}} in ${describe(e)} is not a key or field of the data model`) : ['The data model section is empty: name the tables or entities and their keys'],
    'every path parameter is a key or field of the data model',
  );
  return checks;
}

/** The structural API checks, in the order they are reported. */
export const API_CHECKS = [
  ['api-endpoints', 'Endpoints'],
  ['api-nouns', 'Resources as nouns'],
  ['api-version', 'A version in the path or a header'],
  ['api-pagination', 'Pagination on list endpoints'],
  ['api-idempotency', 'Idempotent creates'],
  ['api-errors', 'Status codes that fit the operations'],
  ['api-data-model', 'Consistent with the data model'],
] as const;
