import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { ImportForm } from "@/components/admin/data/import-form";
import { can } from "@/lib/auth/policy";
import { requireUser } from "@/lib/auth/session";
import { csvColumns } from "@/lib/hsds/csv-format";
import { latestImportJobView } from "@/lib/hsds/import/job/queue";
import { adminLocale } from "@/lib/i18n/admin-locale";
import { organisationTypes } from "@/lib/organisations/types";
import { listProgrammes } from "@/lib/programmes/directory";
import { listTerms } from "@/lib/taxonomy/directory";
import { importAction } from "./actions";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations({ locale: await adminLocale(), namespace: "admin.data" });
  return { title: t("title") };
}

const exports = [
  { format: "hsds.json", label: "hsdsJson" },
  { format: "hsds-csv.zip", label: "csvZip" },
  { format: "offers.geojson", label: "offersGeo" },
  { format: "organisations.geojson", label: "organisationsGeo" },
] as const;

// Texts in a language other than German are described once for all their columns.
const translated = /^(title|summary|description)_(?!de$)/;

export default async function DataPage() {
  const user = await requireUser("data.import", "/admin/data");
  const locale = await adminLocale();
  const t = await getTranslations({ locale, namespace: "admin.data" });
  const tTypes = await getTranslations({ locale, namespace: "organisationTypes" });
  const [categories, audiences, programmes, lastJob] = await Promise.all([
    listTerms("category", locale),
    listTerms("audience", locale),
    listProgrammes(locale),
    latestImportJobView({ id: user.id, role: user.role, organizationId: user.organizationId }),
  ]);
  const columns = csvColumns.flatMap((column) => {
    if (!translated.test(column.name))
      return [{ names: column.name, required: !!column.required, about: t(`columns.${column.name}`) }];
    return column.name === "title_en"
      ? [{ names: "title_en … description_tr", required: false, about: t("columns.translations") }]
      : [];
  });
  const codeList = (items: Array<{ code: string; name: string }>) => (
    <ul className="plain-list">
      {items.map((item) => (
        <li key={item.code}>
          <code>{item.code}</code> – {item.name}
        </li>
      ))}
    </ul>
  );

  return (
    <div className="stack">
      <h1>{t("title")}</h1>
      <p>{t("lead")}</p>

      {can(user, "data.export") ? (
        <section aria-labelledby="data-export" className="stack">
          <h2 id="data-export">{t("export.title")}</h2>
          <p>{t("export.lead")}</p>
          <ul className="plain-list">
            {exports.map((item) => (
              <li key={item.format}>
                <a href={`/admin/data/export/${item.format}`} download>
                  {t(`export.${item.label}`)}
                </a>
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      <section aria-labelledby="data-import" className="stack">
        <h2 id="data-import">{t("import.title")}</h2>
        <p>{t("import.lead")}</p>
        <p>{t("import.matching")}</p>
        <p>
          <a href="/admin/data/export/template.csv" download>
            {t("import.template")}
          </a>
        </p>
        <details>
          <summary>{t("import.columnsTitle")}</summary>
          <p className="field__hint">{t("import.columnsHint")}</p>
          <div className="table-scroll">
            <table className="table">
              <thead>
                <tr>
                  <th scope="col">{t("import.column")}</th>
                  <th scope="col">{t("import.required")}</th>
                  <th scope="col">{t("import.content")}</th>
                </tr>
              </thead>
              <tbody>
                {columns.map((column) => (
                  <tr key={column.names}>
                    <th scope="row">
                      <code>{column.names}</code>
                    </th>
                    <td>{column.required ? t("import.yes") : ""}</td>
                    <td>{column.about}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </details>
        <details>
          <summary>{t("import.codesTitle")}</summary>
          <div className="two-columns">
            <div>
              <h3>{t("import.categories")}</h3>
              {codeList(categories)}
              <h3>{t("import.audiences")}</h3>
              {codeList(audiences)}
            </div>
            <div>
              <h3>{t("import.types")}</h3>
              {codeList(organisationTypes.map((type) => ({ code: type, name: tTypes(type) })))}
              <h3>{t("import.programmes")}</h3>
              {codeList(programmes.map((p) => ({ code: p.slug, name: p.name })))}
            </div>
          </div>
        </details>
        <p className="field__hint">{t("import.hsdsNote")}</p>
        <ImportForm action={importAction} initialJob={lastJob} />
      </section>
    </div>
  );
}
