import "server-only";
// Writes an import plan inside the caller's transaction. New records go in as multi-row INSERTs and
// changed ones are rewritten part by part, so that ten thousand rows take seconds, not minutes.
// Every offer that was created or changed, or whose provider was renamed, is reindexed here too.
import { organisationNameKeys } from "../../duplicates/normalise";
import type { DbKind, DbTransaction as Tx } from "../../db/client";
import { chunked, inChunks, loadInChunks } from "../../db/chunks";
import { insertRows } from "../../db/insert-rows";
import { uniqueSlug } from "../../forms/slug";
import { locateInAachen } from "../../geo/districts";
import { locales } from "../../i18n/locales";
import { reindexOffers } from "../../search/indexer";
import type { ImportSlot } from "./model";
import type { ImportPlan, LocationPlan, OfferPlan, OrganisationPlan } from "./plan";
import { germanMeta, stampTranslations } from "../../translations/stamp";


export type Written = { offerIds: string[] };

type Progress = (phase: "writing" | "indexing", done: number, total: number) => void;

const changing = (plans: ReadonlyArray<{ action: string }>) => plans.filter((p) => p.action !== "unchanged").length;

export async function writePlan(tx: Tx, kind: DbKind, plan: ImportPlan, progress?: Progress): Promise<Written> {
  const now = new Date();
  const stages = [changing(plan.organisations), changing(plan.locations), changing(plan.offers)] as const;
  const total = stages[0] + stages[1] + stages[2];
  progress?.("writing", 0, total);
  await writeOrganisations(tx, plan.organisations, now);
  progress?.("writing", stages[0], total);
  await writeLocations(tx, plan.locations, now);
  progress?.("writing", stages[0] + stages[1], total);
  await writeOffers(tx, plan.offers, now);
  progress?.("writing", total, total);

  // A provider's name is part of its offers' search documents.
  const renamed = plan.organisations
    .filter((o) => o.existing && o.input.name !== undefined && o.input.name !== o.existing.name)
    .map((o) => o.id);
  const others = (
    await loadInChunks(renamed, (chunk) =>
      tx.offer.findMany({ where: { organizationId: { in: chunk } }, select: { id: true } }),
    )
  ).map((o) => o.id);
  const offerIds = [...new Set([...plan.offers.filter((o) => o.action !== "unchanged").map((o) => o.id), ...others])];
  let indexed = 0;
  for (const batch of chunked(offerIds)) {
    progress?.("indexing", indexed, offerIds.length);
    await reindexOffers(tx, kind, batch);
    indexed += batch.length;
  }
  progress?.("indexing", indexed, offerIds.length);
  return { offerIds };
}

/** A slug picker that knows every slug already taken, so that a thousand new records need one query. */
function slugPicker(taken: Set<string>) {
  return (text: string) => uniqueSlug(text, async (slug) => taken.has(slug)).then((slug) => (taken.add(slug), slug));
}

async function writeOrganisations(tx: Tx, plans: OrganisationPlan[], now: Date) {
  const created = plans.filter((p) => p.action === "create");
  if (created.length) {
    const slug = slugPicker(new Set((await tx.organization.findMany({ select: { slug: true } })).map((o) => o.slug)));
    const rows = [];
    for (const { id, input } of created)
      rows.push({
        id,
        slug: await slug(input.name!),
        name: input.name!,
        ...organisationNameKeys(input.name!),
        shortName: input.shortName ?? null,
        type: (input.type ?? input.defaultType)!,
        email: input.email ?? null,
        phone: input.phone ?? null,
        website: input.website ?? null,
        status: "published",
        externalId: input.externalId,
        lastVerifiedAt: now,
        version: 1,
        createdAt: now,
        updatedAt: now,
      });
    await insertRows(tx, "Organization", rows);
    await insertRows(
      tx,
      "OrganizationTranslation",
      created.flatMap(({ id, input }) =>
        input.description
          ? [{ organizationId: id, locale: "de", description: input.description, ...germanMeta("organisation", { description: input.description }) }]
          : [],
      ),
    );
  }
  // Parents are set once every organisation of the file exists, whatever the order they came in.
  for (const plan of plans) {
    if (plan.action === "unchanged") continue;
    const { input } = plan;
    if (plan.action === "create") {
      if (plan.parentId) await tx.organization.update({ where: { id: plan.id }, data: { parentId: plan.parentId } });
      continue;
    }
    await tx.organization.update({
      where: { id: plan.id },
      data: {
        name: input.name,
        ...(input.name ? organisationNameKeys(input.name) : {}),
        shortName: input.shortName,
        type: input.type,
        email: input.email,
        phone: input.phone,
        website: input.website,
        parentId: plan.parentId,
        version: { increment: 1 },
      },
    });
    if (input.description !== undefined) {
      await tx.organizationTranslation.deleteMany({ where: { organizationId: plan.id, locale: "de" } });
      if (input.description)
        await tx.organizationTranslation.create({
          data: { organizationId: plan.id, locale: "de", description: input.description, ...germanMeta("organisation", { description: input.description }) },
        });
    }
  }
}

