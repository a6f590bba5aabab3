// Admins manage accounts through the one write path; the audit trail records it without passwords
// and can be read back filtered by person, record and day.
import bcrypt from "bcryptjs";
import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/policy";
import { listAuditEntries } from "@/lib/audit/log";
import { db } from "@/lib/db";
import { createUser, updateUser, userForEditing } from "@/lib/users/editing";

let admin: NonNullable<Actor>;
let coordinator: NonNullable<Actor>;
let editor: NonNullable<Actor>;
let organizationId: string;
let createdId: string;

const password = "richtig-langes-passwort";

beforeAll(async () => {
  const a = await db.user.create({ data: { email: "admin@example.org", name: "Administration", role: "admin" } });
  const c = await db.user.create({ data: { email: "c@example.org", name: "Koordination", role: "coordinator" } });
  const org = await db.organization.create({ data: { slug: "verein", name: "Verein", type: "migrant_organisation" } });
  const e = await db.user.create({
    data: { email: "e@example.org", name: "Redaktion", role: "editor", organizationId: org.id },
  });
  admin = { id: a.id, role: "admin", organizationId: null };
  coordinator = { id: c.id, role: "coordinator", organizationId: null };
  editor = { id: e.id, role: "editor", organizationId: org.id };
  organizationId = org.id;
});

const newEditor = { name: "Neue Redaktion", email: " Neu@Example.org ", role: "editor", organizationId: "", password };

