// Bulk actions over back-office lists: every record passes the policy and gets its own audit entry,
// "all that match the filter" is read on the server in chunks, refusals are counted per reason with
// names, and a job taken over after a lost lease goes on after its cursor.
import { subDays } from "date-fns";
import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/policy";
import { recordKey } from "@/lib/bulk/lists";
import { claimBulkJob, getBulkJob, requeueStaleBulkJobs, startBulkJob } from "@/lib/bulk/queue";
import { runBulkJobs } from "@/lib/bulk/runner";
import { BULK_CHUNK } from "@/lib/bulk/selection";
import { db } from "@/lib/db";
import { seedReferenceAndProgrammes } from "@/tests/support/seed";

let coordinator: NonNullable<Actor>;
let editor: NonNullable<Actor>;
let published: string;
let draft: string;
let serial = 0;
const fresh = () => `${Date.now().toString(36)}-${++serial}`;
const longAgo = subDays(new Date(), 2000);

const organisation = (name: string, status: "published" | "draft", lastVerifiedAt: Date | null = new Date()) =>
  db.organization.create({
    data: { slug: `org-${fresh()}`, name, type: "migrant_organisation", status, lastVerifiedAt },
  });

async function offer(
  organizationId: string,
  title: string,
  options: { status?: "draft" | "published"; lastVerifiedAt?: Date | null } = {},
) {
  const created = await db.offer.create({
    data: {
      organizationId,
      slug: `angebot-${fresh()}`,
      status: options.status ?? "draft",
      lastVerifiedAt: options.lastVerifiedAt === undefined ? new Date() : options.lastVerifiedAt,
      translations: { create: [{ locale: "de", title, summary: "Kurz gesagt." }] },
    },
  });
  return created.id;
}

async function run(input: Record<string, unknown>, actor: Actor) {
  const started = await startBulkJob(input, actor);
  if (!started.ok) throw new Error(started.error);
  await runBulkJobs();
  return (await getBulkJob(started.id))!;
}

const auditsOf = (action: string, ids: string[]) =>
  db.auditEntry.findMany({ where: { action, entityId: { in: ids } }, select: { entityId: true, userId: true } });

beforeAll(async () => {
  delete process.env.MT_PROVIDER;
  await seedReferenceAndProgrammes();
  const c = await db.user.create({
    data: { email: `k-${fresh()}@example.org`, name: "Koordination", role: "coordinator" },
  });
  coordinator = { id: c.id, role: "coordinator", organizationId: null };
  published = (await organisation("Brücke Aachen e. V.", "published")).id;
  draft = (await organisation("Entwurf e. V.", "draft")).id;
  const e = await db.user.create({
    data: { email: `r-${fresh()}@example.org`, name: "Redaktion", role: "editor", organizationId: published },
  });
  editor = { id: e.id, role: "editor", organizationId: published };
});

describe("bulk still correct on the review queue", () => {
  it("confirms every due entry that matches, more than one chunk, each with its own audit entry", async () => {
    const dueOrgs = [
      await organisation("Alt eins", "published", null),
      await organisation("Alt zwei", "published", longAgo),
    ];
    const dueOffers: string[] = [];
    for (let i = 0; i < BULK_CHUNK + 15; i++)
      dueOffers.push(await offer(published, `Altes Angebot ${i}`, { lastVerifiedAt: longAgo }));
    const fine = await offer(published, "Frisch geprüft");

    const job = await run({ list: "review", action: "verify", scope: "filter" }, coordinator);

    const ids = [...dueOrgs.map((o) => o.id), ...dueOffers];
    expect(job.status).toBe("succeeded");
    expect(job.report.refused).toEqual([]);
    expect(job.report.done).toBeGreaterThanOrEqual(ids.length);
    expect(job.done).toBe(job.total);
    const stillDue = await db.offer.count({
      where: {
        id: { in: dueOffers },
        OR: [{ lastVerifiedAt: null }, { lastVerifiedAt: { lt: subDays(new Date(), 1) } }],
      },
    });
    expect(stillDue).toBe(0);
    const audits = await auditsOf("verify", ids);
    expect(new Set(audits.map((a) => a.entityId))).toEqual(new Set(ids));
    expect(audits).toHaveLength(ids.length);
    expect(audits.every((a) => a.userId === coordinator.id)).toBe(true);
    expect(await auditsOf("verify", [fine])).toHaveLength(0);
  });

  it("lets a partner editor confirm only their own organisation's offers", async () => {
    const other = await organisation("Fremder Verein", "published");
    const own = await offer(published, "Eigenes Angebot", { lastVerifiedAt: longAgo });
    const foreign = await offer(other.id, "Fremdes Angebot", { lastVerifiedAt: longAgo });

    const job = await run(
      { list: "review", action: "verify", keys: [recordKey("offer", own), recordKey("offer", foreign)] },
      editor,
    );

    expect(job.report.done).toBe(1);
    expect(job.report.refused).toEqual([{ reason: "forbidden", count: 1, names: ["Fremdes Angebot"] }]);
    expect(await auditsOf("verify", [own])).toHaveLength(1);
    expect(await auditsOf("verify", [foreign])).toHaveLength(0);
    expect((await db.offer.findUniqueOrThrow({ where: { id: foreign } })).lastVerifiedAt!.getTime()).toBe(
      longAgo.getTime(),
    );
  });
});

