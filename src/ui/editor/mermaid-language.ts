import type * as Monaco from 'monaco-editor/editor/editor.api';

/** Snippets for the components a design usually needs, offered by completion in the diagram editor. */
const COMPONENT_SNIPPETS: [string, string, string][] = [
  ['client', 'client[Client: web / mobile app]', 'The user-facing app'],
  ['api gateway', 'gateway[API gateway]', 'Auth, routing, throttling'],
  ['load balancer', 'lb[Load balancer]', 'Spreads traffic across instances'],
  ['service', '${1:svc}[${2:Name} service]', 'A service that owns one job'],
  ['database', '${1:db}[(${2:Orders} DB)]', 'Durable storage (cylinder shape)'],
  ['cache', 'cache[(Cache: Redis)]', 'Fast reads of hot data'],
  ['queue', 'queue[[Queue: SQS]]', 'Buffers work between services'],
  ['stream', 'stream[[Event stream: Kafka]]', 'Ordered log of events'],
  ['cdn', 'cdn[CDN]', 'Serves static and cacheable content near users'],
  ['search index', 'index[(Search index: OpenSearch)]', 'Full-text search'],
  ['object storage', 'blob[(Object storage: S3)]', 'Files, documents, images'],
  ['worker', 'worker[Worker]', 'Processes jobs from a queue'],
  ['edge', '${1:a} --> ${2:b}', 'An arrow between two components'],
  ['labelled edge', '${1:a} -- ${2:label} --> ${3:b}', 'An arrow with a label'],
  ['subgraph', 'subgraph ${1:name}[${2:Title}]\n  $0\nend', 'A group of components'],
];

let registered = false;

/** Mermaid flowchart highlighting and component snippets for Monaco. */
export function registerMermaidLanguage(monaco: typeof Monaco) {
  if (registered) return;
  registered = true;
  monaco.languages.register({ id: 'mermaid' });
  monaco.languages.setMonarchTokensProvider('mermaid', {
    tokenizer: {
      root: [
        [/%%.*$/, 'comment'],
        [/^\s*(flowchart|graph|sequenceDiagram|classDiagram|erDiagram|stateDiagram(-v2)?|xychart-beta)\b/, 'keyword'],
        [/\b(TD|TB|LR|RL|BT)\b/, 'keyword'],
        [/\b(subgraph|end|direction|classDef|class|style|linkStyle|click)\b/, 'keyword'],
        [/"[^"]*"/, 'string'],
        [/\[[^\]]*\]|\([^)]*\)|\{[^}]*\}/, 'string'],
        [/\|[^|]*\|/, 'string'],
        [/(-->|---|-\.->|==>|--[ox]|<-->|-\.-|~~~)/, 'operator'],
        [/[A-Za-z_][\w-]*/, 'identifier'],
      ],
    },
  });
  monaco.languages.setLanguageConfiguration('mermaid', {
    comments: { lineComment: '%%' },
    brackets: [['[', ']'], ['(', ')'], ['{', '}']],
    autoClosingPairs: [
      { open: '[', close: ']' },
      { open: '(', close: ')' },
      { open: '{', close: '}' },
      { open: '"', close: '"' },
    ],
  });
  monaco.languages.registerCompletionItemProvider('mermaid', {
    provideCompletionItems: (model, position) => {
      const word = model.getWordUntilPosition(position);
      const range = { startLineNumber: position.lineNumber, endLineNumber: position.lineNumber, startColumn: word.startColumn, endColumn: word.endColumn };
      return {
        suggestions: COMPONENT_SNIPPETS.map(([label, insertText, documentation]) => ({
          label,
          kind: monaco.languages.CompletionItemKind.Snippet,
          insertText,
          insertTextRules: monaco.languages.CompletionItemInsertTextRule.InsertAsSnippet,
          documentation,
          range,
        })),
      };
    },
  });
}
