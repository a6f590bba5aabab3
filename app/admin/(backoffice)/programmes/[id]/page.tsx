import Link from "next/link";
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { ProgrammeForm } from "@/components/admin/programmes/programme-form";
import { StatusBadge } from "@/components/admin/status-badge";
import { requireUser } from "@/lib/auth/session";
import { adminLocale } from "@/lib/i18n/admin-locale";
import { languageName } from "@/lib/i18n/language-names";
import { organisationChoices } from "@/lib/organisations/editing";
import { programmeChoices, programmeForEditing } from "@/lib/programmes/editing";
import { listParticipations } from "@/lib/programmes/participations";
import { updateProgrammeAction } from "../actions";

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ removed?: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const found = await programmeForEditing((await params).id);
  return { title: found?.record.name ?? "–" };
}

export default async function ProgrammePage({ params, searchParams }: Props) {
  const { id } = await params;
  await requireUser("programme.update", `/admin/programmes/${id}`);
  const [found, parents, organisations, participations, locale] = await Promise.all([
    programmeForEditing(id),
    programmeChoices(),
    organisationChoices(),
    listParticipations(id),
    adminLocale(),
  ]);
  if (!found) notFound();
  const t = await getTranslations({ locale, namespace: "admin" });
  const tRoles = await getTranslations({ locale, namespace: "participationRoles" });
  const { record, values } = found;
  const date = new Intl.DateTimeFormat(locale, { dateStyle: "medium", timeZone: "UTC" });
  const period = (since: Date | null, until: Date | null) =>
    since || until ? `${since ? date.format(since) : "…"} – ${until ? date.format(until) : "…"}` : "–";

  return (
    <div className="stack">
      <p>
        <Link prefetch={false} href="/admin/programmes">
          {t("form.back")}
        </Link>
      </p>
      <div className="page-head">
        <h1>{record.name}</h1>
        <StatusBadge status={record.status} label={t(`form.statuses.${record.status}`)} />
      </div>
      {record.status === "published" ? (
        <div className="meta-row">
          <a href={`/${locale}/programmes/${record.slug}`}>{t("programmes.publicPage")}</a>
        </div>
      ) : null}
      <ProgrammeForm
        locale={locale}
        action={updateProgrammeAction}
        initial={values}
        record={{ id: record.id, version: record.version }}
        parents={parents}
        organisations={organisations}
      />
      <section className="card stack" aria-labelledby="participations-title" id="participations">
        <div className="page-head">
          <h2 id="participations-title">{t("participations.title")}</h2>
          <Link
            prefetch={false}
            className="button button--secondary"
            href={`/admin/programmes/${record.id}/participations/new`}
          >
            {t("participations.new")}
          </Link>
        </div>
        {(await searchParams).removed ? (
          <p role="status" className="saved">
            {t("participations.removed")}
          </p>
        ) : null}
        {participations.length === 0 ? (
          <p>{t("participations.none")}</p>
        ) : (
          <div className="table-scroll">
            <table className="table">
              <thead>
                <tr>
                  <th scope="col">{t("participations.organisation")}</th>
                  <th scope="col">{t("participations.address")}</th>
                  <th scope="col">{t("participations.district")}</th>
                  <th scope="col">{t("participations.role")}</th>
                  <th scope="col">{t("participations.groups")}</th>
                  <th scope="col">{t("participations.period")}</th>
                  <th scope="col">{t("participations.languages")}</th>
                </tr>
              </thead>
              <tbody>
                {participations.map((p) => (
                  <tr key={p.id}>
                    <th scope="row">
                      <Link prefetch={false} href={`/admin/participations/${p.id}`}>
                        {p.organization.name}
                      </Link>
                    </th>
                    <td>{p.location ? `${p.location.street}, ${p.location.postcode}` : "–"}</td>
                    <td>{p.location?.district?.name ?? "–"}</td>
                    <td>{tRoles(p.role)}</td>
                    <td>{p.groups ?? "–"}</td>
                    <td>
                      {period(p.since, p.until)}
                      {p.ended ? <span className="muted"> ({t("participations.ended")})</span> : null}
                    </td>
                    <td>{p.languages.map((code) => languageName(code, locale)).join(", ") || "–"}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>
    </div>
  );
}
