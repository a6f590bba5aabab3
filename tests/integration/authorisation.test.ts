// The whole authorisation matrix, walked through the real write paths against a real database
// (SQLite here, PostgreSQL in CI): every role, and an anonymous visitor, tries every action on a
// record of its own organisation and on one of another. Refused attempts change nothing. The
// translator's languages (Farsi) come from the database with the account, as on every request;
// translations are tried in Farsi.
import { beforeAll, describe, expect, it } from "vitest";
import { actions, can, canSome, type Action, type Actor } from "@/lib/auth/policy";
import { db } from "@/lib/db";
import type { MutationResult } from "@/lib/mutation/mutate";
import { nestValues, type FormValues } from "@/lib/forms/values";
import { applyImport } from "@/lib/hsds/import/run";
import { createInquiry } from "@/lib/inquiries/create";
import { addInquiryNote } from "@/lib/inquiries/backoffice";
import { resendMail } from "@/lib/mail/outbox";
import { sendFreshnessRequestsNow } from "@/lib/freshness/overview";
import { saveReplyTemplate } from "@/lib/inquiries/reply-templates";
import { AppError } from "@/lib/mutation/mutate";
import { saveNetworkView } from "@/lib/network/saved-views";
import { shareNetworkView } from "@/lib/network/share";
import { createLocation, locationForEditing, updateLocation } from "@/lib/locations/editing";
import { createOffer, offerForEditing, updateOffer } from "@/lib/offers/editing";
import { createOrganisation, organisationForEditing, updateOrganisation } from "@/lib/organisations/editing";
import { mergeOrganisations } from "@/lib/organisations/merge";
import { programmeForEditing, updateProgramme } from "@/lib/programmes/editing";
import { createParticipation, participationForEditing, updateParticipation } from "@/lib/programmes/participations";
import { createRelationship, relationshipForEditing, updateRelationship } from "@/lib/relationships/editing";
import { verifyOffer, verifyOrganisation } from "@/lib/review/due";
import { restoreVersion } from "@/lib/audit/history";
import { createTerm, termForEditing, updateTerm } from "@/lib/taxonomy/editing";
import { createGlossaryEntry } from "@/lib/translations/glossary";
import { machineTranslateChunk } from "@/lib/translations/machine/apply";
import type { TranslationTarget } from "@/lib/translations/status";
import { createUser, userForEditing, updateUser } from "@/lib/users/editing";
import { applyExchange } from "@/lib/translations/exchange/import";
import { sourceHash } from "@/lib/translations/status";
import { userOfSession } from "@/lib/auth/session";
import { startBulkJob } from "@/lib/bulk/queue";
import { markTranslationReviewed, saveTranslation } from "@/lib/translations/editing";
import { translationView } from "@/lib/translations/record";
import type { Session } from "next-auth";
import { seedReferenceAndProgrammes } from "@/tests/support/seed";

type Who = "anonymous" | "admin" | "coordinator" | "editorOwn" | "editorOther" | "translator";
const everyone: Who[] = ["anonymous", "admin", "coordinator", "editorOwn", "editorOther", "translator"];
const allow = (...who: Who[]) => new Set<Who>(who);
const staff = allow("admin", "coordinator");
const ownOrStaff = allow("admin", "coordinator", "editorOwn");
const contentUsers = allow("admin", "coordinator", "editorOwn", "editorOther");
const signedIn = allow("admin", "coordinator", "editorOwn", "editorOther", "translator");