describe("user administration", () => {
  it("refuses coordinators and editors and creates nothing", async () => {
    for (const actor of [coordinator, editor, null]) {
      const result = await createUser({ ...newEditor, organizationId }, actor);
      expect(result).toEqual({ ok: false, fieldErrors: {}, formError: "forbidden" });
    }
    expect(await db.user.count({ where: { email: "neu@example.org" } })).toBe(0);
  });

  it("asks for an organisation for editors and a long enough password", async () => {
    expect(await createUser(newEditor, admin)).toEqual({
      ok: false,
      fieldErrors: { organizationId: ["editorNeedsOrganisation"] },
      formError: "invalid",
    });
    const short = await createUser({ ...newEditor, organizationId, password: "kurz" }, admin);
    expect(short).toMatchObject({ ok: false, fieldErrors: { password: ["passwordTooShort"] } });
    const missing = await createUser({ ...newEditor, organizationId, password: "" }, admin);
    expect(missing).toMatchObject({ ok: false, fieldErrors: { password: ["required"] } });
  });

  it("refuses common, leaked and easily guessed passwords, also ones made of the person's name", async () => {
    for (const weak of ["passwort12345", "123456789012", "qwertzuiop123", "iloveyou1234", "neueredaktion2026"]) {
      const result = await createUser({ ...newEditor, organizationId, password: weak }, admin);
      expect(result, weak).toMatchObject({ ok: false, fieldErrors: { password: ["passwordCommon"] } });
    }
    expect(await db.user.count({ where: { email: "neu@example.org" } })).toBe(0);
  });

  it("lets an admin create an editor, keeping only a hash of the password and none in the audit", async () => {
    const result = await createUser({ ...newEditor, organizationId }, admin);
    expect(result).toMatchObject({ ok: true, data: { version: 1 } });
    if (!result.ok) return;
    createdId = result.data.id;
    const stored = await db.user.findUniqueOrThrow({ where: { id: createdId } });
    expect(stored).toMatchObject({ email: "neu@example.org", role: "editor", organizationId, active: true });
    expect(stored.passwordHash).not.toContain(password);
    expect(await bcrypt.compare(password, stored.passwordHash!)).toBe(true);
    const audit = await db.auditEntry.findFirstOrThrow({ where: { entityType: "User", entityId: createdId } });
    expect(audit).toMatchObject({
      userId: admin.id,
      action: "create",
      after: { email: "neu@example.org", role: "editor" },
    });
    const text = JSON.stringify(audit);
    expect(text).not.toContain(stored.passwordHash!);
    expect(text).not.toContain(password);
    expect(text).not.toMatch(/\$2[aby]\$/);
  });

  it("reports a taken e-mail address on the field", async () => {
    const again = await createUser({ ...newEditor, email: "NEU@example.org", organizationId }, admin);
    expect(again).toEqual({ ok: false, fieldErrors: { email: ["duplicate"] }, formError: "invalid" });
    const found = await userForEditing(createdId);
    const taken = await updateUser(
      { ...found!.values, id: createdId, version: 1, email: "c@example.org", active: "on" },
      admin,
    );
    expect(taken).toEqual({ ok: false, fieldErrors: { email: ["duplicate"] }, formError: "invalid" });
  });

  it("changes the password only when a new one is given, without auditing it", async () => {
    const { values } = (await userForEditing(createdId))!;
    const before = (await db.user.findUniqueOrThrow({ where: { id: createdId } })).passwordHash;
    const renamed = await updateUser(
      { ...values, id: createdId, version: 1, name: "Redaktion Verein", password: "" },
      admin,
    );
    // The answer is the account as stored (never a password), which the form then shows.
    expect(renamed).toEqual({ ok: true, data: { id: createdId, version: 2, values: (await userForEditing(createdId))!.values } });
    expect((await db.user.findUniqueOrThrow({ where: { id: createdId } })).passwordHash).toBe(before);
    const short = await updateUser({ ...values, id: createdId, version: 2, password: "zu-kurz" }, admin);
    expect(short).toMatchObject({ ok: false, fieldErrors: { password: ["passwordTooShort"] } });

    const changed = await updateUser(
      { ...values, id: createdId, version: 2, name: "Redaktion Verein", password: "ein-anderes-passwort" },
      admin,
    );
    expect(changed).toMatchObject({ ok: true, data: { version: 3 } });
    const stored = await db.user.findUniqueOrThrow({ where: { id: createdId } });
    expect(await bcrypt.compare("ein-anderes-passwort", stored.passwordHash!)).toBe(true);
    const entries = await db.auditEntry.findMany({ where: { entityId: createdId, action: "update" } });
    expect(entries).toHaveLength(2);
    expect(JSON.stringify(entries)).not.toMatch(/\$2[aby]\$|ein-anderes-passwort/);
  });

  it("refuses a save based on an old version and tells what is saved now", async () => {
    const { values } = (await userForEditing(createdId))!;
    const result = await updateUser({ ...values, id: createdId, version: 1, name: "Alt" }, admin);
    expect(result).toMatchObject({
      ok: false,
      formError: "conflict",
      conflict: { version: 3, current: { name: "Redaktion Verein" } },
    });
    expect((await db.user.findUniqueOrThrow({ where: { id: createdId } })).name).toBe("Redaktion Verein");
  });

  it("deactivates rather than deletes, and only admins may", async () => {
    const { values } = (await userForEditing(createdId))!;
    const refused = await updateUser({ ...values, id: createdId, version: 3, active: "" }, coordinator);
    expect(refused).toEqual({ ok: false, fieldErrors: {}, formError: "forbidden" });
    // An unchecked box sends nothing at all.
    const rest = Object.fromEntries(Object.entries(values).filter(([name]) => name !== "active"));
    expect(await updateUser({ ...rest, id: createdId, version: 3 }, admin)).toMatchObject({
      ok: true,
      data: { version: 4 },
    });
    expect(await db.user.findUniqueOrThrow({ where: { id: createdId } })).toMatchObject({ active: false });
  });

  it("keeps the last active admin, and no admin demotes or deactivates themselves", async () => {
    const own = (await userForEditing(admin.id))!;
    const demote = await updateUser(
      { ...own.values, id: admin.id, version: own.record.version, role: "coordinator" },
      admin,
    );
    expect(demote).toEqual({ ok: false, fieldErrors: { role: ["lastAdmin"] }, formError: "invalid" });
    const deactivate = await updateUser(
      { ...own.values, id: admin.id, version: own.record.version, active: "" },
      admin,
    );
    expect(deactivate).toEqual({ ok: false, fieldErrors: { active: ["lastAdmin"] }, formError: "invalid" });

    // With a second admin there is one left, but still not by one's own hand.
    const second = await db.user.create({
      data: { email: "admin2@example.org", name: "Zweite Administration", role: "admin" },
    });
    const self = await updateUser(
      { ...own.values, id: admin.id, version: own.record.version, role: "editor", organizationId },
      admin,
    );
    expect(self).toEqual({ ok: false, fieldErrors: { role: ["notYourself"] }, formError: "invalid" });
    expect(await db.user.findUniqueOrThrow({ where: { id: admin.id } })).toMatchObject({ role: "admin", active: true });

    const other = (await userForEditing(second.id))!;
    expect(await updateUser({ ...other.values, id: second.id, version: 1, role: "coordinator" }, admin)).toMatchObject({
      ok: true,
    });
  });
});

