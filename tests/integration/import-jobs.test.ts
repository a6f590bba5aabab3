// Imports as jobs: a runner claims a queued job and works it off in a worker thread with its own
// database connection. The job's outcome is the synchronous import's; an import that breaks off
// leaves nothing written; one job is never run twice; the server's event loop keeps turning.
import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/policy";
import { db } from "@/lib/db";
import { createDb } from "@/lib/db/client";
import { claimImportJob, enqueueImport, importJobView, type StoredResult } from "@/lib/hsds/import/job/queue";
import { runClaimedJob, runImportJobs } from "@/lib/hsds/import/job/runner";
import { applyImport, planImport } from "@/lib/hsds/import/run";
import { seedReferenceAndProgrammes } from "@/tests/support/seed";

const header =
  "external_id,organization_external_id,organization_name,organization_type,title_de,summary_de,categories,audiences,languages,street,postcode,city,latitude,longitude,schedule,status";

/** n offers of 10 providers; the prefix keeps two files' records apart. */
function file(prefix: string, n: number, name = `${prefix}.csv`) {
  const lines = Array.from({ length: n }, (_, i) =>
    [
      `${prefix}-kurs-${i}`,
      `${prefix}-verein-${i % 10}`,
      `Verein ${i % 10}`,
      "migrant_organisation",
      `Sprachkurs ${i}`,
      `Deutsch lernen in Gruppe ${i}.`,
      "language",
      "newcomers",
      "de|ar",
      `Markt ${i + 1}`,
      "52062",
      "Aachen",
      (50.77 + (i % 50) / 10_000).toFixed(5),
      (6.08 + (i % 70) / 10_000).toFixed(5),
      i % 2 ? "Mo 09:00-12:00" : "Mi 15:00-17:00/2",
      "published",
    ].join(","),
  );
  return { name, text: [header, ...lines].join("\n") };
}

let coordinator: Actor;

beforeAll(async () => {
  await seedReferenceAndProgrammes();
  const user = await db.user.create({ data: { email: "koordination@example.org", name: "K", role: "coordinator" } });
  coordinator = { id: user.id, role: "coordinator", organizationId: null };
});

async function stored(id: string): Promise<StoredResult> {
  const job = await db.importJob.findUniqueOrThrow({ where: { id }, select: { report: true } });
  return JSON.parse(job.report!) as StoredResult;
}

async function queued(f: { name: string; text: string }, dryRun: boolean): Promise<string> {
  const enqueued = await enqueueImport(f, coordinator, dryRun);
  if (!enqueued.ok) throw new Error(enqueued.formError);
  return enqueued.id;
}

/** What the offers of one file look like, without what differs between two files by design. */
async function offersOf(prefix: string) {
  const offers = await db.offer.findMany({
    where: { externalId: { startsWith: `${prefix}-` } },
    orderBy: { externalId: "asc" },
    select: {
      externalId: true,
      status: true,
      free: true,
      organization: { select: { name: true, type: true, status: true } },
      translations: { select: { locale: true, title: true, summary: true }, orderBy: { locale: "asc" } },
      terms: { select: { term: { select: { code: true } } } },
      languages: { select: { code: true }, orderBy: { code: "asc" } },
      schedules: { select: { weekday: true, opensAt: true, closesAt: true, interval: true } },
      locations: { select: { location: { select: { street: true, postcode: true, latitude: true, districtId: true } } } },
    },
  });
  const audits = await db.auditEntry.count({ where: { entityId: { in: offers.length ? await idsOf(prefix) : [] } } });
  return { offers: offers.map((o) => ({ ...o, externalId: o.externalId!.slice(prefix.length) })), audits };
}
const idsOf = async (prefix: string) =>
  (await db.offer.findMany({ where: { externalId: { startsWith: `${prefix}-` } }, select: { id: true } })).map((o) => o.id);

const counts = async () => ({
  offers: await db.offer.count(),
  organisations: await db.organization.count(),
  locations: await db.location.count(),
  audits: await db.auditEntry.count(),
});

