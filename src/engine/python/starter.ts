/** Python keywords that cannot be parameter names; such a name gets a trailing underscore (PEP 8). */
const KEYWORDS = new Set('False None True and as assert async await break class continue def del elif else except finally for from global if import in is lambda nonlocal not or pass raise return try while with yield'.split(' '));

/** Splits at `sep` where no bracket is open. */
function splitTop(text: string, sep: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let quote = '';
  let last = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quote) {
      if (c === quote) quote = '';
    } else if (c === '"' || c === "'") quote = c;
    else if ('([{<'.includes(c)) depth++;
    else if (')]}>'.includes(c)) depth--;
    else if (depth === 0 && text.startsWith(sep, i)) {
      parts.push(text.slice(last, i));
      last = i + sep.length;
    }
  }
  parts.push(text.slice(last));
  return parts.map((p) => p.trim()).filter(Boolean);
}

/** A TypeScript-style type from problem.json, in Python's words: string → str, T[] → list[T]. */
export function pythonType(ts: string): string {
  const union = splitTop(ts.trim(), '|');
  if (union.length > 1) return union.map(pythonType).join(' | ');
  const t = union[0] ?? '';
  if (t.endsWith('[]')) return `list[${pythonType(t.slice(0, -2))}]`;
  if (t.startsWith('(') && t.endsWith(')')) return pythonType(t.slice(1, -1));
  if (t.startsWith('{') && t.endsWith('}')) {
    const fields = splitTop(t.slice(1, -1), ';').flatMap((f) => splitTop(f, ','));
    return `dict {${fields.map((f) => {
      const [key, ...rest] = f.split(':');
      return `"${key.trim()}": ${pythonType(rest.join(':'))}`;
    }).join(', ')}}`;
  }
  if (t.startsWith('[') && t.endsWith(']')) return `[${splitTop(t.slice(1, -1), ',').map(pythonType).join(', ')}]`;
  const record = /^Record<\s*string\s*,([\s\S]*)>$/.exec(t);
  if (record) return `dict[str, ${pythonType(record[1])}]`;
  const words: Record<string, string> = { string: 'str', boolean: 'bool', null: 'None', number: 'number' };
  return words[t] ?? t;
}

/** The parameter name a Python def uses for a problem's parameter. */
export function pythonParam(name: string): string {
  return KEYWORDS.has(name) ? `${name}_` : name;
}

/** Starter lines stay this short, so the editor never scrolls sideways on a laptop or a phone. */
export const STARTER_MAX_COLUMNS = 72;

/** Words wrapped into lines of at most `width` characters after `indent` (a longer single word stays whole). */
export function wrapWords(text: string, indent: string, width = STARTER_MAX_COLUMNS): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (line && indent.length + line.length + 1 + word.length > width) {
      lines.push(indent + line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(indent + line);
  return lines;
}

/** The starter.py text for a problem's function: the def, a docstring of types and meanings (wrapped), and `pass`. */
export function pythonStarter(fn: { name: string; params: { name: string; type: string; description?: string }[]; returns: { type: string; description?: string } }): string {
  const params = fn.params.map((p) => pythonParam(p.name));
  const entry = (name: string, type: string, description?: string) => [...wrapWords(`${name}: ${pythonType(type)}`, '    '), ...(description ? wrapWords(description, '        ') : [])];
  return [
    `def ${fn.name}(${params.join(', ')}):`,
    '    """',
    ...fn.params.flatMap((p, i) => entry(params[i], p.type, p.description)),
    ...entry('returns', fn.returns.type, fn.returns.description),
    '    """',
    '    # Your pseudocode here',
    '    pass',
    '',
  ].join('\n');
}