it("refuses a partner editor a run over a list their back office does not show, naming nothing", async () => {
  for (const list of ["inquiries", "organisations"] as const)
    expect(
      await startBulkJob(
        { list, action: list === "inquiries" ? "assign" : "verify", scope: "filter", assigneeId: "" },
        editor,
      ),
    ).toEqual({ ok: false, error: "forbidden" });
  expect(
    await db.bulkJob.count({ where: { createdById: editor.id, list: { in: ["inquiries", "organisations"] } } }),
  ).toBe(0);
});

describe("publish and archive", () => {
  it("publishes what may be published and says why the rest was refused", async () => {
    const ok = [await offer(published, "Sprachcafé"), await offer(published, "Elterncafé")];
    const already = await offer(published, "Schon online", { status: "published" });
    const orphan = await offer(draft, "Ohne veröffentlichten Träger");

    const job = await run(
      { list: "offers", action: "publish", keys: [...ok, already, orphan].map((id) => recordKey("offer", id)) },
      coordinator,
    );

    expect(job.report).toEqual({
      done: 2,
      unchanged: 1,
      refused: [{ reason: "organisationNotPublished", count: 1, names: ["Ohne veröffentlichten Träger"] }],
    });
    const statuses = await db.offer.findMany({
      where: { id: { in: [...ok, orphan] } },
      select: { id: true, status: true },
    });
    expect(Object.fromEntries(statuses.map((s) => [s.id, s.status]))).toEqual({
      [ok[0]!]: "published",
      [ok[1]!]: "published",
      [orphan]: "draft",
    });
    const audits = await db.auditEntry.findMany({
      where: { action: "update", entityId: { in: [...ok, orphan, already] } },
    });
    expect(audits.map((a) => a.entityId).sort()).toEqual([...ok].sort());
    expect(audits.every((a) => (a.after as { status?: string }).status === "published")).toBe(true);
  });

  it("tells a partner editor that another organisation's offer is not theirs, even when it is already so", async () => {
    const other = await organisation(`Fremder Träger ${fresh()}`, "published");
    const foreignArchived = await offer(other.id, "Fremd und archiviert");
    const ownArchived = await offer(published, "Eigen und archiviert");
    await db.offer.updateMany({ where: { id: { in: [foreignArchived, ownArchived] } }, data: { status: "archived" } });

    const job = await run(
      { list: "review", action: "archive", keys: [foreignArchived, ownArchived].map((id) => recordKey("offer", id)) },
      editor,
    );

    expect(job.report).toEqual({
      done: 0,
      unchanged: 1,
      refused: [{ reason: "forbidden", count: 1, names: ["Fremd und archiviert"] }],
    });
  });

  it("publishes all offers that match the list's filter, not those outside it", async () => {
    const provider = await organisation(`Filterträger ${fresh()}`, "published");
    const matching = [await offer(provider.id, "Kurs A"), await offer(provider.id, "Kurs B")];
    const outside = await offer(published, "Kurs C");

    const job = await run(
      { list: "offers", action: "publish", scope: "filter", filter: { organizationId: provider.id, status: "draft" } },
      coordinator,
    );

    expect(job.report.done).toBe(2);
    expect(job.total).toBe(2);
    expect(await db.offer.count({ where: { id: { in: matching }, status: "published" } })).toBe(2);
    expect((await db.offer.findUniqueOrThrow({ where: { id: outside } })).status).toBe("draft");
  });

  it("keeps an organisation with published offers in the directory", async () => {
    const busy = await organisation("Mit Angeboten", "published");
    await offer(busy.id, "Läuft", { status: "published" });
    const idle = await organisation("Ohne Angebote", "published");

    const job = await run(
      { list: "organisations", action: "archive", keys: [busy.id, idle.id].map((id) => recordKey("organisation", id)) },
      coordinator,
    );

    expect(job.report.done).toBe(1);
    expect(job.report.refused).toEqual([{ reason: "publishedOffers", count: 1, names: ["Mit Angeboten"] }]);
    expect((await db.organization.findUniqueOrThrow({ where: { id: idle.id } })).status).toBe("archived");
    expect((await db.organization.findUniqueOrThrow({ where: { id: busy.id } })).status).toBe("published");
  });
});

