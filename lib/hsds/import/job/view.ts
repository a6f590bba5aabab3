// An import job as the back office sees it: where it stands, and once it has finished, what it did.
// Shared by the polling route, the page and the form.
import type { JobStatus } from "../../../background/lease";
import type { ShownReport } from "../answer";
import type { ImportPhase } from "../run";

export type ImportJobStatus = JobStatus;

export type ImportJobView = {
  id: string;
  fileName: string;
  dryRun: boolean;
  status: ImportJobStatus;
  phase: ImportPhase | null;
  done: number;
  total: number;
  /** a finished job that refused the file: a key of admin.data.errors */
  message?: string;
  /** the report of a finished job, one page of it */
  report?: ShownReport;
  /** a failed job: a key of admin.data.jobErrors, with the technical detail after ": " */
  error?: string;
  /** a dry run that found something to import: "Import now" must send a file with this fingerprint */
  checkedHash?: string;
};

export const isActive = (job: Pick<ImportJobView, "status">) => job.status === "queued" || job.status === "running";
