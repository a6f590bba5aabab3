// The newest progress of the jobs this process runs, as their workers report it. On SQLite the
// import's transaction holds the write lock, so its progress cannot reach the job's row until it
// commits; a page polling this process still sees every step, one polling another process sees the
// last step written before the lock.
import type { ImportPhase } from "../run";

export type Progress = { phase: ImportPhase; done: number; total: number };

// On globalThis: the runner (started from instrumentation) and the routes are bundled apart.
const slot = globalThis as unknown as { wegweiserImportProgress?: Map<string, Progress> };
const live = (slot.wegweiserImportProgress ??= new Map());

export const liveProgress = (jobId: string): Progress | undefined => live.get(jobId);
export const setLiveProgress = (jobId: string, progress: Progress) => live.set(jobId, progress);
export const forgetLiveProgress = (jobId: string) => live.delete(jobId);
