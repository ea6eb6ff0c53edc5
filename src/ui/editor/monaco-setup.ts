/**
 * Monaco, loaded from the local package (never a CDN), with only the languages Techscreen needs.
 * Imported lazily: the catalog never waits for it.
 */
import * as monaco from 'monaco-editor/editor/editor.api';
import './monaco-contributions';
// JavaScript and TypeScript: Monaco's own Monarch tokenizers and language rules (brackets, comments,
// Enter after `{` indents), each a small chunk loaded when a model of that language first appears.
// Not Monaco's TypeScript language service: it starts a 6.8 MB worker, and its editor contributions need
// services this bare editor does not have; the problem's own hover and completion (code-editor.tsx)
// and the sandbox's syntax errors cover what a PM needs.
import 'monaco-editor/languages/definitions/javascript/register';
import 'monaco-editor/languages/definitions/typescript/register';
import EditorWorker from 'monaco-editor/editor/editor.worker?worker';
import { registerMermaidLanguage } from './mermaid-language';
import { registerPythonLanguage } from './python-language';

type MonacoEnv = { getWorker(workerId: string, label: string): Worker };
(globalThis as unknown as { MonacoEnvironment: MonacoEnv }).MonacoEnvironment = {
  getWorker: () => new EditorWorker(),
};

/**
 * Monaco's light and dark themes with the token colours that fall under WCAG AA's 4.5:1 contrast on the
 * editor's background (comments, regular expressions, decorators, built-in names in the dark theme)
 * made a little lighter or darker; every other colour is Monaco's own.
 */
export const EDITOR_THEME = { light: 'techscreen-light', dark: 'techscreen-dark' } as const;
monaco.editor.defineTheme(EDITOR_THEME.light, { base: 'vs', inherit: true, colors: {}, rules: [{ token: 'annotation', foreground: '707070' }] });
monaco.editor.defineTheme(EDITOR_THEME.dark, {
  base: 'vs-dark',
  inherit: true,
  colors: {},
  rules: [
    { token: 'comment', foreground: '6A9955' },
    { token: 'regexp', foreground: 'C77BA8' },
    { token: 'annotation', foreground: 'D77070' },
    { token: 'variable.predefined', foreground: '6C8FD0' },
  ],
});

registerMermaidLanguage(monaco);
registerPythonLanguage(monaco);

export { monaco };
