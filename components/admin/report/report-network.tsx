// The network folded onto the districts: circles sized by partners, lines as thick as the
// relationships between two districts. Server-rendered SVG, the same shapes as in the PDF.
import type { NetworkPicture } from "@/lib/report/pictures";

export function ReportNetwork({ picture, label, note }: { picture: NetworkPicture; label: string; note: string }) {
  return (
    <figure className="report-figure">
      <svg
        viewBox={`0 0 ${picture.width} ${picture.height}`}
        role="img"
        aria-label={label}
        className="report-figure__svg"
      >
        {picture.outlines.map((d) => (
          <path key={d.slice(0, 40)} d={d} fill="#f4f5f6" stroke="#b9bec2" strokeWidth={0.5} fillRule="evenodd" />
        ))}
        {picture.edges.map((e) => (
          <line
            key={`${e.x1},${e.y1}-${e.x2},${e.y2}`}
            x1={e.x1}
            y1={e.y1}
            x2={e.x2}
            y2={e.y2}
            stroke="#43a2ca"
            strokeOpacity={0.6}
            strokeWidth={e.width}
          />
        ))}
        {picture.edges.map((e) => (
          <text
            key={`${e.x1},${e.y1}-${e.x2},${e.y2}`}
            x={(e.x1 + e.x2) / 2}
            y={(e.y1 + e.y2) / 2}
            textAnchor="middle"
            dominantBaseline="middle"
            className="report-figure__count"
          >
            {e.count}
          </text>
        ))}
        {picture.nodes.map((n) => (
          <g key={n.code}>
            <circle cx={n.x} cy={n.y} r={n.r} fill="#0868ac" stroke="#1d2327" />
            <text
              x={n.x}
              y={n.y}
              fill="#ffffff"
              textAnchor="middle"
              dominantBaseline="middle"
              className="report-figure__label"
            >
              {n.within}
            </text>
            <text x={n.x} y={n.y + n.r + 11} textAnchor="middle" className="report-figure__label">
              {`${n.name} (${n.partners})`}
            </text>
          </g>
        ))}
      </svg>
      <figcaption className="muted">{note}</figcaption>
    </figure>
  );
}
