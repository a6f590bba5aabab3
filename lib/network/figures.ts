// How network figures are written, the same wherever they appear (card, table, sentences): the
// bridge score is betweenness normalised to the share of shortest paths between other
// organisations, 0–1, written as a percentage with one decimal in the reader's number format.
const formats = new Map<string, Intl.NumberFormat>();

export function formatBridge(share: number, locale: string): string {
  let format = formats.get(locale);
  if (!format)
    formats.set(locale, (format = new Intl.NumberFormat(locale, { style: "percent", maximumFractionDigits: 1 })));
  // A bridge, however small, is not written as 0.
  return share > 0 && share < 0.0005 ? `< ${format.format(0.001)}` : format.format(share);
}
