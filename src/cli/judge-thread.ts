/**
 * Node worker-thread entry for the CLI: the same sandbox the browser's Web Worker runs.
 * It must not import anything that compares answers or reads problem files.
 */
import { parentPort } from 'node:worker_threads';
import { loadQuickJS } from '../engine/quickjs-module';
import { serveSandbox } from '../worker/serve';
import type { ToWorker } from '../worker/protocol';

if (!parentPort) throw new Error('judge-thread.ts must run as a worker thread');
const port = parentPort;
serveSandbox({ post: (m) => port.postMessage(m), listen: (h) => port.on('message', (m: ToWorker) => h(m)) }, (memoryBytes) => loadQuickJS(undefined, memoryBytes));
