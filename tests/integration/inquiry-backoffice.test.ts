// Coordinators change inquiries through the one write path: authorised, versioned, audited.
import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/policy";
import { db } from "@/lib/db";
import { addInquiryNote, listInquiries, parseInquiryFilter, updateInquiry } from "@/lib/inquiries/backoffice";

let coordinator: NonNullable<Actor>;
let editor: NonNullable<Actor>;
let inquiryId: string;

beforeAll(async () => {
  const c = await db.user.create({ data: { email: "c@example.org", name: "Koordination", role: "coordinator" } });
  const org = await db.organization.create({ data: { slug: "verein", name: "Verein", type: "migrant_organisation" } });
  const e = await db.user.create({ data: { email: "e@example.org", name: "Redaktion", role: "editor", organizationId: org.id } });
  coordinator = { id: c.id, role: "coordinator", organizationId: null };
  editor = { id: e.id, role: "editor", organizationId: org.id };
  const district = await db.district.create({ data: { code: "haaren", name: "Haaren" } });
  const inquiry = await db.inquiry.create({
    data: {
      institutionName: "Kita Test",
      institutionType: "kita",
      districtId: district.id,
      contactName: "Leitung",
      email: "kita@example.org",
      message: "Bitte melden Sie sich.",
      consentAt: new Date(),
    },
  });
  inquiryId = inquiry.id;
});

describe("inquiries in the back office", () => {
  it("refuses an editor and changes nothing", async () => {
    const result = await updateInquiry({ id: inquiryId, version: 1, status: "done", assigneeId: "" }, editor);
    expect(result).toEqual({ ok: false, fieldErrors: {}, formError: "forbidden" });
    expect((await db.inquiry.findUniqueOrThrow({ where: { id: inquiryId } })).status).toBe("new");
  });

  it("assigns and advances an inquiry, auditing before and after", async () => {
    const result = await updateInquiry({ id: inquiryId, version: "1", status: "in_progress", assigneeId: coordinator.id }, coordinator);
    // The answer is what is stored, so that the form shows it after the save.
    expect(result).toEqual({ ok: true, data: { id: inquiryId, version: 2, values: { status: "in_progress", assigneeId: coordinator.id, organizationId: "" } } });
    const audit = await db.auditEntry.findFirstOrThrow({ where: { entityId: inquiryId, action: "update" } });
    expect(audit).toMatchObject({ userId: coordinator.id, before: { status: "new", assigneeId: "" }, after: { status: "in_progress", assigneeId: coordinator.id } });
    // The entry names the inquiry; what changed is worded from the values in the reader's language.
    expect(audit.summary).toBe("Kita Test");
    expect((await listInquiries({ status: "in_progress", district: "haaren" })).map((i) => i.id)).toEqual([inquiryId]);
  });

  it("lists a coordinator's own inquiries under \"my inquiries\", and the unassigned ones apart", async () => {
    const other = await db.user.create({ data: { email: "c2@example.org", name: "Kollegin", role: "coordinator" } });
    const unassigned = await db.inquiry.create({
      data: { institutionName: "Kita Zwei", institutionType: "kita", contactName: "Leitung", email: "kita2@example.org", message: "Frage", consentAt: new Date() },
    });
    const mine = parseInquiryFilter({ assignee: "me" });
    expect((await listInquiries(mine, coordinator.id)).map((i) => i.id)).toEqual([inquiryId]);
    expect(await listInquiries(mine, other.id)).toEqual([]);
    expect((await listInquiries(parseInquiryFilter({ assignee: "none" }), coordinator.id)).map((i) => i.id)).toEqual([unassigned.id]);
    // Anything else in the address is no filter at all.
    expect(parseInquiryFilter({ assignee: other.id }).assignee).toBeUndefined();
    await db.inquiry.delete({ where: { id: unassigned.id } });
  });

  it("refuses a save based on an old version", async () => {
    const result = await updateInquiry({ id: inquiryId, version: 1, status: "done", assigneeId: "" }, coordinator);
    expect(result).toMatchObject({ ok: false, formError: "conflict", conflict: { version: 2, current: { status: "in_progress", assigneeId: coordinator.id } } });
    expect((await db.inquiry.findUniqueOrThrow({ where: { id: inquiryId } })).status).toBe("in_progress");
  });

  it("keeps internal notes with their author", async () => {
    expect(await addInquiryNote({ id: inquiryId, body: "  " }, coordinator)).toEqual({ ok: false, fieldErrors: { body: ["noteRequired"] } });
    expect((await addInquiryNote({ id: inquiryId, body: "Rückruf vereinbart" }, coordinator)).ok).toBe(true);
    expect(await addInquiryNote({ id: "missing", body: "x" }, coordinator)).toEqual({ ok: false, fieldErrors: {}, formError: "not_found" });
    const notes = await db.inquiryNote.findMany({ where: { inquiryId }, include: { author: true } });
    expect(notes.map((n) => [n.body, n.author?.name])).toEqual([["Rückruf vereinbart", "Koordination"]]);
  });
});
