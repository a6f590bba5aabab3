// The filter form of the network pages. It is sent with GET, so the graph and the map of the same
// part of the network have addresses that can be bookmarked and passed between the two.
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { SelectField } from "@/components/ui/select-field";
import { districts } from "@/lib/geo/districts";
import { adminLocale } from "@/lib/i18n/admin-locale";
import { formatDay, networkRelationTypes, type NetworkFilter } from "@/lib/network/filter";
import { organisationTypes } from "@/lib/organisation-types";

type Props = {
  filter: NetworkFilter;
  /** In tree order; a sub-programme's depth is one more than its parent's. */
  programmes: ReadonlyArray<{ slug: string; name: string; depth: number }>;
  /** The page the form is sent to; its "reset" link leads there without a query. */
  action: string;
};

export async function NetworkFilters({ filter, programmes, action }: Props) {
  const locale = await adminLocale();
  const t = await getTranslations({ locale, namespace: "admin.network" });
  const tTypes = await getTranslations({ locale, namespace: "organisationTypes" });

  return (
    <form className="filter-bar" method="get" action={action} aria-label={t("filters.label")}>
      <SelectField
        id="network-type"
        name="type"
        label={t("filters.type")}
        any={t("filters.any")}
        options={organisationTypes
          .map((type) => ({ value: type, label: tTypes(type) }))
          .sort((a, b) => a.label.localeCompare(b.label, locale))}
        value={filter.type}
      />
      <SelectField
        id="network-programme"
        name="programme"
        label={t("filters.programme")}
        any={t("filters.any")}
        // A select cannot indent its options; the dashes show which programme a sub-programme is part of.
        options={programmes.map((p) => ({ value: p.slug, label: `${"– ".repeat(p.depth)}${p.name}` }))}
        value={filter.programme}
      />
      <SelectField
        id="network-district"
        name="district"
        label={t("filters.district")}
        any={t("filters.anyDistrict")}
        options={districts.map((d) => ({ value: d.code, label: d.name }))}
        value={filter.district}
      />
      <SelectField
        id="network-relation"
        name="relation"
        label={t("filters.relation")}
        any={t("filters.any")}
        options={networkRelationTypes.map((type) => ({ value: type, label: t(`relationTypes.${type}`) }))}
        value={filter.relation}
      />
      <div className="field">
        <label htmlFor="network-as-of">{t("filters.asOf")}</label>
        <input id="network-as-of" name="asOf" type="date" className="input" defaultValue={formatDay(filter.asOf)} />
      </div>
      <button className="button button--secondary" type="submit">
        {t("filters.submit")}
      </button>
      <Link prefetch={false} href={action}>
        {t("filters.reset")}
      </Link>
    </form>
  );
}
