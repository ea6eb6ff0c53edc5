import { describe, expect, it } from 'vitest';
import { readValue, sameValue } from '../../src/review/questions/read-value';
import { readArguments } from '../../src/review/questions/trace-grade';
import { readQuantity } from '../../src/review/questions/read-quantity';
import { readChoices, readStatus } from '../../src/review/questions/api-grade';

const value = (typed: string) => {
  const r = readValue(typed);
  if (!r.ok) throw new Error(r.message);
  return r.value;
};

describe('reading values as people type them', () => {
  it.each([
    ['[1, 2]', [1, 2]],
    ['[1,2]', [1, 2]],
    ['(1, 2)', [1, 2]],
    ['[1, 2,]', [1, 2]],
    ['true', true],
    ['True', true],
    ['FALSE', false],
    ['"ab"', 'ab'],
    ["'ab'", 'ab'],
    ['ab', 'ab'],
    ['None', null],
    ['null', null],
    ["{'a': 1}", { a: 1 }],
    ['{a: 1, "b": [True]}', { a: 1, b: [true] }],
    ['1,000', 1000],
    ['-2.5', -2.5],
    ['[]', []],
    ["['Ann', 'Bo']", ['Ann', 'Bo']],
    ['19.', 19],
  ])('%s', (typed, expected) => {
    expect(value(typed)).toEqual(expected);
  });

  it('says where a value cannot be read, and never throws', () => {
    const r = readValue('[1, 2');
    expect(r).toMatchObject({ ok: false });
    expect(!r.ok && r.message).toMatch(/"]" is missing/);
    expect(readValue('')).toMatchObject({ ok: false, message: 'nothing was typed' });
    expect(readValue('{a 1}')).toMatchObject({ ok: false });
  });

  it('compares numbers to 9 significant digits and objects without key order', () => {
    expect(sameValue(0.1 + 0.2, 0.3)).toBe(true);
    expect(sameValue({ a: 1, b: 2 }, { b: 2, a: 1 })).toBe(true);
    expect(sameValue([1, 2], [2, 1])).toBe(false);
    expect(sameValue('1', 1)).toBe(false);
  });

  it('reads a breaking input with one argument or several', () => {
    expect(readArguments('[503, 503, 503, 503], 3', 2)).toEqual({ ok: true, args: [[503, 503, 503, 503], 3] });
    expect(readArguments('([503, 503], 3)', 2)).toEqual({ ok: true, args: [[503, 503], 3] });
    expect(readArguments('15000', 1)).toEqual({ ok: true, args: [15000] });
    expect(readArguments('discountedTotal(15000)', 1)).toEqual({ ok: true, args: [15000] });
    expect(readArguments('responses=[503, 503], max_attempts=3', 2)).toEqual({ ok: true, args: [[503, 503], 3] });
    expect(readArguments('charge_with_retry([503], 1)', 2)).toEqual({ ok: true, args: [[503], 1] });
    expect(readArguments("{'sms': True}", 1)).toEqual({ ok: true, args: [{ sms: true }] });
    expect(readArguments('[1, 2, 3]', 2)).toMatchObject({ ok: false, message: expect.stringMatching(/takes 2 arguments/) });
  });
});

describe('reading numbers with magnitudes and units', () => {
  it.each([
    ['50M', 50e6, 0, 0],
    ['50 million', 50e6, 0, 0],
    ['2.5 bn', 2.5e9, 0, 0],
    ['5B users', 5e9, 0, 0],
    ['86,400 s', 86_400, 0, 1],
    ['1.5 KB', 1500, 1, 0],
    ['100 B', 100, 1, 0],
    ['2 GiB', 2 * 2 ** 30, 1, 0],
    ['3k QPS', 3000, 0, -1],
    ['1,157/s', 1157, 0, -1],
    ['20%', 0.2, 0, 0],
    ['10^6', 1e6, 0, 0],
    ['10⁶', 1e6, 0, 0],
    ['1e6', 1e6, 0, 0],
    ['50M DAU', 50e6, 0, 0],
    ['50M daily active users', 50e6, 0, 0],
    ['a million users', 1e6, 0, 0],
  ])('%s', (typed, si, data, time) => {
    const q = readQuantity(typed)!;
    expect(q.si).toBeCloseTo(si, 6);
    expect([q.data, q.time]).toEqual([data, time]);
  });

  it('converts rates and bits to seconds and bytes, and keeps the number as written', () => {
    const perDay = readQuantity('2 a day')!;
    expect(perDay).toMatchObject({ nominal: 2, time: -1, timeUnit: 'day' });
    expect(perDay.si).toBeCloseTo(2 / 86_400, 12);
    expect(readQuantity('2 orders per user per day')).toMatchObject({ nominal: 2, timeUnit: 'day' });
    expect(readQuantity('once a day')).toMatchObject({ nominal: 1, timeUnit: 'day' });
    const gbps = readQuantity('1 Gbps')!;
    expect(gbps).toMatchObject({ nominal: 1e9, bits: true, data: 1, time: -1 });
    expect(gbps.si).toBe(125e6);
    expect(readQuantity('10 Mb')).toMatchObject({ bits: true, si: 1.25e6 });
    expect(readQuantity('10 mb')).toMatchObject({ bits: false, si: 1e7 });
    expect(readQuantity('2 GB/day')).toMatchObject({ nominal: 2e9, data: 1, time: -1, timeUnit: 'day' });
  });

  it('reads status codes and choices as people type them', () => {
    expect(readStatus('409')).toBe(409);
    expect(readStatus('HTTP/1.1 409 Conflict')).toBe(409);
    expect(readStatus('precondition failed')).toBe(412);
    expect(readStatus('it gets Too Many Requests')).toBe(429);
    expect(readStatus('no idea')).toBeUndefined();
    const options = [
      { id: 'post-with-key', label: 'POST with the same key' },
      { id: 'post-without-key', label: 'POST with no key' },
      { id: 'get-order', label: 'GET the order' },
    ];
    expect([...readChoices('a, c', options)]).toEqual(['post-with-key', 'get-order']);
    expect([...readChoices('A and C', options)]).toEqual(['post-with-key', 'get-order']);
    expect([...readChoices('get-order', options)]).toEqual(['get-order']);
    expect([...readChoices('POST with no key', options)]).toEqual(['post-without-key']);
    expect([...readChoices('1 & 3', options)]).toEqual(['post-with-key', 'get-order']);
    // In a sentence, a word only one option has names it; a stray "a" is not option A.
    expect([...readChoices('the POST with the same key, and the GET', options)]).toEqual(['post-with-key', 'get-order']);
    expect([...readChoices('no, because a cursor marks a position', [{ id: 'yes', label: 'Yes' }, { id: 'no', label: 'No' }])]).toEqual(['no']);
  });
});
