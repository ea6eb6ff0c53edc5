import { newQuickJSWASMModuleFromVariant, newVariant, type QuickJSWASMModule } from 'quickjs-emscripten-core';
import releaseSyncVariant from '@jitl/quickjs-wasmfile-release-sync';
import { DEFAULT_LIMITS, WASM_BASE_BYTES } from './limits';

const PAGE_BYTES = 64 * 1024;

/**
 * Loads a fresh QuickJS WebAssembly module. The only host-specific part of the engine:
 * a browser passes the URL its bundler gave the .wasm file; Node finds the file itself.
 * Each call returns a new, independent module, so a crashed one can be replaced.
 *
 * The module's WebAssembly memory is capped at `memoryBytes` above its own base. This cap is the
 * real memory limit: QuickJS built with Emscripten charges every allocation a flat 8 bytes
 * (its `js_def_malloc_usable_size` returns 0 under __EMSCRIPTEN__), so `setMemoryLimit` alone only
 * stops single allocations bigger than the limit, and a bomb of many 1 MB arrays used to grow
 * the heap to 2 GB, for many seconds, before failing. With the cap, malloc fails at the limit and
 * QuickJS throws its ordinary out-of-memory error. Each case runs in its own runtime, disposed
 * afterwards, so the whole capped heap is available to every case.
 */
export function loadQuickJS(wasmLocation?: string, memoryBytes: number = DEFAULT_LIMITS.memoryBytes): Promise<QuickJSWASMModule> {
  const initial = WASM_BASE_BYTES / PAGE_BYTES;
  const wasmMemory = new WebAssembly.Memory({ initial, maximum: initial + Math.ceil(memoryBytes / PAGE_BYTES) });
  return newQuickJSWASMModuleFromVariant(newVariant(releaseSyncVariant, { ...(wasmLocation ? { wasmLocation } : {}), wasmMemory }));
}

export type { QuickJSWASMModule };