// The expected matrix. "editorOwn" is a partner editor acting on their organisation's record,
// "editorOther" the same editor on another organisation's.
const expected: Record<Action, Set<Who>> = {
  "inquiry.create": allow(...everyone),
  "inquiry.read": staff,
  "inquiry.update": staff,
  "backoffice.enter": signedIn,
  "organisation.create": staff,
  "organisation.update": staff,
  "organisation.verify": staff,
  "organisation.merge": staff,
  "location.create": ownOrStaff,
  "location.update": ownOrStaff,
  "offer.read": ownOrStaff,
  "offer.create": ownOrStaff,
  "offer.update": ownOrStaff,
  "offer.verify": ownOrStaff,
  "programme.update": staff,
  "participation.manage": staff,
  "relationship.manage": staff,
  "taxonomy.manage": staff,
  "user.manage": allow("admin"),
  "audit.read": staff,
  "history.restore": staff,
  "review.read": contentUsers,
  "network.read": staff,
  "report.read": staff,
  "network.views": staff,
  "network.share": staff,
  "network.shared": allow(...everyone),
  "district.update": staff,
  "data.import": staff,
  "data.export": staff,
  "mail.resend": staff,
  "translation.exchange": allow("admin", "coordinator", "translator"),
  "dashboard.read": contentUsers,
  "profile.read": signedIn,
  "translation.read": allow("admin", "coordinator", "translator"),
  "translation.update": allow("admin", "coordinator", "editorOwn", "translator"),
  "translation.machine": ownOrStaff,
  "glossary.manage": staff,
  "bulk.run": contentUsers,
  "freshness.manage": staff,
  "inquiry.template": staff,
};

let ownOrg: string;
let otherOrg: string;
let ownOffer: string;
let otherOffer: string;
let ownLocation: string;
let otherLocation: string;
let programme: string;
let participation: string;
let relationship: string;
let term: string;
let inquiry: string;
let editorUser: string;
let mail: string;
let organisationVersion: string;
let sharedView: string;
const actors = {} as Record<Exclude<Who, "editorOther">, Actor>;

const editorFor = (who: Who): Actor => (who === "editorOther" || who === "editorOwn" ? actors.editorOwn : actors[who]);
/** A saved Farsi translation of the offer the actor's column is about, as the side-by-side form sends it. */
const farsi = async (who: Who) => {
  const view = await translationView("offer", offerFor(who), "fa");
  return { kind: "offer", id: offerFor(who), locale: "fa", version: String(view!.version), texts: { title: `Titel ${who}`, summary: "خلاصه" } };
};
const orgFor = (who: Who) => (who === "editorOther" ? otherOrg : ownOrg);
const offerFor = (who: Who) => (who === "editorOther" ? otherOffer : ownOffer);
const locationFor = (who: Who) => (who === "editorOther" ? otherLocation : ownLocation);

/** An edit form sent back unchanged, as a user saving it would. */
const resend = (found: { record: { id: string; version: number }; values: FormValues } | null) => ({
  ...nestValues(found!.values),
  id: found!.record.id,
  version: String(found!.record.version),
});

let counter = 0;
const fresh = () => `${Date.now().toString(36)}${counter++}`;
const offerInput = (organizationId: string) => ({
  organizationId,
  status: "draft",
  translations: { de: { title: `Angebot ${fresh()}`, summary: "Kurz gesagt." } },
});
const place = { street: "Markt 1", postcode: "52062", city: "Aachen", latitude: "50.7757", longitude: "6.0839", status: "published" };

