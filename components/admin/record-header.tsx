// The top of a record's page, new or existing. A create redirects here with ?created=1, so the
// notice that it worked is shown on the record itself.
import Link from "next/link";
import { SavedNotice } from "./saved-notice";
import { StatusBadge } from "./status-badge";

type Props = {
  back: { href: string; label: string };
  title: string;
  status?: { status: string; label: string };
  notice?: string | null;
  children?: React.ReactNode;
};

export function RecordHeader({ back, title, status, notice, children }: Props) {
  return (
    <>
      <p>
        <Link prefetch={false} href={back.href}>
          {back.label}
        </Link>
      </p>
      {status ? (
        <div className="page-head">
          <h1>{title}</h1>
          <StatusBadge status={status.status} label={status.label} />
        </div>
      ) : (
        <h1>{title}</h1>
      )}
      {children}
      <SavedNotice text={notice} />
    </>
  );
}
