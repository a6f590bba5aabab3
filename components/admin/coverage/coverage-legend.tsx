// The key to the coverage map's colours. It is part of the page, not of the map, so it is there
// before Leaflet loads and for readers who never see the map.
export type LegendItem = { colour: string; label: string };

export function CoverageLegend({ title, items }: { title: string; items: LegendItem[] }) {
  return (
    <figure className="coverage-legend">
      <figcaption className="coverage-legend__title">{title}</figcaption>
      <ul className="coverage-legend__list">
        {items.map((item) => (
          <li key={`${item.colour}-${item.label}`} className="coverage-legend__item">
            <span className="coverage-legend__swatch" style={{ background: item.colour }} aria-hidden="true" />
            {item.label}
          </li>
        ))}
      </ul>
    </figure>
  );
}
