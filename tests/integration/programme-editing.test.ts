// Coordinators keep programmes and their participations current through the one write path:
// authorised, versioned, audited.
import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/policy";
import { db } from "@/lib/db";
import { listProgrammesForAdmin, programmeForEditing, updateProgramme } from "@/lib/programmes/editing";
import {
  createParticipation,
  deleteParticipation,
  listParticipations,
  updateParticipation,
} from "@/lib/programmes/participations";

let coordinator: NonNullable<Actor>;
let editor: NonNullable<Actor>;
let parentId: string;
let programmeId: string;
let kitaId: string;
let kitaLocationId: string;
let otherLocationId: string;

const germanTexts = {
  name: "Griffbereit",
  summary: "Eltern und Kleinkinder spielen und lernen gemeinsam.",
  description: "Wöchentliche Gruppen für Eltern mit Kindern bis drei Jahre.",
  targetGroup: "Familien mit Kindern von einem bis drei Jahren.",
};

/** The form as submitted: flat values nested, as server actions pass them on. */
const programmeInput = (version: number | string, de: Partial<typeof germanTexts> & Record<string, string> = {}) => ({
  id: programmeId,
  version: String(version),
  parentId: parentId,
  contactOrgId: "",
  contactEmail: "griffbereit@example.org",
  contactPhone: "",
  website: "",
  sortOrder: "2",
  status: "published",
  hostTypes: ["kita", "family_centre"],
  translations: { de: { ...germanTexts, ...de }, en: { name: "", summary: "", description: "", targetGroup: "" } },
});

beforeAll(async () => {
  const c = await db.user.create({ data: { email: "c@example.org", name: "Koordination", role: "coordinator" } });
  const kita = await db.organization.create({ data: { slug: "kita-sonne", name: "Kita Sonne", type: "kita" } });
  const other = await db.organization.create({
    data: { slug: "familienzentrum", name: "Familienzentrum", type: "family_centre" },
  });
  const e = await db.user.create({
    data: { email: "e@example.org", name: "Redaktion", role: "editor", organizationId: kita.id },
  });
  coordinator = { id: c.id, role: "coordinator", organizationId: null };
  editor = { id: e.id, role: "editor", organizationId: kita.id };
  kitaId = kita.id;
  const place = { city: "Aachen", latitude: 50.77, longitude: 6.08 };
  kitaLocationId = (
    await db.location.create({ data: { organizationId: kita.id, street: "Sonnenweg 1", postcode: "52062", ...place } })
  ).id;
  otherLocationId = (
    await db.location.create({ data: { organizationId: other.id, street: "Mondweg 2", postcode: "52064", ...place } })
  ).id;
  const parent = await db.programme.create({
    data: { slug: "ifkuf", translations: { create: { locale: "de", ...germanTexts, name: "IfKuF" } } },
  });
  parentId = parent.id;
  const programme = await db.programme.create({
    data: {
      slug: "griffbereit",
      translations: { create: { locale: "de", ...germanTexts, name: "Griffbereit alt" } },
      hostTypes: { create: [{ type: "kita" }] },
    },
  });
  programmeId = programme.id;
});

describe("programmes in the back office", () => {
  it("refuses an editor and changes nothing", async () => {
    const result = await updateProgramme(programmeInput(1), editor);
    expect(result).toEqual({ ok: false, fieldErrors: {}, formError: "forbidden" });
    const found = await programmeForEditing(programmeId);
    expect(found?.record).toMatchObject({ version: 1, name: "Griffbereit alt", parentId: null });
  });

  it("saves texts, parent and host types, auditing before and after", async () => {
    const result = await updateProgramme(programmeInput(1), coordinator);
    expect(result).toEqual({ ok: true, data: { id: programmeId, version: 2, values: (await programmeForEditing(programmeId))!.values } });
    const audit = await db.auditEntry.findFirstOrThrow({ where: { entityId: programmeId, action: "update" } });
    expect(audit).toMatchObject({
      userId: coordinator.id,
      entityType: "Programme",
      summary: "Griffbereit",
      before: { "translations.de.name": "Griffbereit alt", parentId: "", hostTypes: ["kita"] },
      after: {
        "translations.de.name": "Griffbereit",
        parentId,
        hostTypes: ["family_centre", "kita"],
        contactEmail: "griffbereit@example.org",
      },
    });
    const rows = await listProgrammesForAdmin();
    expect(rows.find((r) => r.id === programmeId)).toMatchObject({
      name: "Griffbereit",
      parent: { id: parentId, name: "IfKuF" },
    });
  });

  it("refuses a save based on an old version and returns the saved values", async () => {
    const result = await updateProgramme(programmeInput(1, { name: "Überholt" }), coordinator);
    expect(result).toMatchObject({
      ok: false,
      formError: "conflict",
      conflict: { version: 2, current: { "translations.de.name": "Griffbereit", parentId, sortOrder: "2" } },
    });
    expect((await programmeForEditing(programmeId))?.record.name).toBe("Griffbereit");
  });

  it("requires the German texts and refuses a loop", async () => {
    const missing = await updateProgramme(programmeInput(2, { targetGroup: "" }), coordinator);
    expect(missing).toMatchObject({ ok: false, fieldErrors: { "translations.de.targetGroup": ["required"] } });
    const loop = await updateProgramme({ ...programmeInput(1), id: parentId, parentId: programmeId }, coordinator);
    expect(loop).toMatchObject({ ok: false, fieldErrors: { parentId: ["programmeLoop"] } });
  });
});

