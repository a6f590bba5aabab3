// What the import worker and its runner say to each other.
import type { ImportPhase } from "../run";

export type FromWorker =
  | { type: "progress"; phase: ImportPhase; done: number; total: number }
  /** the import is about to take the write lock; it waits for "granted" */
  | { type: "exclusive" }
  | { type: "done" };

export type ToWorker = { type: "granted" };
