/** The QuickJS WebAssembly module itself failed (not the user's code): it must be replaced. */
export class EngineCrashError extends Error {
  override readonly name = 'EngineCrashError';
  readonly code = 'engine-crash' as const;
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
  }
}
