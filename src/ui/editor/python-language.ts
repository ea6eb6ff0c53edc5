import type * as Monaco from 'monaco-editor/editor/editor.api';
import 'monaco-editor/languages/definitions/python/register';

/** Built-ins the pseudocode runtime provides (src/engine/python/names.ts), offered by completion. */
const BUILTINS: [string, string][] = [
  ['len', 'len(x): number of items'], ['range', 'range(stop) / range(start, stop, step)'], ['print', 'print(*values): to the console'],
  ['sorted', 'sorted(items, key=None, reverse=False): a new sorted list (stable)'], ['min', 'min(items, key=…, default=…)'],
  ['max', 'max(items, key=…, default=…)'], ['sum', 'sum(items)'], ['abs', 'abs(x)'], ['any', 'any(items)'], ['all', 'all(items)'],
  ['enumerate', 'enumerate(items, start=0): (index, item) pairs'], ['zip', 'zip(a, b): pairs'], ['reversed', 'reversed(items)'],
  ['list', 'list(items)'], ['set', 'set(items)'], ['dict', 'dict(pairs)'], ['tuple', 'tuple(items)'], ['str', 'str(x)'],
  ['int', 'int(x): truncates toward zero'], ['float', "float(x), float('inf')"], ['ord', 'ord(ch)'], ['chr', 'chr(code)'],
  ['round', 'round(x, ndigits): half to even'], ['isinstance', 'isinstance(x, int)'], ['map', 'map(f, items)'], ['filter', 'filter(f, items)'],
];
const METHODS: [string, string][] = [
  ['append', 'list.append(x)'], ['pop', 'list.pop(i=-1) / dict.pop(key)'], ['insert', 'list.insert(i, x)'], ['extend', 'list.extend(items)'],
  ['sort', 'list.sort(key=None, reverse=False)'], ['index', 'list.index(x)'], ['count', 'list.count(x)'], ['add', 'set.add(x)'],
  ['remove', 'set.remove(x) / list.remove(x)'], ['discard', 'set.discard(x)'], ['get', 'dict.get(key, default=None)'],
  ['setdefault', 'dict.setdefault(key, default)'], ['items', 'dict.items()'], ['keys', 'dict.keys()'], ['values', 'dict.values()'],
  ['popleft', 'deque.popleft()'], ['appendleft', 'deque.appendleft(x)'], ['most_common', 'Counter.most_common(n)'],
  ['lower', 'str.lower()'], ['upper', 'str.upper()'], ['split', 'str.split(sep=None)'], ['strip', 'str.strip()'], ['join', "', '.join(items)"],
  ['replace', 'str.replace(old, new)'], ['startswith', 'str.startswith(prefix)'], ['endswith', 'str.endswith(suffix)'],
  ['isdigit', 'str.isdigit()'], ['isalpha', 'str.isalpha()'], ['isspace', 'str.isspace()'], ['find', 'str.find(sub)'],
];

let registered = false;

/**
 * Python highlighting and Python's block indentation (Monaco's own Python definition: Enter after a
 * line ending in ':' indents), plus completion for the built-ins and methods the sandbox supports.
 */
export function registerPythonLanguage(monaco: typeof Monaco) {
  if (registered) return;
  registered = true;
  monaco.languages.registerCompletionItemProvider('python', {
    triggerCharacters: ['.'],
    provideCompletionItems: (model, position) => {
      const word = model.getWordUntilPosition(position);
      const range = { startLineNumber: position.lineNumber, endLineNumber: position.lineNumber, startColumn: word.startColumn, endColumn: word.endColumn };
      const afterDot = model.getLineContent(position.lineNumber).slice(0, word.startColumn - 1).endsWith('.');
      const list = afterDot ? METHODS : BUILTINS;
      const kind = afterDot ? monaco.languages.CompletionItemKind.Method : monaco.languages.CompletionItemKind.Function;
      return { suggestions: list.map(([label, detail]) => ({ label, kind, insertText: label, detail, range })) };
    },
  });
}
