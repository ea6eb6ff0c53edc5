/**
 * Monaco, loaded from the local package (never a CDN), with only the languages Techscreen needs.
 * Imported lazily: the catalog never waits for it.
 */
import * as monaco from 'monaco-editor/editor/editor.api';
import './monaco-contributions';
import * as ts from 'monaco-editor/languages/features/typescript/register';
import EditorWorker from 'monaco-editor/editor/editor.worker?worker';
import TsWorker from 'monaco-editor/language/typescript/ts.worker?worker';
import { registerMermaidLanguage } from './mermaid-language';
import { registerPythonLanguage } from './python-language';

type MonacoEnv = { getWorker(workerId: string, label: string): Worker };
(globalThis as unknown as { MonacoEnvironment: MonacoEnv }).MonacoEnvironment = {
  getWorker: (_id, label) => (label === 'typescript' || label === 'javascript' ? new TsWorker() : new EditorWorker()),
};

const compilerOptions = { target: ts.ScriptTarget.ESNext, allowNonTsExtensions: true, noLib: false, lib: ['es2022'] };
ts.javascriptDefaults.setCompilerOptions({ ...compilerOptions, checkJs: false, allowJs: true });
// In JavaScript only syntax errors matter; type errors would be noise for a PM.
ts.javascriptDefaults.setDiagnosticsOptions({ noSemanticValidation: true, noSyntaxValidation: false });
ts.typescriptDefaults.setCompilerOptions({ ...compilerOptions, strict: false });
// The sandbox has console but no DOM or Node: say so to the editor.
const sandboxGlobals = 'declare const console: { log(...a: unknown[]): void; info(...a: unknown[]): void; warn(...a: unknown[]): void; error(...a: unknown[]): void };';
ts.javascriptDefaults.addExtraLib(sandboxGlobals, 'file:///sandbox-globals.d.ts');
ts.typescriptDefaults.addExtraLib(sandboxGlobals, 'file:///sandbox-globals.d.ts');

registerMermaidLanguage(monaco);
registerPythonLanguage(monaco);

export { monaco };
