import Link from "next/link";
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { EntityForm } from "@/components/admin/form/entity-form";
import { TextField } from "@/components/admin/form/fields";
import { requireUser } from "@/lib/auth/session";
import { districtFigures } from "@/lib/coverage/populations";
import { adminLocale } from "@/lib/i18n/admin-locale";
import { updateDistrictFiguresAction } from "./actions";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations({ locale: await adminLocale(), namespace: "admin.coverage.figures" });
  return { title: t("title") };
}

export default async function DistrictFiguresPage() {
  await requireUser("district.update", "/admin/coverage/districts");
  const locale = await adminLocale();
  const t = await getTranslations({ locale, namespace: "admin" });
  const { districts, values, version } = await districtFigures();
  const date = new Intl.DateTimeFormat(locale, { dateStyle: "medium", timeStyle: "short", timeZone: "Europe/Berlin" });

  return (
    <div className="stack">
      <p>
        <Link prefetch={false} href="/admin/coverage">
          {t("coverage.figures.back")}
        </Link>
      </p>
      <h1>{t("coverage.figures.title")}</h1>
      <p>{t("coverage.figures.lead")}</p>
      <p className="field__hint">{t("coverage.figures.populationYearHint")}</p>
      {/* One form for the whole city: one save stores every district typed, or none. */}
      <EntityForm action={updateDistrictFiguresAction} initial={values} record={{ id: "districts", version }} submit={t("form.save")}>
        {districts.map((d) => (
          <fieldset key={d.id} className="card form-grid">
            <legend>{d.name}</legend>
            <TextField
              name={`districts.${d.code}.population`}
              type="number"
              inputMode="numeric"
              label={`${t("coverage.figures.population")} (${d.name})`}
            />
            <TextField
              name={`districts.${d.code}.populationYear`}
              type="number"
              inputMode="numeric"
              label={`${t("coverage.figures.populationYear")} (${d.name})`}
            />
            <p className="muted">{t("coverage.figures.lastSaved", { date: date.format(d.updatedAt) })}</p>
          </fieldset>
        ))}
      </EntityForm>
    </div>
  );
}