// One real attempt per action and actor. Read-only actions are decided by the same policy that
// the pages ask, with the resource read from the database.
const attempts: Record<Action, (who: Who) => Promise<MutationResult<unknown> | boolean>> = {
  "inquiry.create": (who) =>
    createInquiry(
      {
        institutionName: `Kita ${fresh()}`,
        institutionType: "kita",
        district: "mitte",
        contactName: "Leitung",
        email: "kita@example.org",
        programmes: ["griffbereit"],
        message: "Wir möchten eine Gruppe anbieten.",
        consent: "on",
      },
      { ip: `198.51.100.${counter++ % 250}`, honeypot: "", actor: editorFor(who) },
    ),
  "inquiry.read": async (who) => canSome(editorFor(who), "inquiry.read"),
  "inquiry.update": (who) => addInquiryNote({ id: inquiry, body: `Notiz ${who}` }, editorFor(who)),
  "backoffice.enter": async (who) => canSome(editorFor(who), "backoffice.enter"),
  "organisation.create": (who) =>
    createOrganisation({ name: `Verein ${fresh()}`, type: "migrant_organisation", status: "published" }, editorFor(who)),
  "organisation.update": async (who) => updateOrganisation(resend(await organisationForEditing(orgFor(who))), editorFor(who)),
  "organisation.verify": (who) => verifyOrganisation({ id: orgFor(who) }, editorFor(who)),
  // Two fresh organisations each time: a merge archives the one merged away.
  "organisation.merge": async (who) => {
    const pair = (n: number) =>
      db.organization.create({ data: { slug: `zwilling-${n}-${fresh()}`, name: `Zwilling ${n}`, type: "migrant_organisation" } });
    const [source, target] = [await pair(1), await pair(2)];
    return mergeOrganisations({ sourceId: source.id, targetId: target.id, sourceVersion: "1", targetVersion: "1" }, editorFor(who));
  },
  "location.create": (who) => createLocation({ ...place, organizationId: orgFor(who) }, editorFor(who)),
  "location.update": async (who) => updateLocation(resend(await locationForEditing(locationFor(who))), editorFor(who)),
  "offer.read": async (who) =>
    can(editorFor(who), "offer.read", { organizationId: (await db.offer.findUniqueOrThrow({ where: { id: offerFor(who) } })).organizationId }),
  "offer.create": (who) => createOffer(offerInput(orgFor(who)), editorFor(who)),
  "offer.update": async (who) => updateOffer(resend(await offerForEditing(offerFor(who))), editorFor(who)),
  "offer.verify": (who) => verifyOffer({ id: offerFor(who) }, editorFor(who)),
  "programme.update": async (who) => updateProgramme(resend(await programmeForEditing(programme)), editorFor(who)),
  "participation.manage": async (who) =>
    who === "coordinator"
      ? createParticipation({ programmeId: programme, organizationId: orgFor(who), role: "partner" }, editorFor(who))
      : updateParticipation(resend(await participationForEditing(participation)), editorFor(who)),
  "relationship.manage": async (who) =>
    who === "coordinator"
      ? createRelationship({ fromId: ownOrg, toId: otherOrg, type: "supports" }, editorFor(who))
      : updateRelationship(resend(await relationshipForEditing(relationship)), editorFor(who)),
  "taxonomy.manage": async (who) =>
    who === "coordinator"
      ? createTerm({ taxonomy: "category", code: `neu-${fresh()}`, translations: { de: { name: "Neu" } } }, editorFor(who))
      : updateTerm(resend(await termForEditing(term)), editorFor(who)),
  "user.manage": async (who) =>
    who === "admin"
      ? createUser({ name: "Neu", email: `${fresh()}@example.org`, role: "coordinator", password: "ein-langes-passwort" }, editorFor(who))
      : updateUser(resend(await userForEditing(editorUser)), editorFor(who)),
  "audit.read": async (who) => canSome(editorFor(who), "audit.read"),
  "history.restore": (who) => restoreVersion({ entryId: organisationVersion }, editorFor(who)),
  "review.read": async (who) => canSome(editorFor(who), "review.read"),
  "network.read": async (who) => canSome(editorFor(who), "network.read"),
  "report.read": async (who) => canSome(editorFor(who), "report.read"),
  "network.views": (who) => saveNetworkView({ name: `Ansicht ${fresh()}`, query: "district=brand" }, editorFor(who)),
  "network.share": (who) => shareNetworkView({ id: sharedView, days: 7 }, editorFor(who)),
  "network.shared": async (who) => can(editorFor(who), "network.shared"),
  "district.update": async (who) => canSome(editorFor(who), "district.update"),
  "data.import": (who) =>
    applyImport(
      {
        name: "angebote.csv",
        text: `external_id,organization_external_id,organization_name,organization_type,title_de,summary_de,status\nimport-${fresh()},import-verein,Importverein,migrant_organisation,Angebot,Kurz gesagt.,draft`,
      },
      editorFor(who),
    ),
  "data.export": async (who) => canSome(editorFor(who), "data.export"),
  "mail.resend": (who) => resendMail({ id: mail }, editorFor(who)),
  "inquiry.template": (who) => saveReplyTemplate({ title: `Vorlage ${fresh()}`, locale: "de", body: "Guten Tag {name}," }, editorFor(who)),
  // Sending is refused before anything is written; whether it sends is tests/integration/freshness.test.ts.
  "freshness.manage": (who) =>
    sendFreshnessRequestsNow(editorFor(who)).then(
      () => true,
      (error: unknown) => (error instanceof AppError ? false : Promise.reject(error)),
    ),
  "translation.exchange": (who) => {
    const hash = sourceHash("offer", { title: "eigenes-angebot", summary: "Test" });
    const line = (field: string) => `offer,${ownOffer},${field},x,${field} ${fresh()},missing,fa,${hash}`;
    const text = `kind,id,field,german,translation,status,language,source_hash\n${line("title")}\n${line("summary")}`;
    return applyExchange({ name: "fa.csv", text }, "fa", editorFor(who));
  },
  "dashboard.read": async (who) => canSome(editorFor(who), "dashboard.read"),
  "profile.read": async (who) => canSome(editorFor(who), "profile.read"),
  "translation.read": async (who) => can(editorFor(who), "translation.read", { locale: "fa" }),
  // Coordinators confirm a translation as it is; the others save one.
  "translation.update": async (who) =>
    who === "coordinator"
      ? markTranslationReviewed({ ...(await farsi(who)), texts: undefined }, editorFor(who))
      : saveTranslation(await farsi(who), editorFor(who)),
  // Each actor translates into a language of its own that no other attempt has written (the
  // translation.update attempts write Farsi), so that every allowed attempt writes a row.
  "translation.machine": async (who) => {
    const locale = ({ anonymous: "uk", admin: "en", coordinator: "ar", editorOwn: "tr", editorOther: "ru", translator: "uk" } as const)[who];
    const translator = { name: "test", translate: async (texts: readonly string[]) => texts.map((t) => `[${locale}] ${t}`) };
    const outcome = await machineTranslateChunk(
      { translator, glossary: [], retranslateReviewed: false, actor: editorFor(who) },
      "offer",
      locale as TranslationTarget,
      [offerFor(who)],
    );
    return outcome.written === 1 ? { ok: true, data: outcome } : { ok: false, fieldErrors: {}, formError: outcome.error ?? "invalid" };
  },
  "glossary.manage": (who) => createGlossaryEntry({ source: `Begriff ${fresh()}`, locale: "*" }, editorFor(who)),
  "bulk.run": async (who) => (await startBulkJob({ list: "review", action: "verify", scope: "filter" }, editorFor(who))).ok,
};

