import Link from "next/link";

/** Where a partner editor goes instead of a still-correct link: the review list, after signing in. */
export function ReviewSignInHint({ change, signIn }: { change: string; signIn: string }) {
  return (
    <p>
      {change}{" "}
      <Link prefetch={false} href="/admin/review">
        {signIn}
      </Link>
    </p>
  );
}
