// A heading with the link that adds an entry beside it: the page's main action on a list, a
// secondary one on a section of a record's page.
import Link from "next/link";

type Props = { title: string; href: string; label: string; level?: 1 | 2; id?: string };

export function PageHead({ title, href, label, level = 1, id }: Props) {
  const Heading = level === 1 ? "h1" : "h2";
  return (
    <div className="page-head">
      <Heading id={id}>{title}</Heading>
      <Link prefetch={false} className={level === 1 ? "button" : "button button--secondary"} href={href}>
        {label}
      </Link>
    </div>
  );
}