beforeAll(async () => {
  await seedReferenceAndProgrammes();
  ownOrg = (await db.organization.create({ data: { slug: "eigen", name: "Eigener Verein", type: "migrant_organisation" } })).id;
  otherOrg = (await db.organization.create({ data: { slug: "fremd", name: "Fremder Verein", type: "welfare_association" } })).id;
  const location = (organizationId: string) =>
    db.location.create({ data: { organizationId, street: "Markt 1", postcode: "52062", latitude: 50.7757, longitude: 6.0839 } });
  ownLocation = (await location(ownOrg)).id;
  otherLocation = (await location(otherOrg)).id;
  const offer = (organizationId: string, slug: string) =>
    db.offer.create({
      data: {
        organizationId,
        slug,
        translations: {
          create: [
            { locale: "de", title: slug, summary: "Test" },
            { locale: "fa", title: `${slug} (fa)`, summary: "آزمایش", status: "machine" },
          ],
        },
      },
    });
  ownOffer = (await offer(ownOrg, "eigenes-angebot")).id;
  otherOffer = (await offer(otherOrg, "fremdes-angebot")).id;
  programme = (await db.programme.findUniqueOrThrow({ where: { slug: "griffbereit" } })).id;
  participation = (await db.participation.create({ data: { programmeId: programme, organizationId: ownOrg, role: "host_site" } })).id;
  relationship = (await db.relationship.create({ data: { fromId: ownOrg, toId: otherOrg, type: "cooperates_with" } })).id;
  term = (await db.taxonomyTerm.findFirstOrThrow({ where: { taxonomy: "category" } })).id;
  inquiry = (
    await db.inquiry.create({
      data: { institutionName: "Kita", institutionType: "kita", contactName: "L", email: "l@example.org", message: "Hallo", consentAt: new Date() },
    })
  ).id;
  sharedView = (await db.networkSavedView.create({ data: { name: "Für Partner", query: "" } })).id;
  mail = (await db.outboxMessage.create({ data: { kind: "inquiry", to: "ki@example.org", subject: "Neue Anfrage", text: "…", status: "failed", attempts: 6 } })).id;
  // A version of the organisation as its form saved it, for the restore attempts.
  organisationVersion = (
    await db.auditEntry.create({
      data: { action: "update", entityType: "Organization", entityId: ownOrg, after: (await organisationForEditing(ownOrg))!.values },
    })
  ).id;
  const user = (role: "admin" | "coordinator" | "editor", organizationId: string | null = null) =>
    db.user.create({ data: { email: `${role}@example.org`, name: role, role, organizationId } });
  const admin = await user("admin");
  const coordinator = await user("coordinator");
  const editor = await user("editor", ownOrg);
  editorUser = editor.id;
  actors.anonymous = null;
  actors.admin = { id: admin.id, role: "admin", organizationId: null };
  actors.coordinator = { id: coordinator.id, role: "coordinator", organizationId: null };
  actors.editorOwn = { id: editor.id, role: "editor", organizationId: ownOrg };
  const translator = await db.user.create({
    data: { email: "translator@example.org", name: "translator", role: "translator", translatorLanguages: { create: [{ locale: "fa" }] } },
  });
  // As a request sees the account: languages read from the database, not from the cookie.
  actors.translator = await userOfSession({ user: { id: translator.id, sessionVersion: 1 }, expires: "" } as unknown as Session);
});