describe("the audit trail", () => {
  it("filters by person, by record and by day in Aachen, newest first", async () => {
    const org = await db.organization.findUniqueOrThrow({ where: { id: organizationId } });
    // Half past midnight on 15 January in Aachen is still the 14th in UTC: it counts for the 15th.
    await db.auditEntry.createMany({
      data: [
        {
          userId: coordinator.id,
          action: "update",
          entityType: "Organization",
          entityId: org.id,
          summary: "Verein",
          createdAt: new Date("2025-01-14T23:30:00Z"),
          before: { name: "Alt" },
          after: { name: "Verein" },
        },
        {
          userId: coordinator.id,
          action: "verify",
          entityType: "Organization",
          entityId: org.id,
          summary: "Verein",
          createdAt: new Date("2025-01-13T10:00:00Z"),
        },
        {
          userId: null,
          action: "create",
          entityType: "Inquiry",
          entityId: "inquiry-1",
          createdAt: new Date("2025-01-15T09:00:00Z"),
        },
      ],
    });

    const byCoordinator = await listAuditEntries({ userId: coordinator.id });
    expect(byCoordinator.entries.map((e) => e.action)).toEqual(["update", "verify"]);
    expect(byCoordinator.entries[0]).toMatchObject({
      user: { name: "Koordination" },
      changes: [{ field: "name", before: "Alt", after: "Verein" }],
    });

    const account = await listAuditEntries({ entityType: "User", entityId: createdId });
    expect(account.entries.map((e) => e.action)).toEqual(["update", "update", "update", "create"]);
    expect(account.entries.every((e) => e.user?.name === "Administration")).toBe(true);

    const fifteenth = await listAuditEntries({ from: "2025-01-15", to: "2025-01-15" });
    expect(fifteenth.entries.map((e) => [e.entityType, e.action])).toEqual([
      ["Inquiry", "create"],
      ["Organization", "update"],
    ]);
    expect((await listAuditEntries({ to: "2025-01-14" })).entries.map((e) => e.action)).toEqual(["verify"]);
    expect((await listAuditEntries({ from: "2025-01-16", to: "2025-12-31" })).total).toBe(0);
  });

  it("pages by fifty, keeping the last page in range", async () => {
    await db.auditEntry.createMany({
      data: Array.from({ length: 60 }, (_, i) => ({
        action: "update",
        entityType: "Offer",
        entityId: `offer-${i}`,
        createdAt: new Date(Date.UTC(2024, 5, 1, 0, i)),
      })),
    });
    const first = await listAuditEntries({ entityType: "Offer" });
    expect(first).toMatchObject({ total: 60, page: 1, pageCount: 2 });
    expect(first.entries).toHaveLength(50);
    expect(first.entries[0]!.entityId).toBe("offer-59");
    const beyond = await listAuditEntries({ entityType: "Offer", page: 9 });
    expect(beyond).toMatchObject({ page: 2 });
    expect(beyond.entries.map((e) => e.entityId)).toEqual(Array.from({ length: 10 }, (_, i) => `offer-${9 - i}`));
  });

  it("gives translators the languages an admin chooses, asks for one, and keeps none for other roles", async () => {
    const translator = { name: "Übersetzung", email: "uebersetzung@example.org", role: "translator", password };
    expect(await createUser(translator, admin)).toMatchObject({ ok: false, fieldErrors: { languages: ["translatorNeedsLanguage"] } });
    expect(await createUser({ ...translator, languages: ["fa", "de"] }, admin)).toMatchObject({
      ok: false,
      fieldErrors: { languages: ["unknownChoice"] },
    });
    const created = await createUser({ ...translator, languages: ["fa", "ar"] }, admin);
    expect(created).toMatchObject({ ok: true });
    if (!created.ok) return;
    const found = (await userForEditing(created.data.id))!;
    expect(found.values.languages).toEqual(["ar", "fa"]);

    const asEditor = await updateUser(
      { ...found.values, role: "editor", organizationId, languages: ["tr"], id: created.data.id, version: String(found.record.version) },
      admin,
    );
    expect(asEditor).toMatchObject({ ok: true });
    expect(await db.translatorLanguage.count({ where: { userId: created.data.id } })).toBe(0);
  });
});
