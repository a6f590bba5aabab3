import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { ReviewSignInHint } from "@/components/admin/review-sign-in-hint";
import { StillCorrectForm } from "@/components/admin/still-correct-form";
import { openFreshnessLink } from "@/lib/freshness/confirm";
import { adminLocale } from "@/lib/i18n/admin-locale";
import { answerStillCorrect } from "./actions";

// The page a partner's mail links to, reached without signing in: the signed link is the key.
type Props = { params: Promise<{ token: string }>; searchParams: Promise<Record<string, string | undefined>> };

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations({ locale: await adminLocale(), namespace: "admin.freshness.confirm" });
  return { title: t("title"), referrer: "no-referrer" };
}

/** The token as written in the mail; a mangled escape ("%E0%A4%A") is no link either. */
function decoded(token: string) {
  try {
    return decodeURIComponent(token);
  } catch {
    notFound();
  }
}

export default async function StillCorrectPage({ params, searchParams }: Props) {
  const locale = await adminLocale();
  const t = await getTranslations({ locale, namespace: "admin.freshness.confirm" });
  const link = await openFreshnessLink(decoded((await params).token));
  // A link that opens nothing is not a page: 404, with not-found.tsx saying what to do.
  if (link.state === "invalid" || link.state === "expired") notFound();
  const { answer } = await searchParams;
  const date = new Intl.DateTimeFormat(locale, { dateStyle: "long", timeZone: "Europe/Berlin" });
  return (
    <main id="main" className="card stack still-correct">
      <h1>{t("title")}</h1>
      {answer === "refused" ? (
        <p role="alert" className="error-summary">
          {t("refused")}
        </p>
      ) : null}
      {link.state === "open" ? (
        <>
          <p>{t("lead", { name: link.name, organisation: link.organisation, date: date.format(link.sentAt) })}</p>
          <StillCorrectForm
            action={answerStillCorrect}
            token={link.token}
            entries={link.entries}
            legend={t("entries")}
            submit={t("submit")}
          />
          <p className="muted">{t("expires", { date: date.format(link.expiresAt) })}</p>
        </>
      ) : link.state === "answered" ? (
        <p role="status" className="notice notice--success">
          {t("answered", { date: date.format(link.answeredAt!), count: link.confirmed })}
        </p>
      ) : (
        <p role="alert" className="error-summary">
          {t(link.state)}
        </p>
      )}
      <ReviewSignInHint change={t("change")} signIn={t("signIn")} />
    </main>
  );
}
