import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';

const noUi = ['react', 'react-dom', 'react-dom/*', 'monaco-editor', 'monaco-editor/*', 'mermaid', '**/ui/**'];
const pattern = (group, message) => ({ group, message });

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'problems/**', 'test/fixtures/**', 'test/complexity-corpus/**', 'test/native-agreement/**', 'coverage/**'] },
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/no-non-null-assertion': 'off',
    },
  },
  {
    files: ['src/ui/**/*.{ts,tsx}', 'src/main.tsx'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'error',
    },
  },
  // Module boundaries (DESIGN.md): engine and review are pure; problems is pure except its browser catalog.
  {
    files: ['src/engine/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [pattern(noUi, 'The engine is pure: no UI, DOM or rendering libraries.'), pattern(['**/worker/**', '**/cli/**', '**/review/**'], 'Dependencies point one way: nothing above the engine.')] }],
      'no-restricted-globals': ['error', 'window', 'document', 'localStorage', 'navigator'],
    },
  },
  {
    files: ['src/review/**/*.ts', 'src/mock/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [pattern(noUi, 'Review, problems and mock are pure: no UI or rendering libraries.'), pattern(['**/worker/**', '**/cli/**', '**/engine/**'], 'Review, problems and mock do not depend on the sandbox.')] }],
      'no-restricted-globals': ['error', 'window', 'document', 'localStorage'],
    },
  },
  // Problems sit below the reviews: names both need (component kinds, note sections) live in src/problems.
  {
    files: ['src/problems/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            pattern(noUi, 'Review, problems and mock are pure: no UI or rendering libraries.'),
            pattern(['**/worker/**', '**/cli/**', '**/engine/**'], 'Review, problems and mock do not depend on the sandbox.'),
            pattern(['**/review/**', '**/mock/**'], 'Problems sit below the reviews and the mock: move a shared name into src/problems (e.g. design-vocabulary.ts) instead.'),
          ],
        },
      ],
      'no-restricted-globals': ['error', 'window', 'document', 'localStorage'],
    },
  },
  {
    files: ['src/worker/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [pattern(noUi, 'The worker layer has no UI.'), pattern(['**/cli/**'], 'The worker layer does not depend on the CLI.')] }],
    },
  },
  {
    files: ['src/ui/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [pattern(['**/engine/sandbox', '**/engine/judge', '**/engine/measure', '**/engine/quickjs-module', 'quickjs-emscripten-core', '@jitl/*', '**/cli/**'], 'The UI has no sandbox logic: talk to the worker client.')] }],
    },
  },
  // Saved work sits below the pages: storage validates every record without importing a page (mock shapes live in storage/mock-schemas.ts).
  {
    files: ['src/ui/storage/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            pattern(['**/engine/sandbox', '**/engine/judge', '**/engine/measure', '**/engine/quickjs-module', 'quickjs-emscripten-core', '@jitl/*', '**/cli/**'], 'The UI has no sandbox logic: talk to the worker client.'),
            pattern(['**/ui/mock/**', '../mock/*'], 'Storage sits below the mock pages: put a shared shape in src/ui/storage (as mock-schemas.ts) instead.'),
          ],
        },
      ],
    },
  },
);
