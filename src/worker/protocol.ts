import type { JobEvent, JudgeJob } from '../engine/judge';
import type { MeasureJob, MeasureEvent } from '../engine/measure';

/** Messages to the sandbox worker. Every run-scoped message carries the run it belongs to. */
export type ToWorker =
  | { type: 'warm-up' }
  | { type: 'judge'; runId: number; job: JudgeJob }
  | { type: 'measure'; runId: number; job: MeasureJob };

/** Messages from the sandbox worker. */
export type FromWorker =
  | { type: 'ready'; loadMs: number }
  | { type: 'judge-event'; runId: number; event: JobEvent }
  | { type: 'measure-event'; runId: number; event: MeasureEvent }
  | { type: 'finished'; runId: number }
  /** A bug in the engine itself (not the user's code): the run cannot continue in this worker. */
  | { type: 'internal-error'; runId: number | null; message: string };
