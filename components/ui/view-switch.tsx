// The switch between a list and a map of the same results. Each view is a link, so that it has an
// address of its own.
import type { ComponentProps } from "react";
import { Link } from "@/lib/i18n/navigation";

type Href = ComponentProps<typeof Link>["href"];

type Props = {
  view: "list" | "map";
  listHref: Href;
  mapHref: Href;
  labels: { label: string; list: string; map: string };
};

export function ViewSwitch({ view, listHref, mapHref, labels }: Props) {
  return (
    <nav className="view-switch" aria-label={labels.label}>
      <Link href={listHref} aria-current={view === "list" ? "page" : undefined}>
        {labels.list}
      </Link>
      <Link href={mapHref} aria-current={view === "map" ? "page" : undefined}>
        {labels.map}
      </Link>
    </nav>
  );
}
