// Wegweiser organisations as HSDS organization, with their telephone and e-mail as phone and
// contact, and Wegweiser programmes as HSDS program.
import type { Locale } from "../i18n/locales";
import { pickTranslation, sourceFallback } from "../i18n/translation";
import { compact, emailAddress, httpUrl, joinTexts, nonEmpty } from "./format";
import { childId } from "./ids";
import { isPublished, type OrganizationRow, type ProgrammeRow } from "./select";
import type { HsdsContact, HsdsLocation, HsdsOrganization, HsdsPhone, HsdsProgram, HsdsService } from "./types";

export type OrganizationParts = {
  /** phones and contacts */
  contacts: boolean;
  locations?: HsdsLocation[];
  programs?: HsdsProgram[];
  services?: HsdsService[];
};

function phones(row: OrganizationRow): HsdsPhone[] {
  const number = nonEmpty(row.phone);
  return number ? [{ id: childId(row.id, "phone"), organization_id: row.id, number, type: "voice" }] : [];
}

function contacts(row: OrganizationRow): HsdsContact[] {
  const email = emailAddress(row.email);
  return email ? [{ id: childId(row.id, "contact"), organization_id: row.id, email }] : [];
}

export function mapOrganization(row: OrganizationRow, locale: Locale, parts: OrganizationParts): HsdsOrganization {
  return compact({
    id: row.id,
    name: row.name,
    alternate_name: nonEmpty(row.shortName),
    description: pickTranslation(row.translations, locale, sourceFallback)?.description ?? "",
    email: emailAddress(row.email),
    website: httpUrl(row.website),
    // A parent that is not published is not in the open data either; pointing at it would dangle.
    parent_organization_id: row.parentId && isPublished(row.parent) ? row.parentId : undefined,
    phones: parts.contacts ? phones(row) : undefined,
    contacts: parts.contacts ? contacts(row) : undefined,
    locations: parts.locations,
    programs: parts.programs,
    services: parts.services,
  });
}

export function mapProgram(row: ProgrammeRow, locale: Locale): HsdsProgram {
  const text = pickTranslation(row.translations, locale, sourceFallback);
  return compact({
    id: row.id,
    organization_id: row.contactOrgId && isPublished(row.contactOrg) ? row.contactOrgId : undefined,
    name: text?.name ?? "",
    description: joinTexts(text?.summary, text?.description),
  });
}