async function writeLocations(tx: Tx, plans: LocationPlan[], now: Date) {
  if (!plans.some((p) => p.action !== "unchanged")) return;
  const districtIds = new Map(
    (await tx.district.findMany({ select: { id: true, code: true } })).map((d) => [d.code, d.id]),
  );
  const statistical = new Set((await tx.statisticalDistrict.findMany({ select: { code: true } })).map((s) => s.code));
  // The district follows from the pin, as when a location is saved in the back office.
  const placeOf = (latitude: number, longitude: number) => {
    const place = locateInAachen(latitude, longitude);
    return {
      districtId: place ? (districtIds.get(place.district) ?? null) : null,
      statisticalDistrictId: place && statistical.has(place.code) ? place.code : null,
    };
  };
  const fields = (plan: LocationPlan) => ({
    organizationId: plan.organizationId,
    street: plan.input.street,
    postcode: plan.input.postcode,
    city: plan.input.city,
    latitude: plan.input.latitude,
    longitude: plan.input.longitude,
    ...(plan.input.wheelchairAccessible !== undefined ? { wheelchairAccessible: plan.input.wheelchairAccessible } : {}),
    ...placeOf(plan.input.latitude, plan.input.longitude),
  });
  const created = plans.filter((p) => p.action === "create");
  await insertRows(
    tx,
    "Location",
    created.map((p) => ({
      id: p.id,
      ...fields(p),
      wheelchairAccessible: p.input.wheelchairAccessible ?? null,
      name: p.input.name ?? null,
      status: "published",
      version: 1,
      externalId: p.input.externalId,
      createdAt: now,
      updatedAt: now,
    })),
  );
  const noted = created.filter((p) => p.input.accessibilityNote);
  await insertRows(
    tx,
    "LocationTranslation",
    noted.map((p) => ({ locationId: p.id, locale: "de", accessibilityNote: p.input.accessibilityNote! })),
  );
  for (const plan of plans.filter((p) => p.action === "update")) {
    await tx.location.update({
      where: { id: plan.id },
      data: { ...fields(plan), name: plan.input.name, version: { increment: 1 } },
    });
    const note = plan.input.accessibilityNote;
    if (note === undefined) continue;
    await tx.locationTranslation.deleteMany({ where: { locationId: plan.id, locale: "de" } });
    if (note)
      await tx.locationTranslation.create({ data: { locationId: plan.id, locale: "de", accessibilityNote: note } });
  }
}

const scheduleRow = (slot: ImportSlot, owner: { offerId: string } | { offerLocationId: string }) => ({
  id: crypto.randomUUID(),
  offerId: "offerId" in owner ? owner.offerId : null,
  offerLocationId: "offerLocationId" in owner ? owner.offerLocationId : null,
  weekday: slot.weekday,
  opensAt: slot.opensAt,
  closesAt: slot.closesAt,
  interval: slot.interval,
  validFrom: slot.validFrom ?? null,
  validUntil: slot.validUntil ?? null,
  note: slot.note ?? null,
});

const texts = ["description", "eligibility", "howToJoin", "costNote", "easyRead"] as const;

/**
 * The offer's texts after the import: what the file gives over what is there. A translation the
 * file changes or adds counts as made by a person from the German beside it; one it leaves as it
 * was keeps its status, so that new German text alone makes it outdated.
 */
function translationRows(plan: OfferPlan, now: Date) {
  const rows = textRows(plan);
  const meta = stampTranslations(
    "offer",
    Object.fromEntries(rows.map((row) => [row.locale, row])),
    plan.existing?.translations ?? [],
    now,
  );
  return rows.map((row) => ({ ...row, ...meta[row.locale!] }));
}

function textRows(plan: OfferPlan) {
  const current = new Map(plan.existing?.translations.map((t) => [t.locale, t]) ?? []);
  return locales.flatMap((locale) => {
    const wanted = plan.input.translations[locale];
    const now = current.get(locale);
    if (wanted === null || (wanted === undefined && !now)) return [];
    const row: Record<string, string | null> & { locale: string } = {
      offerId: plan.id,
      locale,
      title: wanted?.title ?? now!.title,
      summary: wanted?.summary ?? now!.summary,
    };
    for (const text of texts) {
      const given = wanted ? (wanted as Record<string, string | null | undefined>)[text] : undefined;
      row[text] = given !== undefined ? given : (now?.[text] ?? null);
    }
    return [row];
  });
}

