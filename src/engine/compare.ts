import type { Json } from './types';

export type Comparison =
  | { mode: 'exact' }
  /** The answer is a list whose order does not matter. */
  | { mode: 'unordered' }
  /** Numbers may differ by at most `tolerance` (absolute), anywhere in the answer. */
  | { mode: 'tolerance'; tolerance: number }
  /** The problem's validator decides; there is no single right answer. */
  | { mode: 'validator' };

export type ComparisonResult = { equal: true } | { equal: false; difference: string };

/**
 * Deepest nesting compared. The sandbox never hands over answers deeper than MAX_ANSWER_DEPTH (64);
 * this guard keeps the comparison safe for any caller, whatever it is given.
 */
const MAX_COMPARE_DEPTH = 256;

const hasOwn = (o: object, key: string) => Object.prototype.hasOwnProperty.call(o, key);

const preview = (value: Json | undefined, max = 80): string => {
  let text: string;
  try {
    text = JSON.stringify(value) ?? 'undefined';
  } catch {
    text = '[too deep to show]';
  }
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
};

const kindOf = (v: Json): string => (v === null ? 'null' : Array.isArray(v) ? 'a list' : typeof v === 'object' ? 'an object' : `a ${typeof v}`);

/** Compares two JSON values; on a difference, says where (a path such as `[2].id`) and how. */
export function compareOutputs(expected: Json, actual: Json, comparison: Comparison): ComparisonResult {
  if (comparison.mode === 'unordered') {
    if (!Array.isArray(expected) || !Array.isArray(actual)) return diff(expected, actual, '', 0, 0);
    const sortedExpected = [...expected].map(canonical).sort();
    const sortedActual = [...actual].map(canonical).sort();
    if (sortedExpected.length !== sortedActual.length) {
      return { equal: false, difference: `expected ${expected.length} items, got ${actual.length}` };
    }
    const missing = sortedExpected.find((item, i) => item !== sortedActual[i]);
    if (missing === undefined) return { equal: true };
    const absent = sortedExpected.filter((x) => !sortedActual.includes(x));
    const extra = sortedActual.filter((x) => !sortedExpected.includes(x));
    const cut = (xs: string[]) => xs.slice(0, 3).map((x) => (x.length > 60 ? `${x.slice(0, 59)}…` : x));
    const parts = [absent.length ? `missing ${cut(absent).join(', ')}` : '', extra.length ? `unexpected ${cut(extra).join(', ')}` : ''];
    return { equal: false, difference: parts.filter(Boolean).join('; ') || 'the items repeat a different number of times' };
  }
  const tolerance = comparison.mode === 'tolerance' ? comparison.tolerance : 0;
  return diff(expected, actual, '', tolerance, 0);
}

/**
 * Where in the answer, in words: `[1].a[0]` reads "position 2, field "a", position 1" (positions
 * count from 1, as people count items in a list).
 */
export function describePath(path: string): string {
  const parts: string[] = [];
  const re = /\[(\d+)\]|\.([^.[]+)/g;
  for (let m = re.exec(path); m; m = re.exec(path)) parts.push(m[1] !== undefined ? `position ${Number(m[1]) + 1}` : `field "${m[2]}"`);
  return parts.join(', ');
}

function diff(expected: Json, actual: Json, path: string, tolerance: number, depth: number): ComparisonResult {
  const at = path ? `at ${describePath(path)}: ` : '';
  const where = path ? ` at ${describePath(path)}` : '';
  if (depth > MAX_COMPARE_DEPTH) return { equal: false, difference: `the answer is nested more than ${MAX_COMPARE_DEPTH} levels deep${where}` };
  if (typeof expected === 'number' && typeof actual === 'number') {
    const ok = tolerance > 0 ? Math.abs(expected - actual) <= tolerance : expected === actual;
    return ok ? { equal: true } : { equal: false, difference: `${at}expected ${expected}, got ${actual}` };
  }
  if (Array.isArray(expected) && Array.isArray(actual)) {
    for (let i = 0; i < Math.min(expected.length, actual.length); i++) {
      const inner = diff(expected[i], actual[i], `${path}[${i}]`, tolerance, depth + 1);
      if (!inner.equal) return inner;
    }
    if (expected.length !== actual.length) {
      return { equal: false, difference: `${at}expected ${expected.length} items, got ${actual.length}` };
    }
    return { equal: true };
  }
  if (isObject(expected) && isObject(actual)) {
    // Own keys only: an answer with extra `constructor` / `toString` / `__proto__` keys is not equal.
    for (const key of Object.keys(expected)) {
      if (!hasOwn(actual, key)) return { equal: false, difference: `missing key "${key}"${where}` };
      const inner = diff(expected[key], actual[key], `${path}.${key}`, tolerance, depth + 1);
      if (!inner.equal) return inner;
    }
    const extra = Object.keys(actual).find((key) => !hasOwn(expected, key));
    return extra === undefined ? { equal: true } : { equal: false, difference: `unexpected key "${extra.slice(0, 60)}"${where}` };
  }
  if (expected === actual) return { equal: true };
  const sameKind = kindOf(expected) === kindOf(actual);
  return {
    equal: false,
    difference: sameKind
      ? `${at}expected ${preview(expected)}, got ${preview(actual)}`
      : `${at}expected ${kindOf(expected)} (${preview(expected, 40)}), got ${kindOf(actual)} (${preview(actual, 40)})`,
  };
}

function isObject(v: Json): v is { [key: string]: Json } {
  return v !== null && typeof v === 'object' && !Array.isArray(v);
}

/** A JSON text with object keys sorted, so equal values have equal text. Deeper than the guard reads as one marker. */
export function canonical(value: Json, depth = 0): string {
  if (depth > MAX_COMPARE_DEPTH) return '"[nested too deep]"';
  if (Array.isArray(value)) return `[${value.map((v) => canonical(v, depth + 1)).join(',')}]`;
  if (isObject(value)) {
    return `{${Object.keys(value)
      .sort()
      .map((k) => `${JSON.stringify(k)}:${canonical(value[k], depth + 1)}`)
      .join(',')}}`;
  }
  return JSON.stringify(value);
}
