// Dated links (participations, relationships) count on a day when it lies between their since and
// until, both calendar days and both inclusive; an open end on either side means "always".
export function inForceOn(day: Date) {
  return {
    AND: [{ OR: [{ since: null }, { since: { lte: day } }] }, { OR: [{ until: null }, { until: { gte: day } }] }],
  };
}