async function writeOffers(tx: Tx, plans: OfferPlan[], now: Date) {
  const created = plans.filter((p) => p.action === "create");
  const updated = plans.filter((p) => p.action === "update");
  if (created.length) {
    const slug = slugPicker(new Set((await tx.offer.findMany({ select: { slug: true } })).map((o) => o.slug)));
    const rows = [];
    for (const plan of created) {
      const { input } = plan;
      rows.push({
        id: plan.id,
        slug: await slug(input.translations.de?.title ?? "angebot"),
        organizationId: plan.organizationId,
        programmeId: plan.programmeId ?? null,
        status: input.status ?? "draft",
        free: input.free ?? true,
        registrationRequired: input.registrationRequired ?? false,
        minAge: input.minAge ?? null,
        maxAge: input.maxAge ?? null,
        email: input.email ?? null,
        phone: input.phone ?? null,
        website: input.website ?? null,
        externalId: input.externalId,
        lastVerifiedAt: now,
        version: 1,
        createdAt: now,
        updatedAt: now,
      });
    }
    await insertRows(tx, "Offer", rows);
  }

  for (const plan of updated) {
    const { input } = plan;
    await tx.offer.update({
      where: { id: plan.id },
      data: {
        organizationId: plan.organizationId,
        programmeId: plan.programmeId,
        status: input.status,
        free: input.free,
        registrationRequired: input.registrationRequired,
        minAge: input.minAge,
        maxAge: input.maxAge,
        email: input.email,
        phone: input.phone,
        website: input.website,
        version: { increment: 1 },
      },
    });
  }

  // Each part is rewritten only where it changed, so that what the file leaves out stays as it is.
  const rewrite = (part: "translations" | "terms" | "languages" | "schedules") => [
    ...created,
    ...updated.filter((p) => p.changed.has(part)),
  ];
  const ids = (list: OfferPlan[]) => list.filter((p) => p.action === "update").map((p) => p.id);

  const translated = rewrite("translations");
  await inChunks(ids(translated), (batch) => tx.offerTranslation.deleteMany({ where: { offerId: { in: batch } } }));
  await insertRows(tx, "OfferTranslation", translated.flatMap((plan) => translationRows(plan, now)));

  const termed = rewrite("terms");
  await inChunks(ids(termed), (batch) => tx.offerTerm.deleteMany({ where: { offerId: { in: batch } } }));
  await insertRows(
    tx,
    "OfferTerm",
    termed.flatMap((p) => (p.termIdsAfter ?? []).map((termId) => ({ offerId: p.id, termId }))),
  );

  const spoken = rewrite("languages");
  await inChunks(ids(spoken), (batch) => tx.offerLanguage.deleteMany({ where: { offerId: { in: batch } } }));
  await insertRows(
    tx,
    "OfferLanguage",
    spoken.flatMap((p) => (p.input.languages ?? []).map((code) => ({ offerId: p.id, code }))),
  );

  const timed = rewrite("schedules");
  await inChunks(ids(timed), (batch) =>
    tx.schedule.deleteMany({ where: { offerId: { in: batch }, offerLocationId: null } }),
  );
  await insertRows(
    tx,
    "Schedule",
    timed.flatMap((p) => (p.input.schedules ?? []).map((s) => scheduleRow(s, { offerId: p.id }))),
  );

  // Places that stay keep their row, and with it any times entered for that place.
  const links: Array<{ id: string; offerId: string; locationId: string }> = [];
  const linkIds = new Map<string, string>();
  for (const plan of [...created, ...updated.filter((p) => p.changed.has("locations"))]) {
    const wanted = plan.locationIds ?? [];
    const kept = new Set(plan.existing?.locations.map((l) => l.locationId).filter((id) => wanted.includes(id)) ?? []);
    if (plan.existing)
      await tx.offerLocation.deleteMany({ where: { offerId: plan.id, locationId: { notIn: wanted } } });
    for (const locationId of new Set(wanted)) {
      if (kept.has(locationId)) continue;
      const id = crypto.randomUUID();
      links.push({ id, offerId: plan.id, locationId });
      linkIds.set(`${plan.id} ${locationId}`, id);
    }
  }
  await insertRows(tx, "OfferLocation", links);

  const placed = [...created, ...updated.filter((p) => p.changed.has("locationSchedules"))].filter(
    (p) => p.locationSchedules,
  );
  const rows = [];
  const replaced = [];
  for (const plan of placed) {
    const existingLinks = new Map(plan.existing?.locations.map((l) => [l.locationId, l.id]) ?? []);
    for (const { locationId, slots } of plan.locationSchedules!) {
      const offerLocationId = existingLinks.get(locationId) ?? linkIds.get(`${plan.id} ${locationId}`);
      if (!offerLocationId) continue;
      if (existingLinks.has(locationId)) replaced.push(offerLocationId);
      rows.push(...slots.map((s) => scheduleRow(s, { offerLocationId })));
    }
  }
  await inChunks(replaced, (batch) => tx.schedule.deleteMany({ where: { offerLocationId: { in: batch } } }));
  await insertRows(tx, "Schedule", rows);
}
