// A translation job as the back office shows it: where it stands while it runs, what it did once it
// has finished. Shared by the page, the polling route and the bulk button.
import type { JobStatus } from "../../background/lease";

export type TranslationJobView = {
  id: string;
  locale: string;
  scope: string;
  status: JobStatus;
  done: number;
  total: number;
  failed: number;
  /** once succeeded: how many texts were written, and the first reasons a provider gave for refusing */
  written?: number;
  errors?: string[];
  /** a failed job: noProvider, invalid, or "unexpected: …" */
  error?: string;
};

export const isRunning = (job: Pick<TranslationJobView, "status">) =>
  job.status === "queued" || job.status === "running";
