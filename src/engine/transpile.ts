import { transform } from 'sucrase';
import type { CompileError, Language } from './types';
import { translatePython } from './python/translate';

export type TranspileResult =
  | {
      ok: true;
      code: string;
      usesModules: boolean;
      /** Python only: `lineMap[jsLine - 1]` is the pseudocode line (see python/translate.ts pythonLineOf). */
      lineMap?: number[];
      /** Python only: the runtime library fills line 1 up to this column; the user's code follows. */
      runtimeColumns?: number;
    }
  | { ok: false; error: CompileError };

const MODULE_SYNTAX = /(^|[\s;])(export|import)[\s{*]/m;

/**
 * Turns the user's JavaScript or TypeScript into a plain script QuickJS can evaluate.
 * Types are stripped, not checked: a type error is not a compile error, a syntax error is.
 * Sucrase keeps line numbers, so errors QuickJS reports later still point at the user's lines.
 */
export function transpile(source: string, language: Language): TranspileResult {
  if (language === 'python') {
    const translated = translatePython(source);
    return translated.ok ? { ok: true, code: translated.code, usesModules: false, lineMap: translated.lineMap, runtimeColumns: translated.runtimeColumns } : translated;
  }
  const usesModules = MODULE_SYNTAX.test(source);
  const transforms: ('typescript' | 'imports')[] = [];
  if (language === 'typescript') transforms.push('typescript');
  if (usesModules) transforms.push('imports');
  if (transforms.length === 0) return { ok: true, code: source, usesModules };
  try {
    const { code } = transform(source, { transforms, disableESTransforms: true, production: true });
    return { ok: true, code, usesModules };
  } catch (e) {
    const error = e as { message?: string; loc?: { line: number; column: number } };
    const message = String(error.message ?? e).replace(/\s*\(\d+:\d+\)$/, '');
    return {
      ok: false,
      error: {
        message: `SyntaxError: ${message}`,
        position: error.loc ? { line: error.loc.line, column: error.loc.column } : undefined,
      },
    };
  }
}
