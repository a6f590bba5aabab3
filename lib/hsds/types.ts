// The HSDS 3.0 objects as Wegweiser writes them: only the fields it fills. The official schemas in
// lib/hsds/schema are the reference; tests validate every response against them.

export type HsdsPhone = {
  id: string;
  organization_id?: string;
  service_id?: string;
  number: string;
  type?: string;
};

export type HsdsContact = { id: string; organization_id?: string; service_id?: string; email?: string };

export type HsdsTaxonomy = { id: string; name: string; description: string };

export type HsdsTaxonomyTerm = {
  id: string;
  code: string;
  name: string;
  description: string;
  parent_id?: string;
  taxonomy: string;
  taxonomy_id: string;
  language?: string;
  taxonomy_detail?: HsdsTaxonomy;
};

export type HsdsAttribute = {
  id: string;
  link_id: string;
  link_type: string;
  link_entity: string;
  taxonomy_term_id: string;
  taxonomy_term?: HsdsTaxonomyTerm;
};

export type HsdsSchedule = {
  id: string;
  service_id?: string;
  service_at_location_id?: string;
  valid_from?: string;
  valid_to?: string;
  dtstart?: string;
  freq: "WEEKLY";
  interval: number;
  byday: string;
  wkst: "MO";
  opens_at: string;
  closes_at: string;
  description: string;
  notes?: string;
};

export type HsdsLanguage = { id: string; service_id: string; code: string; name: string };

export type HsdsCostOption = {
  id: string;
  service_id: string;
  option?: string;
  amount?: number;
  currency?: string;
};

export type HsdsFunding = { id: string; service_id: string; source: string };

export type HsdsAddress = {
  id: string;
  location_id: string;
  address_1: string;
  city: string;
  region?: string;
  state_province: string;
  postal_code: string;
  country: string;
  address_type: "physical";
};

export type HsdsAccessibility = { id: string; location_id: string; description?: string; details?: string };

export type HsdsLocation = {
  id: string;
  location_type: "physical";
  organization_id: string;
  name?: string;
  latitude: number;
  longitude: number;
  addresses?: HsdsAddress[];
  accessibility?: HsdsAccessibility[];
};

export type HsdsProgram = { id: string; organization_id?: string; name: string; description: string };

export type HsdsOrganization = {
  id: string;
  name: string;
  alternate_name?: string;
  description: string;
  email?: string;
  website?: string;
  parent_organization_id?: string;
  phones?: HsdsPhone[];
  contacts?: HsdsContact[];
  locations?: HsdsLocation[];
  programs?: HsdsProgram[];
  services?: HsdsService[];
};

export type HsdsServiceAtLocation = {
  id: string;
  service_id: string;
  location_id: string;
  schedules?: HsdsSchedule[];
  location?: HsdsLocation;
  service?: HsdsService;
};

export type HsdsService = {
  id: string;
  organization_id: string;
  program_id?: string;
  name: string;
  description?: string;
  url?: string;
  email?: string;
  status: "active";
  application_process?: string;
  fees_description?: string;
  eligibility_description?: string;
  minimum_age?: number;
  maximum_age?: number;
  assured_date?: string;
  last_modified: string;
  phones?: HsdsPhone[];
  schedules?: HsdsSchedule[];
  languages?: HsdsLanguage[];
  cost_options?: HsdsCostOption[];
  funding?: HsdsFunding[];
  attributes?: HsdsAttribute[];
  program?: HsdsProgram;
  organization?: HsdsOrganization;
  service_at_locations?: HsdsServiceAtLocation[];
};

/** The whole published directory, one array per HSDS table, objects linked by id. */
export type HsdsDataset = {
  organizations: HsdsOrganization[];
  services: HsdsService[];
  locations: HsdsLocation[];
  service_at_locations: HsdsServiceAtLocation[];
  taxonomies: HsdsTaxonomy[];
  taxonomy_terms: HsdsTaxonomyTerm[];
  programs: HsdsProgram[];
};
