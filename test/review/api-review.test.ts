import { describe, expect, it } from 'vitest';
import { checkApiSection, parseApiSection } from '../../src/review/api-review';

const byId = (checks: ReturnType<typeof checkApiSection>) => Object.fromEntries(checks.map((c) => [c.id, c]));

describe('parseApiSection', () => {
  it('reads endpoints from list items and table rows with statuses and fields', () => {
    const { endpoints } = parseApiSection('- `POST /v1/lists` `{name}` → `201 {listId}`; `409` name taken\n| `GET /v1/lists?cursor=…&limit=50` | mine | `200 {lists, nextCursor}` | `429` |');
    expect(endpoints).toEqual([
      expect.objectContaining({ method: 'POST', path: '/v1/lists', line: 1, success: [201], errors: [409], fields: ['name', 'listid'] }),
      expect.objectContaining({ method: 'GET', line: 2, success: [200], errors: [429], query: ['cursor', 'limit'] }),
    ]);
  });
});

describe('checkApiSection', () => {
  const good = [
    '- `POST /v1/carts` + `Idempotency-Key` → `201 {cartId}`; `400`',
    '- `GET /v1/carts/{cartId}/items?cursor=…` → `200 {items, nextCursor}`; `404`',
    '- `DELETE /v1/carts/{cartId}/items/{sku}` → `204`; `404`',
  ].join('\n');

  it('passes a well-formed API consistent with its data model', () => {
    const checks = checkApiSection(good, 'Carts: key cartId. CartItems: key (cartId, sku).');
    expect(checks.filter((c) => !c.met)).toEqual([]);
  });

  it('names the endpoint line for each structural problem', () => {
    const bad = ['POST /createCart → 200', 'GET /carts → 200', 'GET /carts/{cartId} → 201, 409', 'DELETE /carts/{cartId}/items/{sku} → 204'].join('\n');
    const c = byId(checkApiSection(bad, 'Carts keyed by cartId'));
    expect(c['api-nouns'].hint).toContain('“POST /createCart” (API line 1) names an action “createCart”');
    expect(c['api-version'].hint).toContain('carry no version');
    expect(c['api-pagination'].hint).toContain('“GET /carts” (API line 2) returns a list that can keep growing');
    expect(c['api-errors'].hint).toContain('“GET /carts/{cartId}” (API line 3) returns 201');
    expect(c['api-errors'].hint).toContain('returns 409, but a read cannot conflict');
    expect(c['api-data-model'].met).toBe(true);
  });

  it('reads Markdown tables with the method and the path in separate cells', () => {
    const { endpoints } = parseApiSection('| Method | Path | Purpose |\n| --- | --- | --- |\n| POST | `/v1/applications` | create → 201 |\n| `GET` | /v1/applications/me | status → 200, 404 |');
    expect(endpoints.map((e) => `${e.method} ${e.path}`)).toEqual(['POST /v1/applications', 'GET /v1/applications/me']);
    expect(endpoints[1].errors).toEqual([404]);
  });

  it('asks for pagination only where a list can grow without bound', () => {
    const api = 'GET /v1/carts/{cartId}/items → 200; 404\nGET /v1/orders → 200';
    const c = byId(checkApiSection(api, 'Carts: cartId', 'A cart holds at most 100 items.'));
    expect(c['api-pagination'].hint).toContain('“GET /v1/orders”');
    expect(c['api-pagination'].hint).not.toContain('/items');
  });

  it('a retried create is safe by a key, a 409 on duplicates or a natural key anywhere in the notes', () => {
    expect(byId(checkApiSection('POST /v1/orders → 201; 409 duplicate', 'orderId'))['api-idempotency'].met).toBe(true);
    expect(byId(checkApiSection('POST /v1/orders → 201; 400', 'orderId', 'Orders have a unique key (customerId, cartVersion).'))['api-idempotency'].met).toBe(true);
    expect(byId(checkApiSection('POST /v1/decisions → 200; 400', 'x'))['api-idempotency'].evidence).toContain('No POST creates anything');
    expect(byId(checkApiSection('GET /v1/orders/{orderId} → 200', 'x', 'Errors: 404 when the order is not found.'))['api-errors'].met).toBe(true);
  });

  it('asks for idempotency on creates, not on actions on one resource', () => {
    const c = byId(checkApiSection('POST /v1/orders → 201; 400\nPOST /v1/orders/{orderId}/cancellation → 200; 404', 'orderId'));
    expect(c['api-idempotency'].hint).toContain('“POST /v1/orders” (API line 1)');
    expect(c['api-idempotency'].hint).not.toContain('cancellation');
  });

  it('a list of words with no endpoint fails every check with one clear hint', () => {
    const checks = checkApiSection('REST, versioning, pagination, idempotency, 404, 429', 'x');
    expect(checks.every((x) => !x.met && x.hint?.startsWith('No endpoint was found in the API section'))).toBe(true);
  });

  it('accepts a version header and general rules for pagination', () => {
    const c = byId(checkApiSection('All calls send `Accept-Version: 2`.\nEvery list endpoint pages with a cursor and limit.\nGET /items → 200; 429\nGET /items/{id} → 200; 404', 'Items: id'));
    expect(c['api-version'].met).toBe(true);
    expect(c['api-pagination'].met).toBe(true);
  });
});
