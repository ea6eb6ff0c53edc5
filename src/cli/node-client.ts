import { Worker } from 'node:worker_threads';
import { JudgeClient, type WorkerHandle } from '../worker/judge-client';
import type { FromWorker } from '../worker/protocol';

const THREAD_URL = new URL('./judge-thread.ts', import.meta.url);

/**
 * Node 20 worker threads do not inherit tsx's loader, so a tiny JavaScript bootstrap loads the
 * TypeScript entry through tsx's API.
 */
const BOOTSTRAP = `import('tsx/esm/api').then(({ tsImport }) => tsImport(${JSON.stringify(THREAD_URL.href)}, ${JSON.stringify(import.meta.url)}))`;

/** A worker thread behind the same interface as a browser Web Worker. */
export function createNodeWorker(): WorkerHandle {
  const worker = new Worker(BOOTSTRAP, { eval: true });
  worker.unref();
  let crashed = false;
  return {
    post: (message) => worker.postMessage(message),
    onMessage: (handler) => worker.on('message', (m: FromWorker) => handler(m)),
    onCrash: (handler) => {
      const fail = (reason: string) => {
        if (crashed) return;
        crashed = true;
        handler(reason);
      };
      worker.on('error', (e) => fail(e.message));
      worker.on('exit', (code) => code !== 0 && fail(`exit code ${code}`));
    },
    terminate: () => {
      crashed = true;
      void worker.terminate();
    },
  };
}

export function createNodeJudgeClient(): JudgeClient {
  return new JudgeClient(createNodeWorker);
}