describe("authorisation matrix on the database", () => {
  it("covers every action the policy knows", () => {
    expect(Object.keys(attempts).sort()).toEqual([...actions].sort());
    expect(Object.keys(expected).sort()).toEqual([...actions].sort());
  });

  for (const action of actions) {
    for (const who of everyone) {
      const allowed = expected[action].has(who);
      it(`${who} ${allowed ? "may" : "may not"} ${action}`, async () => {
        // One entry per save; an import adds one per record it writes (tests/integration/import-audit.test.ts),
        // a merge one on the record that stays (tests/integration/duplicates.test.ts).
        const saves = { where: { action: { notIn: ["importCreate", "importUpdate", "mergeInto"] } } };
        const audits = await db.auditEntry.count(saves);
        const total = await db.auditEntry.count();
        const outcome = await attempts[action](who);
        if (typeof outcome === "boolean") {
          expect(outcome).toBe(allowed);
          return;
        }
        if (allowed) {
          expect(outcome, JSON.stringify(outcome)).toMatchObject({ ok: true });
          expect(await db.auditEntry.count(saves)).toBe(audits + 1);
        } else {
          expect(outcome).toMatchObject({ ok: false, formError: "forbidden" });
          expect(await db.auditEntry.count()).toBe(total);
        }
      });
    }
  }
});
