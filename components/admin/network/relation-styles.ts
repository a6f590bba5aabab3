// How each kind of relationship is drawn, on the map and in its legend alike. The colours stay apart
// for the common kinds of colour blindness, and each kind has its own dash pattern as well, so that
// the lines can be told apart without colour and in a greyscale print.
import type { RelationshipType } from "@/lib/relationships/editing";

export type RelationStyle = { colour: string; dash?: string };

export const relationStyles: Record<RelationshipType, RelationStyle> = {
  cooperates_with: { colour: "#0072b2" },
  funds: { colour: "#d55e00", dash: "10 5" },
  refers_to: { colour: "#007a5a", dash: "2 6" },
  member_of: { colour: "#a0457e", dash: "12 4 2 4" },
  supports: { colour: "#a86f00", dash: "5 5" },
  part_of: { colour: "#444b52", dash: "16 4" },
};

export const RELATION_WEIGHT = 3;
