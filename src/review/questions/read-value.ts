/**
 * Reads a value the way a person types it in an interview answer box: JSON, JavaScript or Python
 * literals (`[1, 2]`, `True`, `'ab'`, `None`, `{'a': 1}`, `(1, 2)`), numbers with thousands separators
 * (`1,000`), and a bare word as text. Pure: no sandbox, no DOM.
 */

/** A plain JSON value (the same shape the sandbox hands back). */
export type Value = null | boolean | number | string | Value[] | { [key: string]: Value };

export type ReadValue = { ok: true; value: Value; /** The text had quotes, so it is certainly text. */ quoted: boolean } | { ok: false; message: string };

const KEYWORDS: Record<string, Value> = { true: true, false: false, null: null, none: null, nil: null, undefined: null };

class Reader {
  pos = 0;
  constructor(readonly text: string) {}

  fail(what: string): never {
    throw new ReadError(`${what} at character ${this.pos + 1} of "${this.text.length > 40 ? `${this.text.slice(0, 39)}…` : this.text}"`);
  }
  space() {
    while (this.pos < this.text.length && /\s/.test(this.text[this.pos])) this.pos++;
  }
  peek() {
    this.space();
    return this.text[this.pos];
  }
  value(depth: number): Value {
    if (depth > 32) this.fail('nested too deeply');
    const c = this.peek();
    if (c === undefined) this.fail('a value is missing');
    if (c === '[') return this.list(']', depth);
    if (c === '(') return this.list(')', depth);
    if (c === '{') return this.object(depth);
    if (c === '"' || c === "'" || c === '`' || c === '“' || c === '‘') return this.string();
    const number = /^[-+]?(\d[\d_]*(\.\d*)?|\.\d+)(e[-+]?\d+)?/i.exec(this.text.slice(this.pos));
    if (number) {
      this.pos += number[0].length;
      return Number(number[0].replace(/_/g, ''));
    }
    const word = /^[A-Za-z_$][\w$-]*/.exec(this.text.slice(this.pos));
    if (word) {
      this.pos += word[0].length;
      const key = word[0].toLowerCase();
      return key in KEYWORDS ? KEYWORDS[key] : word[0];
    }
    this.fail(`"${c}" cannot start a value`);
  }
  list(close: string, depth: number): Value[] {
    this.pos++;
    const items: Value[] = [];
    for (;;) {
      if (this.peek() === close) {
        this.pos++;
        return items;
      }
      items.push(this.value(depth + 1));
      const next = this.peek();
      if (next === ',') this.pos++;
      else if (next !== close) this.fail(next === undefined ? `"${close}" is missing` : `expected "," or "${close}"`);
    }
  }
  object(depth: number): { [key: string]: Value } {
    this.pos++;
    const result: { [key: string]: Value } = {};
    for (;;) {
      if (this.peek() === '}') {
        this.pos++;
        return result;
      }
      const key = this.value(depth + 1);
      if (typeof key === 'object' && key !== null) this.fail('a key must be text or a number');
      if (this.peek() !== ':') this.fail('expected ":" after a key');
      this.pos++;
      Object.defineProperty(result, String(key), { value: this.value(depth + 1), enumerable: true, writable: true, configurable: true });
      const next = this.peek();
      if (next === ',') this.pos++;
      else if (next !== '}') this.fail(next === undefined ? '"}" is missing' : 'expected "," or "}"');
    }
  }
  string(): string {
    const open = this.text[this.pos++];
    const close = open === '“' ? '”' : open === '‘' ? '’' : open;
    let out = '';
    while (this.pos < this.text.length) {
      const c = this.text[this.pos++];
      if (c === close || (c === open && open !== close)) return out;
      if (c === '\\' && this.pos < this.text.length) {
        const e = this.text[this.pos++];
        out += e === 'n' ? '\n' : e === 't' ? '\t' : e;
      } else out += c;
    }
    this.fail('the text has no closing quote');
  }
}

class ReadError extends Error {}

/** Reads one typed value. `1,000` at the top level is one thousand; inside a list, commas separate. */
export function readValue(typed: string): ReadValue {
  const text = typed.trim().replace(/;+$/, '').replace(/(?<![\d.])\.$/, '');
  if (text === '') return { ok: false, message: 'nothing was typed' };
  if (/^[-+]?\d{1,3}(,\d{3})+(\.\d+)?$/.test(text)) return { ok: true, value: Number(text.replace(/,/g, '')), quoted: false };
  const reader = new Reader(text);
  try {
    const value = reader.value(0);
    if (reader.peek() === undefined) return { ok: true, value, quoted: /^["'`“‘]/.test(text) };
  } catch (e) {
    if (!(e instanceof ReadError)) throw e;
    // A few plain words ("out of stock") read as text; anything bracketed must parse.
    if (/^[\w$ .\-:/]+$/u.test(text) && !/^[[({]/.test(text)) return { ok: true, value: text, quoted: false };
    return { ok: false, message: e.message };
  }
  if (/^[\w$ .\-:/]+$/u.test(text)) return { ok: true, value: text, quoted: false };
  return { ok: false, message: `there is more after the value: "${text.slice(reader.pos, reader.pos + 20)}"` };
}

/** Numbers are equal when they agree to 9 significant digits: 0.1 + 0.2 and 0.3 are the same answer. */
export function sameNumber(a: number, b: number): boolean {
  if (a === b) return true;
  return Math.abs(a - b) <= 1e-9 * Math.max(Math.abs(a), Math.abs(b));
}

/** Deep equality of plain values; object key order does not matter, list order does. */
export function sameValue(a: Value, b: Value): boolean {
  if (typeof a === 'number' && typeof b === 'number') return sameNumber(a, b);
  if (a === null || b === null || typeof a !== 'object' || typeof b !== 'object') return a === b;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((x, i) => sameValue(x, b[i]));
  const ka = Object.keys(a);
  const kb = Object.keys(b as object);
  const ob = b as { [key: string]: Value };
  return ka.length === kb.length && ka.every((k) => Object.prototype.hasOwnProperty.call(ob, k) && sameValue((a as { [key: string]: Value })[k], ob[k]));
}

/** A value as the candidate would read it back: `[1, 2]`, `"ab"`, `{"a": 1}`. */
export function showValue(v: Value, language: 'javascript' | 'python' = 'javascript'): string {
  if (language === 'python') {
    if (v === null) return 'None';
    if (v === true) return 'True';
    if (v === false) return 'False';
    if (typeof v === 'string') return `'${v.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;
    if (Array.isArray(v)) return `[${v.map((x) => showValue(x, language)).join(', ')}]`;
    if (typeof v === 'object') return `{${Object.entries(v).map(([k, x]) => `'${k}': ${showValue(x, language)}`).join(', ')}}`;
    return String(v);
  }
  if (Array.isArray(v)) return `[${v.map((x) => showValue(x)).join(', ')}]`;
  if (v && typeof v === 'object') return `{ ${Object.entries(v).map(([k, x]) => `${JSON.stringify(k)}: ${showValue(x)}`).join(', ')} }`;
  return JSON.stringify(v);
}
