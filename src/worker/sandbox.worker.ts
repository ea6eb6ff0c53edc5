/**
 * The browser's sandbox worker. It only hosts the engine: no DOM, no React, no answer checking
 * (expected outputs are never sent here).
 */
import wasmUrl from '@jitl/quickjs-wasmfile-release-sync/wasm?url';
import { loadQuickJS } from '../engine/quickjs-module';
import { serveSandbox } from './serve';
import type { FromWorker, ToWorker } from './protocol';

/** The slice of a dedicated worker's global scope used here (the DOM and WebWorker libs clash). */
type WorkerScope = { postMessage(message: FromWorker): void; onmessage: ((event: MessageEvent<ToWorker>) => void) | null };
const scope = self as unknown as WorkerScope;
serveSandbox(
  {
    post: (message: FromWorker) => scope.postMessage(message),
    listen: (handler) => {
      scope.onmessage = (event: MessageEvent<ToWorker>) => {
        if (event.data && typeof event.data === 'object' && 'type' in event.data) handler(event.data);
      };
    },
  },
  (memoryBytes) => loadQuickJS(wasmUrl, memoryBytes),
);
