// An inquiry is filed under the organisation the asking institution is in the directory as: found by
// its folded name when exactly one matches, chosen or changed by a coordinator, moved by a merge.
import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/policy";
import { db } from "@/lib/db";
import { organisationNameKeys } from "@/lib/duplicates/twins";
import { getInquiry, updateInquiry } from "@/lib/inquiries/backoffice";
import { createInquiry } from "@/lib/inquiries/create";
import { mergeOrganisations, mergePreview } from "@/lib/organisations/merge";
import { kitaInquiry } from "../support/inquiry";
import { seedReferenceAndProgrammes } from "@/tests/support/seed";

let coordinator: NonNullable<Actor>;
let ip = 0;

const asking = (institutionName: string) => ({ ...kitaInquiry, institutionName });

async function ask(institutionName: string) {
  const result = await createInquiry(asking(institutionName), {
    ip: `10.1.0.${++ip}`,
    honeypot: undefined,
    actor: null,
  });
  if (!result.ok || !result.data.id) throw new Error(`not stored: ${JSON.stringify(result)}`);
  return db.inquiry.findUniqueOrThrow({ where: { id: result.data.id } });
}

const organisation = (name: string, status: "published" | "archived" = "published") =>
  db.organization.create({
    data: { slug: `o-${crypto.randomUUID()}`, name, type: "kita", status, ...organisationNameKeys(name) },
  });

beforeAll(async () => {
  await seedReferenceAndProgrammes();
  const c = await db.user.create({ data: { email: "k@example.org", name: "Koordination", role: "coordinator" } });
  coordinator = { id: c.id, role: "coordinator", organizationId: null };
});

describe("an inquiry on arrival", () => {
  it("is filed under the one organisation its institution's name folds to", async () => {
    const kita = await organisation("Kita Sonnenblume e. V.");
    const inquiry = await ask("KITA SONNENBLUME e.V.");
    expect(inquiry.organizationId).toBe(kita.id);
    const audit = await db.auditEntry.findFirstOrThrow({ where: { entityId: inquiry.id, action: "create" } });
    expect(audit.after).toMatchObject({ organizationId: kita.id });
  });

  it("is filed under none when no organisation or several share the name", async () => {
    expect((await ask("Kita Unbekannt")).organizationId).toBeNull();
    await organisation("Kita Zwilling");
    await organisation("Kita Zwilling e.V.");
    expect((await ask("Kita Zwilling")).organizationId).toBeNull();
    await organisation("Kita Stillgelegt", "archived");
    expect((await ask("Kita Stillgelegt")).organizationId).toBeNull();
  });
});

describe("a coordinator files an inquiry", () => {
  it("under an organisation, as saved and audited, and a save without the field keeps it", async () => {
    const kita = await organisation("Familienzentrum Haaren");
    const inquiry = await ask("FZ Haaren");
    expect(inquiry.organizationId).toBeNull();

    const saved = await updateInquiry(
      { id: inquiry.id, version: "1", status: "new", assigneeId: "", organizationId: kita.id },
      coordinator,
    );
    expect(saved).toEqual({
      ok: true,
      data: { id: inquiry.id, version: 2, values: { status: "new", assigneeId: "", organizationId: kita.id } },
    });
    expect((await getInquiry(inquiry.id))?.organization).toEqual({ id: kita.id, name: "Familienzentrum Haaren" });
    const audit = await db.auditEntry.findFirstOrThrow({ where: { entityId: inquiry.id, action: "update" } });
    expect(audit).toMatchObject({
      userId: coordinator.id,
      summary: "FZ Haaren",
      before: { organizationId: "" },
      after: { organizationId: kita.id },
    });

    // A bulk assignment sends status and assignee only.
    const assigned = await updateInquiry(
      { id: inquiry.id, version: "2", status: "in_progress", assigneeId: coordinator.id },
      coordinator,
    );
    expect(assigned.ok).toBe(true);
    expect((await db.inquiry.findUniqueOrThrow({ where: { id: inquiry.id } })).organizationId).toBe(kita.id);
  });

  it("not under an archived organisation, and keeps what it had", async () => {
    const gone = await organisation("Kita Geschlossen", "archived");
    const inquiry = await ask("Kita Offen");
    const refused = await updateInquiry(
      { id: inquiry.id, version: "1", status: "new", assigneeId: "", organizationId: gone.id },
      coordinator,
    );
    expect(refused).toMatchObject({ ok: false, fieldErrors: { organizationId: ["unknownChoice"] } });
    expect((await db.inquiry.findUniqueOrThrow({ where: { id: inquiry.id } })).organizationId).toBeNull();
  });
});

describe("merging organisations", () => {
  it("moves their inquiries, counted in the preview and on both records", async () => {
    const target = await organisation("Kita Pusteblume");
    const source = await organisation("Kita Pusteblume Brand");
    const inquiry = await ask("Kita Pusteblume Brand");
    expect(inquiry.organizationId).toBe(source.id);

    const plan = await mergePreview(source.id, target.id);
    expect(plan?.inquiries).toBe(1);
    const merged = await mergeOrganisations(
      {
        sourceId: source.id,
        targetId: target.id,
        sourceVersion: String(plan!.source.version),
        targetVersion: String(plan!.target.version),
      },
      coordinator,
    );
    expect(merged.ok).toBe(true);
    const moved = await db.inquiry.findUniqueOrThrow({ where: { id: inquiry.id } });
    expect(moved).toMatchObject({ organizationId: target.id, version: 2 });
    const audit = await db.auditEntry.findMany({
      where: { entityId: { in: [source.id, target.id] }, action: { in: ["merge", "mergeInto"] } },
    });
    expect(audit).toHaveLength(2);
    expect(audit.every((a) => (a.after as { inquiries?: number }).inquiries === 1)).toBe(true);
    const own = await db.auditEntry.findFirstOrThrow({ where: { entityId: inquiry.id, action: "update" } });
    expect(own).toMatchObject({
      userId: coordinator.id,
      before: { organizationId: source.id },
      after: { organizationId: target.id },
    });
  });
});
