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
  const districts = await districtFigures();
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
      {districts.map((d) => (
        <section key={d.id} className="card stack" aria-labelledby={`district-${d.code}`}>
          <h2 id={`district-${d.code}`}>{d.name}</h2>
          <EntityForm
            action={updateDistrictFiguresAction}
            initial={Object.fromEntries(Object.entries(d.values).map(([name, value]) => [`${d.code}.${name}`, value]))}
            record={{ id: d.id, version: d.version }}
            hidden={{ code: d.code }}
            submit={t("form.save")}
          >
            <div className="form-grid">
              <TextField
                name={`${d.code}.population`}
                type="number"
                inputMode="numeric"
                label={t("coverage.figures.population")}
              />
              <TextField
                name={`${d.code}.populationYear`}
                type="number"
                inputMode="numeric"
                label={t("coverage.figures.populationYear")}
                hint={t("coverage.figures.populationYearHint")}
              />
            </div>
          </EntityForm>
          <p className="muted">{t("coverage.figures.lastSaved", { date: date.format(d.updatedAt) })}</p>
        </section>
      ))}
    </div>
  );
}
