import { JudgeClient, type WorkerHandle } from './judge-client';
import type { FromWorker } from './protocol';

/** A Web Worker behind the client's worker interface. */
function createBrowserWorker(): WorkerHandle {
  const worker = new Worker(new URL('./sandbox.worker.ts', import.meta.url), { type: 'module', name: 'techscreen-sandbox' });
  return {
    post: (message) => worker.postMessage(message),
    onMessage: (handler) => worker.addEventListener('message', (e: MessageEvent<FromWorker>) => handler(e.data)),
    onCrash: (handler) => {
      worker.addEventListener('error', (e) => {
        e.preventDefault();
        handler(e.message || 'the worker stopped');
      });
      worker.addEventListener('messageerror', () => handler('a message could not be read'));
    },
    terminate: () => worker.terminate(),
  };
}

let shared: JudgeClient | undefined;

/** The spare sandbox loads after the page has settled (Monaco, the first Run), not beside them. */
const SPARE_DELAY_MS = 4000;

/** The page's one sandbox client; created on first use so the first screen does not wait for it. */
export function getJudgeClient(): JudgeClient {
  shared ??= new JudgeClient(createBrowserWorker, { spare: true, spareDelayMs: SPARE_DELAY_MS });
  return shared;
}
