import { describe, expect, it } from 'vitest';
import { canonical, compareOutputs } from '../../src/engine/compare';
import type { Json } from '../../src/engine/types';

describe('compareOutputs', () => {
  it('exact: deep equality with a path to the first difference', () => {
    expect(compareOutputs([1, { a: [2, 3] }], [1, { a: [2, 3] }], { mode: 'exact' })).toEqual({ equal: true });
    expect(compareOutputs([1, { a: [2, 3] }], [1, { a: [2, 4] }], { mode: 'exact' })).toEqual({ equal: false, difference: 'at position 2, field "a", position 2: expected 3, got 4' });
    expect(compareOutputs([1, 2], [1, 2, 3], { mode: 'exact' })).toEqual({ equal: false, difference: 'expected 2 items, got 3' });
    expect(compareOutputs({ a: 1 }, { a: 1, b: 2 }, { mode: 'exact' })).toEqual({ equal: false, difference: 'unexpected key "b"' });
  });

  it('exact: 1 and "1" differ, and the message says they are of different kinds', () => {
    const r = compareOutputs([1], ['1'], { mode: 'exact' });
    expect(r).toEqual({ equal: false, difference: 'at position 1: expected a number (1), got a string ("1")' });
  });

  it('unordered: the same items in any order, repeats counted', () => {
    expect(compareOutputs([1, 2, 2, 3], [3, 2, 1, 2], { mode: 'unordered' })).toEqual({ equal: true });
    expect(compareOutputs([1, 2, 2], [1, 1, 2], { mode: 'unordered' }).equal).toBe(false);
    expect(compareOutputs([{ a: 1, b: 2 }], [{ b: 2, a: 1 }], { mode: 'unordered' })).toEqual({ equal: true });
  });

  it('tolerance: numbers within the tolerance are equal, anywhere in the answer', () => {
    expect(compareOutputs({ rate: 0.33333 }, { rate: 0.333334 }, { mode: 'tolerance', tolerance: 1e-4 })).toEqual({ equal: true });
    expect(compareOutputs({ rate: 0.3333 }, { rate: 0.3343 }, { mode: 'tolerance', tolerance: 1e-4 }).equal).toBe(false);
  });

  it('canonical text ignores key order', () => {
    expect(canonical({ b: [1, { d: 1, c: 2 }], a: null })).toBe('{"a":null,"b":[1,{"c":2,"d":1}]}');
  });
});

describe('compareOutputs against hostile answers', () => {
  it('uses own keys only: extra constructor / toString / __proto__ keys are not equal', () => {
    for (const key of ['constructor', 'toString', '__proto__', 'hasOwnProperty']) {
      const actual = JSON.parse(`{"a":1,${JSON.stringify(key)}:2}`);
      expect(compareOutputs({ a: 1 }, actual, { mode: 'exact' })).toEqual({ equal: false, difference: `unexpected key "${key}"` });
      expect(compareOutputs(JSON.parse(`{${JSON.stringify(key)}:1}`), { a: 1 }, { mode: 'exact' })).toEqual({ equal: false, difference: `missing key "${key}"` });
    }
  });

  it('never overflows the stack, however deep the answer', () => {
    let deep: Json = 1;
    for (let i = 0; i < 100_000; i++) deep = [deep];
    const r = compareOutputs([1], deep, { mode: 'exact' });
    expect(r.equal).toBe(false);
    expect(compareOutputs([deep], [deep], { mode: 'unordered' }).equal).toBe(true);
    expect(canonical(deep).length).toBeLessThan(1000);
  });
});
