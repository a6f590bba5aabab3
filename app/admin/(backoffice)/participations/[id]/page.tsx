import Link from "next/link";
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { ParticipationForm } from "@/components/admin/programmes/participation-form";
import { requireUser } from "@/lib/auth/session";
import { adminLocale } from "@/lib/i18n/admin-locale";
import { organisationChoices } from "@/lib/organisations/editing";
import { participationForEditing, participationLocationChoices } from "@/lib/programmes/participations";
import { deleteParticipationAction, updateParticipationAction } from "../actions";

type Props = {
  params: Promise<{ id: string }>;
  searchParams: Promise<{ created?: string; delete?: string; error?: string }>;
};

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const found = await participationForEditing((await params).id);
  return { title: found ? `${found.record.organization.name} · ${found.record.programmeName}` : "–" };
}

export default async function ParticipationPage({ params, searchParams }: Props) {
  const { id } = await params;
  await requireUser("participation.manage", `/admin/participations/${id}`);
  const [found, organisations, locations, locale] = await Promise.all([
    participationForEditing(id),
    organisationChoices(),
    participationLocationChoices(),
    adminLocale(),
  ]);
  if (!found) notFound();
  const query = await searchParams;
  const t = await getTranslations({ locale, namespace: "admin" });
  const { record, values } = found;
  const error = query.error && t.has(`form.errors.${query.error}`) ? t(`form.errors.${query.error}`) : null;

  return (
    <div className="stack">
      <p>
        <Link prefetch={false} href={`/admin/programmes/${record.programmeId}`}>
          {record.programmeName}
        </Link>
      </p>
      <h1>
        {t("participations.heading", { organisation: record.organization.name, programme: record.programmeName })}
      </h1>
      {query.created ? (
        <p role="status" className="saved">
          {t("form.created")}
        </p>
      ) : null}
      <ParticipationForm
        locale={locale}
        action={updateParticipationAction}
        initial={values}
        record={{ id: record.id, version: record.version }}
        organisations={organisations}
        locations={locations}
      />
      <section className="card stack" aria-labelledby="delete-title" id="delete">
        <h2 id="delete-title">{t("participations.delete.title")}</h2>
        <p>{t("participations.delete.explain")}</p>
        {error ? (
          <p className="error-summary" role="alert">
            {error}
          </p>
        ) : null}
        <form action={deleteParticipationAction} className="stack">
          <input type="hidden" name="id" value={record.id} />
          <input type="hidden" name="version" value={record.version} />
          {query.delete ? (
            <>
              <p role="alert">
                <strong>{t("participations.delete.question")}</strong>
              </p>
              <div className="form-actions">
                <button type="submit" name="confirm" value="yes" className="button">
                  {t("participations.delete.confirm")}
                </button>{" "}
                <Link prefetch={false} href={`/admin/participations/${record.id}`}>
                  {t("participations.delete.cancel")}
                </Link>
              </div>
            </>
          ) : (
            <div>
              <button type="submit" className="button button--secondary">
                {t("participations.delete.start")}
              </button>
            </div>
          )}
        </form>
      </section>
    </div>
  );
}
