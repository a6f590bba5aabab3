import Link from "next/link";
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { editing } from "@/components/admin/form/record-form-props";
import { ListTable, RowLink } from "@/components/admin/list-table";
import { PageHead } from "@/components/admin/page-head";
import { ProgrammeForm } from "@/components/admin/programmes/programme-form";
import { RecordHeader } from "@/components/admin/record-header";
import { SavedNotice } from "@/components/admin/saved-notice";
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
  const { record } = found;
  const date = new Intl.DateTimeFormat(locale, { dateStyle: "medium", timeZone: "UTC" });
  const period = (since: Date | null, until: Date | null) =>
    since || until ? `${since ? date.format(since) : "…"} – ${until ? date.format(until) : "…"}` : "–";

  return (
    <div className="stack">
      <RecordHeader
        back={{ href: "/admin/programmes", label: t("form.back") }}
        title={record.name}
        status={{ status: record.status, label: t(`form.statuses.${record.status}`) }}
      />
      <div className="meta-row">
        {record.status === "published" ? (
          <a href={`/${locale}/programmes/${record.slug}`}>{t("programmes.publicPage")}</a>
        ) : null}
        <Link prefetch={false} href={`/admin/history/programmes/${record.id}`}>
          {t("history.link")}
        </Link>
      </div>
      <ProgrammeForm
        locale={locale}
        action={updateProgrammeAction}
        {...editing(found)}
        parents={parents}
        organisations={organisations}
      />
      <section className="card stack" aria-labelledby="participations-title" id="participations">
        <PageHead
          level={2}
          id="participations-title"
          title={t("participations.title")}
          href={`/admin/programmes/${record.id}/participations/new`}
          label={t("participations.new")}
        />
        <SavedNotice text={(await searchParams).removed ? t("participations.removed") : null} />
        {participations.length === 0 ? (
          <p>{t("participations.none")}</p>
        ) : (
          <ListTable
            columns={[
              t("participations.organisation"),
              t("participations.address"),
              t("participations.district"),
              t("participations.role"),
              t("participations.groups"),
              t("participations.period"),
              t("participations.languages"),
            ]}
          >
            {participations.map((p) => (
              <tr key={p.id}>
                <RowLink href={`/admin/participations/${p.id}`}>{p.organization.name}</RowLink>
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
          </ListTable>
        )}
      </section>
    </div>
  );
}
