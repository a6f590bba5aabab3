// The districts coloured by their offers, drawn from the same shapes as the PDF's map. The names
// and figures are written on the map, and the picture has a text alternative, so nothing is told by
// colour alone.
import type { MapPicture } from "@/lib/report/pictures";

export function ReportMap({ map, label, legendTitle }: { map: MapPicture; label: string; legendTitle: string }) {
  return (
    <figure className="report-figure">
      <svg viewBox={`0 0 ${map.width} ${map.height}`} role="img" aria-label={label} className="report-figure__svg">
        {map.areas.map((area) => (
          <path key={area.code} d={area.d} fill={area.fill} stroke="#1d2327" strokeWidth={1} fillRule="evenodd" />
        ))}
        {map.areas.map((area) => (
          <text
            key={area.code}
            x={area.x}
            y={area.y}
            fill={area.ink}
            textAnchor="middle"
            className="report-figure__label"
          >
            {`${area.name}: ${area.value}`}
          </text>
        ))}
      </svg>
      <figcaption>
        <p className="coverage-legend__title">{legendTitle}</p>
        <ul className="coverage-legend__list">
          {map.legend.map((item) => (
            <li key={item.label} className="coverage-legend__item">
              <span className="coverage-legend__swatch" style={{ background: item.colour }} aria-hidden="true" />
              {item.label}
            </li>
          ))}
        </ul>
      </figcaption>
    </figure>
  );
}
