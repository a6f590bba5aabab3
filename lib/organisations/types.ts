// The kinds of organisation in an integration network (mirrors the OrganizationType enum).
export const organisationTypes = [
  "integration_centre",
  "city_department",
  "political_body",
  "employment_agency",
  "welfare_association",
  "migrant_organisation",
  "volunteer_initiative",
  "network",
  "kita",
  "family_centre",
  "primary_school",
  "secondary_school",
  "youth_service",
  "education_provider",
  "health_service",
  "sports_club",
] as const;

export type OrganisationType = (typeof organisationTypes)[number];

export function isOrganisationType(value: unknown): value is OrganisationType {
  return typeof value === "string" && (organisationTypes as readonly string[]).includes(value);
}
