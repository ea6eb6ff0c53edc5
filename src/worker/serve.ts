import type { QuickJSWASMModule } from 'quickjs-emscripten-core';
import { runJudgeJob, type ModuleHolder } from '../engine/judge';
import { DEFAULT_LIMITS } from '../engine/limits';
import { runMeasureJob } from '../engine/measure';
import type { FromWorker, ToWorker } from './protocol';

/** The two things a worker host (Web Worker or Node worker thread) must provide. */
export type WorkerPort = { post(message: FromWorker): void; listen(handler: (message: ToWorker) => void): void };

/**
 * The body of a sandbox worker: answers judge and measure requests one at a time.
 * It never compares answers: expected outputs are not sent here.
 */
export function serveSandbox(port: WorkerPort, load: (memoryBytes: number) => Promise<QuickJSWASMModule>): void {
  // One module at a time, sized for the memory limit asked for (its WebAssembly memory is the real cap).
  let current: { memoryBytes: number; module: Promise<QuickJSWASMModule> } | undefined;
  const modules: ModuleHolder = {
    get: (memoryBytes = DEFAULT_LIMITS.memoryBytes) => {
      if (!current || current.memoryBytes !== memoryBytes) current = { memoryBytes, module: load(memoryBytes) };
      return current.module;
    },
    replace: () => {
      const memoryBytes = current?.memoryBytes ?? DEFAULT_LIMITS.memoryBytes;
      current = { memoryBytes, module: load(memoryBytes) };
      return current.module;
    },
  };
  const started = performance.now();
  const ready = modules.get().then(() => port.post({ type: 'ready', loadMs: Math.round(performance.now() - started) }));
  let queue: Promise<unknown> = ready;

  port.listen((message) => {
    queue = queue.then(async () => {
      const runId = message.type === 'warm-up' ? null : message.runId;
      try {
        switch (message.type) {
          case 'warm-up':
            return;
          case 'judge':
            await runJudgeJob(modules, message.job, (event) => port.post({ type: 'judge-event', runId: message.runId, event }));
            break;
          case 'measure':
            await runMeasureJob(modules, message.job, (event) => port.post({ type: 'measure-event', runId: message.runId, event }));
            break;
        }
        if (runId !== null) port.post({ type: 'finished', runId });
      } catch (e) {
        port.post({ type: 'internal-error', runId, message: String((e as Error)?.stack ?? e) });
      }
    });
  });
}