describe("assign and translate", () => {
  it("assigns inquiries to a colleague, each audited", async () => {
    const inquiry = (name: string) =>
      db.inquiry.create({
        data: {
          institutionName: name,
          institutionType: "kita",
          contactName: "L",
          email: "l@example.org",
          message: "Hallo",
          consentAt: new Date(),
        },
      });
    const a = await inquiry("Kita Sonnenschein");
    const b = await inquiry("Kita Regenbogen");

    const job = await run(
      {
        list: "inquiries",
        action: "assign",
        assigneeId: coordinator.id,
        keys: [a.id, b.id].map((id) => recordKey("inquiry", id)),
      },
      coordinator,
    );

    expect(job.report.done).toBe(2);
    expect(await db.inquiry.count({ where: { id: { in: [a.id, b.id] }, assigneeId: coordinator.id } })).toBe(2);
    expect(await auditsOf("update", [a.id, b.id])).toHaveLength(2);

    // A partner editor takes no inquiries: refused with that reason, nothing changed.
    const refused = await run(
      { list: "inquiries", action: "assign", assigneeId: editor.id, keys: [recordKey("inquiry", a.id)] },
      coordinator,
    );
    expect(refused.report.refused).toEqual([{ reason: "unknownChoice", count: 1, names: ["Kita Sonnenschein"] }]);
    expect((await db.inquiry.findUniqueOrThrow({ where: { id: a.id } })).assigneeId).toBe(coordinator.id);
  });

  it("says that without a provider the texts wait for translators", async () => {
    const id = await offer(published, "Zu übersetzen");
    const job = await run({ list: "offers", action: "translate", keys: [recordKey("offer", id)] }, coordinator);
    expect(job.report.refused).toEqual([{ reason: "noProvider", count: 1, names: ["Zu übersetzen"] }]);
    expect(await db.translationJob.count()).toBe(0);
  });
});

describe("starting and resuming", () => {
  it("refuses a run without an action that fits the list, or without records", async () => {
    expect(await startBulkJob({ list: "inquiries", action: "publish", scope: "filter" }, coordinator)).toEqual({
      ok: false,
      error: "chooseAction",
    });
    expect(await startBulkJob({ list: "offers", action: "publish" }, coordinator)).toEqual({
      ok: false,
      error: "nothingSelected",
    });
    expect(await startBulkJob({ list: "review", action: "verify", scope: "filter" }, null)).toEqual({
      ok: false,
      error: "forbidden",
    });
  });

  it("goes on after the last record worked off when another process takes over", async () => {
    const provider = await organisation(`Übernahme ${fresh()}`, "published");
    const ids: string[] = [];
    for (let i = 0; i < 4; i++) ids.push(await offer(provider.id, `Übernahme ${i}`));
    ids.sort();
    const started = await startBulkJob(
      { list: "offers", action: "publish", scope: "filter", filter: { organizationId: provider.id } },
      coordinator,
    );
    if (!started.ok) throw new Error(started.error);
    // A first process claimed the job, worked off the first two records, and stopped.
    const claim = await claimBulkJob(-1);
    expect(claim?.id).toBe(started.id);
    await db.bulkJob.update({
      where: { id: started.id },
      data: {
        done: 2,
        total: 4,
        cursor: recordKey("offer", ids[1]!),
        report: JSON.stringify({ done: 2, unchanged: 0, refused: [] }),
      },
    });
    expect(await requeueStaleBulkJobs()).toBe(1);

    await runBulkJobs();

    const job = (await getBulkJob(started.id))!;
    expect(job.status).toBe("succeeded");
    expect(job.report.done).toBe(4);
    const statuses = await db.offer.findMany({
      where: { id: { in: ids } },
      orderBy: { id: "asc" },
      select: { status: true },
    });
    expect(statuses.map((s) => s.status)).toEqual(["draft", "draft", "published", "published"]);
  });
});
