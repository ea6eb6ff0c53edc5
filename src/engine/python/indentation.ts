import type { CompileError } from '../types';

const HEADER_WORDS: Record<string, string> = {
  def: 'function definition',
  class: 'class definition',
  for: "'for' statement",
  while: "'while' statement",
  if: "'if' statement",
  elif: "'elif' statement",
  else: "'else' statement",
  try: "'try' statement",
  except: "'except' statement",
  finally: "'finally' statement",
  with: "'with' statement",
};

type Logical = { line: number; indent: string; text: string; endsWithColon: boolean };

/** Splits source into logical lines: brackets, strings and backslashes continue a line. */
function logicalLines(source: string): Logical[] {
  const lines = source.split('\n');
  const out: Logical[] = [];
  let depth = 0;
  let quote = '';
  let current: Logical | undefined;
  let lastSignificant = '';
  for (let n = 0; n < lines.length; n++) {
    const raw = lines[n].replace(/\r$/, '');
    let i = 0;
    if (!current && depth === 0 && !quote) {
      const indent = /^[ \t]*/.exec(raw)![0];
      const rest = raw.slice(indent.length);
      if (rest === '' || rest.startsWith('#')) continue;
      current = { line: n + 1, indent, text: rest, endsWithColon: false };
      lastSignificant = '';
      i = indent.length;
    }
    let continued = false;
    for (; i < raw.length; i++) {
      const c = raw[i];
      if (quote) {
        if (c === '\\') i++;
        else if (raw.startsWith(quote, i)) {
          i += quote.length - 1;
          quote = '';
          lastSignificant = c;
        }
        continue;
      }
      if (c === '#') break;
      if (c === '"' || c === "'") {
        quote = raw.startsWith(c.repeat(3), i) ? c.repeat(3) : c;
        i += quote.length - 1;
        continue;
      }
      if (c === '\\' && i === raw.length - 1) {
        continued = true;
        break;
      }
      if ('([{'.includes(c)) depth++;
      else if (')]}'.includes(c)) depth = Math.max(0, depth - 1);
      if (c !== ' ' && c !== '\t') lastSignificant = c;
    }
    // A single-quoted string cannot span lines; end it so one typo does not swallow the file.
    if (quote.length === 1) quote = '';
    if (depth === 0 && !quote && !continued && current) {
      current.endsWithColon = lastSignificant === ':';
      out.push(current);
      current = undefined;
    }
  }
  if (current) out.push(current);
  return out;
}

function width(indent: string): number {
  let w = 0;
  for (const c of indent) w = c === '\t' ? w + 8 - (w % 8) : w + 1;
  return w;
}

/**
 * Checks Python's indentation rules before parsing, so a missing or stray indent gets Python's own
 * words and line ("IndentationError: expected an indented block after 'for' statement on line 3")
 * rather than a generic syntax error.
 */
export function checkIndentation(source: string): CompileError | undefined {
  const lines = logicalLines(source);
  const stack = [0];
  let header: Logical | undefined;
  let style = '';
  let previous: Logical | undefined;
  for (const l of lines) {
    if (l.indent.includes(' ') && l.indent.includes('\t')) {
      return { message: 'TabError: inconsistent use of tabs and spaces in indentation', position: { line: l.line } };
    }
    const kind = l.indent.includes('\t') ? 'tab' : l.indent ? 'space' : '';
    if (kind && style && kind !== style) {
      return { message: 'TabError: inconsistent use of tabs and spaces in indentation', position: { line: l.line } };
    }
    style ||= kind;
    const w = width(l.indent);
    const top = stack[stack.length - 1];
    if (header) {
      if (w <= top) return expectedBlock(header, l.line);
      stack.push(w);
    } else if (w > top) {
      // A header that forgot its colon shows up as an indent nobody asked for.
      if (previous && /^(if|elif|else|for|while|def|try|except|finally|with|class)\b/.test(previous.text) && !previous.endsWithColon) {
        return { message: "SyntaxError: expected ':'", position: { line: previous.line } };
      }
      return { message: 'IndentationError: unexpected indent', position: { line: l.line } };
    } else if (w < top) {
      while (stack[stack.length - 1] > w) stack.pop();
      if (stack[stack.length - 1] !== w) {
        return { message: 'IndentationError: unindent does not match any outer indentation level', position: { line: l.line } };
      }
    }
    header = l.endsWithColon && /^[A-Za-z_]/.test(l.text) && !/^(lambda)\b/.test(l.text) ? l : undefined;
    previous = l;
  }
  if (header) return expectedBlock(header, header.line + 1);
  return undefined;
}

function expectedBlock(header: Logical, line: number): CompileError {
  const word = /^(?:async\s+)?([a-z]+)/.exec(header.text)?.[1] ?? '';
  const what = HEADER_WORDS[word] ?? `'${word}' statement`;
  return { message: `IndentationError: expected an indented block after ${what} on line ${header.line}`, position: { line } };
}
