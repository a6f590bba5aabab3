// The queue's choices (kind of record, state) as links that keep the address shareable, and its
// paging.
import Link from "next/link";

type Tab = { href: string; label: string; count: number; current: boolean };

export function QueueTabs({ label, items }: { label: string; items: Tab[] }) {
  return (
    <nav aria-label={label}>
      <ul className="queue-tabs">
        {items.map((item) => (
          <li key={item.href}>
            <Link prefetch={false} href={item.href} aria-current={item.current ? "page" : undefined}>
              {item.label} <span className="queue-tabs__count">{item.count}</span>
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}

type Step = { href: string; label: string } | null;

export function QueuePager({ label, status, previous, next }: { label: string; status: string; previous: Step; next: Step }) {
  return (
    <nav aria-label={label} className="pagination">
      {previous ? (
        <Link prefetch={false} href={previous.href} rel="prev">
          {previous.label}
        </Link>
      ) : null}
      <span>{status}</span>
      {next ? (
        <Link prefetch={false} href={next.href} rel="next">
          {next.label}
        </Link>
      ) : null}
    </nav>
  );
}
