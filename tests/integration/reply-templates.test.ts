// Coordinators answer inquiries from templates they keep: placeholders filled from the inquiry,
// the reply mailed to the asker through the outbox and kept as a note, every change audited.
import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/policy";
import { db } from "@/lib/db";
import { deleteReplyTemplate, listReplyTemplates, replyDraft, saveReplyTemplate, sendInquiryReply } from "@/lib/inquiries/reply-templates";

let coordinator: NonNullable<Actor>;
let editor: NonNullable<Actor>;
let inquiryId: string;

beforeAll(async () => {
  const c = await db.user.create({ data: { email: "k@example.org", name: "Koordination", role: "coordinator" } });
  const org = await db.organization.create({ data: { slug: "verein", name: "Verein", type: "migrant_organisation" } });
  const e = await db.user.create({ data: { email: "r@example.org", name: "Redaktion", role: "editor", organizationId: org.id } });
  coordinator = { id: c.id, role: "coordinator", organizationId: null };
  editor = { id: e.id, role: "editor", organizationId: org.id };
  const district = await db.district.create({ data: { code: "brand", name: "Brand" } });
  const programme = await db.programme.create({
    data: {
      slug: "griffbereit",
      translations: { create: { locale: "de", name: "Griffbereit", summary: "-", description: "-", targetGroup: "-" } },
    },
  });
  inquiryId = (
    await db.inquiry.create({
      data: {
        institutionName: "Kita Regenbogen",
        institutionType: "kita",
        districtId: district.id,
        contactName: "Frau Demir",
        email: "leitung@regenbogen.example",
        message: "Wir möchten eine Gruppe anbieten.",
        consentAt: new Date(),
        programmes: { connect: [{ id: programme.id }] },
      },
    })
  ).id;
});

describe("reply templates for inquiries", () => {
  it("are kept by coordinators only, each change audited", async () => {
    expect(await saveReplyTemplate({ title: "Zusage", locale: "de", body: "x" }, editor)).toMatchObject({ ok: false, formError: "forbidden" });
    expect(await saveReplyTemplate({ title: " ", locale: "de", body: "" }, coordinator)).toMatchObject({
      ok: false,
      fieldErrors: { title: ["titleRequired"], body: ["bodyRequired"] },
    });
    const created = await saveReplyTemplate(
      { title: "Erste Antwort", locale: "de", body: "Guten Tag {name},\ndanke für die Anfrage der {institution} in {district} zu {programmes}." },
      coordinator,
    );
    expect(created.ok).toBe(true);
    const id = created.ok ? created.data.id : "";
    const changed = await saveReplyTemplate({ id, title: "Erste Antwort", locale: "en", body: "Dear {name}," }, coordinator);
    expect(changed.ok).toBe(true);
    expect(await listReplyTemplates()).toEqual([{ id, title: "Erste Antwort", locale: "en", body: "Dear {name}," }]);
    expect((await db.auditEntry.findMany({ where: { entityId: id }, orderBy: { createdAt: "asc" } })).map((a) => a.action)).toEqual(["create", "update"]);
    expect((await deleteReplyTemplate({ id }, coordinator)).ok).toBe(true);
    expect(await listReplyTemplates()).toEqual([]);
  });

  it("fill a template with the asker's name, institution, district and programme", async () => {
    const created = await saveReplyTemplate(
      { title: "Zusage", locale: "de", body: "Guten Tag {name},\ndie {institution} in {district} kann mit {programmes} beginnen." },
      coordinator,
    );
    const id = created.ok ? created.data.id : "";
    expect(await replyDraft(inquiryId, id)).toBe("Guten Tag Frau Demir,\ndie Kita Regenbogen in Brand kann mit Griffbereit beginnen.");
    expect(await replyDraft(inquiryId, "no-such-template")).toBe("");
  });

  it("send the reply to the asker through the outbox and keep it as a note", async () => {
    expect(await sendInquiryReply({ id: inquiryId, body: "  " }, coordinator)).toMatchObject({ ok: false, fieldErrors: { body: ["replyRequired"] } });
    expect(await sendInquiryReply({ id: inquiryId, body: "Hallo" }, editor)).toMatchObject({ ok: false, formError: "forbidden" });
    expect(await db.outboxMessage.count()).toBe(0);

    expect((await sendInquiryReply({ id: inquiryId, body: "Guten Tag Frau Demir, gern." }, coordinator)).ok).toBe(true);
    const [mail] = await db.outboxMessage.findMany();
    expect(mail).toMatchObject({ kind: "inquiry-reply", relatedId: inquiryId, to: "leitung@regenbogen.example", text: "Guten Tag Frau Demir, gern." });
    const [note] = await db.inquiryNote.findMany({ where: { inquiryId } });
    expect(note?.body).toContain("Guten Tag Frau Demir, gern.");
    expect(note?.authorId).toBe(coordinator.id);
    expect(await db.auditEntry.count({ where: { entityId: inquiryId, action: "reply" } })).toBe(1);
  });
});
