import { newQuickJSWASMModuleFromVariant, newVariant, type QuickJSWASMModule } from 'quickjs-emscripten-core';
import releaseSyncVariant from '@jitl/quickjs-wasmfile-release-sync';

/**
 * Loads a fresh QuickJS WebAssembly module. The only host-specific part of the engine:
 * a browser passes the URL its bundler gave the .wasm file; Node finds the file itself.
 * Each call returns a new, independent module, so a crashed one can be replaced.
 */
export function loadQuickJS(wasmLocation?: string): Promise<QuickJSWASMModule> {
  const variant = wasmLocation ? newVariant(releaseSyncVariant, { wasmLocation }) : releaseSyncVariant;
  return newQuickJSWASMModuleFromVariant(variant);
}

export type { QuickJSWASMModule };
