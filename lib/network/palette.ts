// Colours per kind of organisation: distinguishable, and dark enough for white labels' outlines.
export const typeColours: Record<string, string> = {
  integration_centre: "#0b5c63",
  city_department: "#1f4e9c",
  political_body: "#5b3fa0",
  employment_agency: "#8a5a00",
  welfare_association: "#b4461b",
  migrant_organisation: "#2e7d32",
  volunteer_initiative: "#7cb342",
  network: "#6d4c41",
  kita: "#d81b60",
  family_centre: "#f06292",
  primary_school: "#00838f",
  secondary_school: "#4dd0e1",
  youth_service: "#f9a825",
  education_provider: "#3949ab",
  health_service: "#c62828",
  sports_club: "#558b2f",
};

export const programmeColour = "#263238";
export const relationshipColour = "#9aa3a8";
export const participationColour = "#d5d3cc";

// Categories without an order (districts, programmes, clusters): Okabe–Ito's colour-blind-safe
// set, then Tol's muted set, for up to fifteen distinct categories before "other".
export const categoryColours = [
  "#0072b2",
  "#d55e00",
  "#009e73",
  "#cc79a7",
  "#e69f00",
  "#56b4e9",
  "#332288",
  "#882255",
  "#117733",
  "#999933",
  "#aa4499",
  "#44aa99",
  "#661100",
  "#6699cc",
  "#888888",
];
export const otherColour = "#b8bcc0";

// Quantities (connections, bridge value), light to dark: ColorBrewer's "Blues", five classes,
// the lightest dropped so that small nodes stay visible on white.
export const quantityColours = ["#9ecae1", "#6baed6", "#3182bd", "#08519c", "#08306b"];