describe("import jobs", () => {
  it("a dry run job reports exactly what the synchronous dry run reports", async () => {
    const f = file("probe", 40);
    const id = await queued(f, true);
    expect(await runImportJobs()).toBe(1);
    const sync = await planImport(f, coordinator);
    expect((await stored(id)).outcome).toEqual(JSON.parse(JSON.stringify(sync)));
    const view = await importJobView(id, coordinator);
    expect(view).toMatchObject({ status: "succeeded", dryRun: true });
    expect(view?.report?.counts.create).toBe(40);
    expect(view?.checkedHash).toMatch(/^[0-9a-f]{64}$/);
    expect(await db.offer.count({ where: { externalId: { startsWith: "probe-" } } })).toBe(0);
  });

  it("an import job writes what the synchronous import writes, with the same report", async () => {
    const viaJob = await queued(file("job", 60), false);
    await runImportJobs();
    const sync = await applyImport(file("sync", 60), coordinator);
    const jobOutcome = (await stored(viaJob)).outcome;
    expect(jobOutcome.ok && jobOutcome.data.applied).toBe(true);
    const rows = (outcome: typeof jobOutcome, prefix: string) =>
      outcome.ok ? outcome.data.rows.map((r) => ({ ...r, externalId: r.externalId.slice(prefix.length) })) : null;
    expect(rows(jobOutcome, "job")).toEqual(rows(JSON.parse(JSON.stringify(sync)), "sync"));
    const [written, expected] = [await offersOf("job"), await offersOf("sync")];
    expect(written.offers).toHaveLength(60);
    expect(written).toEqual(expected);
    expect(await importJobView(viaJob, coordinator)).toMatchObject({ status: "succeeded", phase: null });
    // The file's text is not kept once the job has finished.
    expect((await db.importJob.findUniqueOrThrow({ where: { id: viaJob } })).source).toBeNull();
  });

  it("a worker stopped in the middle of writing leaves nothing written, and the job says it failed", async () => {
    const before = await counts();
    const id = await queued(file("halt", 300), false);
    const claim = await claimImportJob();
    expect(claim?.id).toBe(id);
    let stopped = false;
    await runClaimedJob(claim!, {
      onMessage: (message, worker) => {
        if (message.type === "progress" && message.phase === "indexing" && !stopped) {
          stopped = true;
          void worker.terminate();
        }
      },
    });
    expect(stopped).toBe(true);
    expect(await counts()).toEqual(before);
    const view = await importJobView(id, coordinator);
    expect(view?.status).toBe("failed");
    expect(view?.error).toMatch(/^stopped/);
  });

  it("a file with a rejected line imports nothing, and the job shows why", async () => {
    const before = await counts();
    const f = file("bad", 20);
    f.text += "\nbad-x,bad-verein-0,,,,Ohne Titel.,,,,,,,,,,published";
    const id = await queued(f, false);
    await runImportJobs();
    expect(await counts()).toEqual(before);
    const view = await importJobView(id, coordinator);
    expect(view).toMatchObject({ status: "succeeded", message: "rejected" });
    expect(view?.report?.counts.reject).toBe(1);
  });

  it("a job whose runner stopped answering is failed as stale and never run", async () => {
    const before = await counts();
    const id = await queued(file("stale", 10), false);
    await db.importJob.update({
      where: { id },
      data: { status: "running", startedAt: new Date(), lockedUntil: new Date(Date.now() - 1000) },
    });
    expect(await runImportJobs()).toBe(0);
    expect(await counts()).toEqual(before);
    expect(await importJobView(id, coordinator)).toMatchObject({ status: "failed", error: "stale" });
  });

  it("two runners never take or run the same job", async () => {
    const other = createDb();
    try {
      const first = await queued(file("twice", 10), true);
      const claims = await Promise.all([claimImportJob(db), claimImportJob(other), claimImportJob(db)]);
      expect(claims.filter(Boolean).map((c) => c!.id)).toEqual([first]);
      await db.importJob.update({ where: { id: first }, data: { status: "failed" } });

      const id = await queued(file("once", 30), false);
      const auditsBefore = await db.auditEntry.count({ where: { action: "import" } });
      const ran = await Promise.all([runImportJobs(), runImportJobs()]);
      expect(ran[0] + ran[1]).toBe(1);
      expect(await db.auditEntry.count({ where: { action: "import" } })).toBe(auditsBefore + 1);
      expect(await importJobView(id, coordinator)).toMatchObject({ status: "succeeded" });
    } finally {
      await other.$disconnect();
    }
  });

  it("the event loop keeps turning while a large import runs", async () => {
    await queued(file("big", 3000), false);
    const gaps: number[] = [];
    let last = performance.now();
    const timer = setInterval(() => {
      const now = performance.now();
      gaps.push(now - last);
      last = now;
    }, 10);
    const started = performance.now();
    try {
      await runImportJobs();
    } finally {
      clearInterval(timer);
    }
    // The pause since the last tick counts too: a timer that never fired paused for the whole import.
    gaps.push(performance.now() - last);
    const duration = performance.now() - started;
    expect(await db.offer.count({ where: { externalId: { startsWith: "big-" } } })).toBe(3000);
    // The timer fired all along: its longest pause is a small part of the import's time. Run on the
    // event loop itself, the import would have held it for the whole time.
    expect(gaps.length).toBeGreaterThan(10);
    expect(Math.max(...gaps)).toBeLessThan(duration / 5);
  }, 180_000);
});