describe("participations", () => {
  const participation = (fields: Record<string, unknown> = {}) => ({
    programmeId,
    organizationId: kitaId,
    locationId: kitaLocationId,
    role: "host_site",
    groups: "2",
    since: "2024-09-01",
    until: "",
    languages: ["de", "tr"],
    note: "",
    schedules: [{ weekday: "2", opensAt: "09:00", closesAt: "10:30", interval: "1", note: "" }],
    ...fields,
  });

  it("refuses another organisation's location and dates in the wrong order", async () => {
    expect(await createParticipation(participation({ locationId: otherLocationId }), coordinator)).toEqual({
      ok: false,
      fieldErrors: { locationId: ["foreignLocation"] },
      formError: "invalid",
    });
    expect(await createParticipation(participation({ until: "2024-01-01" }), coordinator)).toMatchObject({
      ok: false,
      fieldErrors: { until: ["untilBeforeFrom"] },
    });
    expect(await createParticipation(participation(), editor)).toEqual({
      ok: false,
      fieldErrors: {},
      formError: "forbidden",
    });
    expect(await db.participation.count()).toBe(0);
  });

  it("creates, updates and deletes a participation, auditing each step", async () => {
    const created = await createParticipation(participation(), coordinator);
    if (!created.ok) throw new Error(JSON.stringify(created));
    const id = created.data.id;
    expect(await listParticipations(programmeId)).toMatchObject([
      { id, role: "host_site", groups: 2, languages: ["de", "tr"], location: { street: "Sonnenweg 1" }, ended: false },
    ]);
    expect(await db.schedule.count({ where: { participationId: id } })).toBe(1);

    const updated = await updateParticipation(
      { ...participation({ groups: "3", schedules: [] }), id, version: "1" },
      coordinator,
    );
    expect(updated).toMatchObject({ ok: true, data: { id, version: 2, programmeId } });
    const stale = await updateParticipation({ ...participation(), id, version: "1" }, coordinator);
    expect(stale).toMatchObject({
      ok: false,
      formError: "conflict",
      conflict: { version: 2, current: { groups: "3" } },
    });

    expect(await deleteParticipation({ id, version: 1 }, coordinator)).toMatchObject({
      ok: false,
      formError: "conflict",
    });
    expect(await deleteParticipation({ id, version: 2 }, editor)).toEqual({
      ok: false,
      fieldErrors: {},
      formError: "forbidden",
    });
    expect(await deleteParticipation({ id, version: 2 }, coordinator)).toEqual({ ok: true, data: { id, programmeId } });
    expect(await db.participation.findUnique({ where: { id } })).toBeNull();
    expect(await db.schedule.count({ where: { participationId: id } })).toBe(0);
    const audit = await db.auditEntry.findMany({ where: { entityId: id }, orderBy: { createdAt: "asc" } });
    expect(audit.map((a) => a.action)).toEqual(["create", "update", "delete"]);
    expect(audit[2]).toMatchObject({
      userId: coordinator.id,
      entityType: "Participation",
      summary: "Kita Sonne – Griffbereit",
      before: {
        organizationId: kitaId,
        locationId: kitaLocationId,
        groups: "3",
        since: "2024-09-01",
        languages: ["de", "tr"],
      },
      after: null,
    });
  });
});
