import "server-only";
// Jobs kept as rows (imports, translations) share how a runner takes one: a conditional update turns
// a queued row running only once, whichever process asks, and the claim holds for a lease the runner
// renews while it works. One definition, so that every kind of job is claimed and released alike.

/** Where a job stands: waiting, taken by a runner, or ended one way or the other. */
export type JobStatus = "queued" | "running" | "succeeded" | "failed";

/** The claim a runner holds: the job, and when it claimed it, which no other claim shares. */
export type JobClaim = { id: string; startedAt: Date };

type Where = { id?: string; status?: "queued" | "running"; startedAt?: Date; lockedUntil?: { lt: Date } };

/** What a job table must offer; each Prisma model with id, status, createdAt, startedAt and lockedUntil does. */
export type LeasedJobs = {
  findMany(args: {
    where: { status: "queued" };
    orderBy: { createdAt: "asc" };
    take: number;
    select: { id: true };
  }): PromiseLike<{ id: string }[]>;
  findFirst(args: { where: Where; select: { id: true } }): PromiseLike<{ id: string } | null>;
  updateMany(args: { where: Where; data: object }): PromiseLike<{ count: number }>;
};

/** Takes the oldest queued job, or null; two runners never take the same one. */
export async function claimOldest(jobs: LeasedJobs, leaseMs: number, data: object = {}): Promise<JobClaim | null> {
  const queued = await jobs.findMany({
    where: { status: "queued" },
    orderBy: { createdAt: "asc" },
    take: 5,
    select: { id: true },
  });
  for (const { id } of queued) {
    const startedAt = new Date();
    const { count } = await jobs.updateMany({
      where: { id, status: "queued" },
      data: { ...data, status: "running", startedAt, lockedUntil: new Date(startedAt.getTime() + leaseMs) },
    });
    if (count === 1) return { id, startedAt };
  }
  return null;
}

/** The rows a claim still holds: a job someone else took over or ended is no longer this runner's. */
export const heldBy = (claim: JobClaim) => ({ id: claim.id, status: "running" as const, startedAt: claim.startedAt });

/** Running jobs whose lease ran out get `data` (back to the queue, or failed); returns how many. */
export async function releaseExpired(jobs: LeasedJobs, data: object, now = new Date()): Promise<number> {
  const expired = { status: "running" as const, lockedUntil: { lt: now } };
  // Look before writing: on SQLite a write waits for the write lock, which a running import holds,
  // and better-sqlite3 waits with the whole process.
  if (!(await jobs.findFirst({ where: expired, select: { id: true } }))) return 0;
  const { count } = await jobs.updateMany({ where: expired, data });
  return count;
}
