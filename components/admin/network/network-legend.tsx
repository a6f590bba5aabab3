// What the colours, sizes and lines of the graph stand for, with how many of each are shown.
import type { Legend } from "@/lib/network/appearance";

type Props = { legend: Legend; labels: { legend: string; sizeRange: string; sizeEqual: string; lines: string } };

export function NetworkLegend({ legend, labels }: Props) {
  return (
    <section className="card network-legend" aria-labelledby="network-legend" data-testid="network-legend">
      <h2 id="network-legend">{labels.legend}</h2>
      <h3>{legend.colourTitle}</h3>
      <ul>
        {legend.colours.map((entry) => (
          <li key={`${entry.colour}${entry.label}`}>
            <span className="network-legend__dot" style={{ background: entry.colour }} aria-hidden="true" />
            {entry.label} ({entry.count})
          </li>
        ))}
      </ul>
      <h3>{legend.sizeTitle}</h3>
      <p className="network-legend__sizes">
        <span className="network-legend__dot network-legend__dot--small" aria-hidden="true" />
        <span className="network-legend__dot network-legend__dot--large" aria-hidden="true" />
        {legend.sizes
          ? labels.sizeRange.replace("{small}", legend.sizes.small).replace("{large}", legend.sizes.large)
          : labels.sizeEqual}
      </p>
      <h3>{labels.lines}</h3>
      <ul>
        {legend.lines.map((line) => (
          <li key={line.label}>
            <svg width="28" height="10" aria-hidden="true" focusable="false">
              <line x1="2" y1="5" x2="26" y2="5" stroke={line.colour} strokeWidth={line.width + 1} />
            </svg>
            {line.label}
          </li>
        ))}
      </ul>
    </section>
  );
}
