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
  ['auth', 'auth[Auth service: Cognito]', 'Sign-in and tokens'],
  ['monitoring', 'monitoring[Monitoring and alerts]', 'Dashboards, alarms, on-call'],
  ['c4 container', 'Container(${1:api}, "${2:API}", "${3:Node.js}")', 'A C4 container'],
  ['c4 database', 'ContainerDb(${1:db}, "${2:Orders}", "${3:PostgreSQL}")', 'A C4 database container'],
  ['c4 relation', 'Rel(${1:from}, ${2:to}, "${3:Uses}")', 'A C4 relationship'],
  ['sequence message', '${1:Client}->>${2:Service}: ${3:request}', 'A call in a sequence diagram'],
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
        [/^\s*(flowchart|graph|sequenceDiagram|classDiagram|erDiagram|stateDiagram(-v2)?|xychart-beta|architecture-beta|C4Context|C4Container|C4Component|C4Dynamic|C4Deployment)\b/, 'keyword'],
        // Sequence, C4 and architecture-beta statements: the review reads these diagram types too.
        [/\b(participant|actor|box|activate|deactivate|loop|alt|else|opt|par|and|critical|break|rect|note|over|autonumber)\b/, 'keyword'],
        [/\b(Person(_Ext)?|System(Db|Queue)?(_Ext)?|Container(Db|Queue)?(_Ext)?|Component(Db|Queue)?(_Ext)?|(System|Container|Enterprise)_Boundary|Boundary|Rel(_Back|_U|_D|_L|_R)?|BiRel|group|service|junction|in)\b/, 'keyword'],
        [/->>|-->>|-\)|--\)|-x|--x|<<->>/, 'operator'],
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
