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
