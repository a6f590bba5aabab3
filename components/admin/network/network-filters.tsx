// The filter form of the network pages. It is sent with GET, so the graph and the map of the same
// part of the network have addresses that can be bookmarked and passed between the two.
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { FilterBar, FilterInput, FilterSelect } from "@/components/admin/filter-bar";
import type { SelectOption } from "@/components/ui/select-field";
import { districts } from "@/lib/geo/districts";
import { adminLocale } from "@/lib/i18n/admin-locale";
import { formatDay, networkRelationTypes, type NetworkFilter } from "@/lib/network/filter";
import { organisationTypes } from "@/lib/organisations/types";

type Props = {
  filter: NetworkFilter;
  /** In tree order; a sub-programme's depth is one more than its parent's. */
  programmes: ReadonlyArray<{ slug: string; name: string; depth: number }>;
  /** The page the form is sent to; its "reset" link leads there without a query. */
  action: string;
};

/** A select named like the filter it sets; `all` words its unrestricted choice where "any" does not fit. */
type Choice = { name: Exclude<keyof NetworkFilter, "asOf">; options: SelectOption[]; all?: string };

export async function NetworkFilters({ filter, programmes, action }: Props) {
  const locale = await adminLocale();
  const t = await getTranslations({ locale, namespace: "admin.network" });
  const tTypes = await getTranslations({ locale, namespace: "organisationTypes" });
  const choices: Choice[] = [
    {
      name: "type",
      options: organisationTypes
        .map((type) => ({ value: type, label: tTypes(type) }))
        .sort((a, b) => a.label.localeCompare(b.label, locale)),
    },
    // A select cannot indent its options; the dashes show which programme a sub-programme is part of.
    {
      name: "programme",
      options: programmes.map((p) => ({ value: p.slug, label: `${"– ".repeat(p.depth)}${p.name}` })),
    },
    {
      name: "district",
      options: districts.map((d) => ({ value: d.code, label: d.name })),
      all: t("filters.anyDistrict"),
    },
    {
      name: "relation",
      options: networkRelationTypes.map((type) => ({ value: type, label: t(`relationTypes.${type}`) })),
    },
  ];

  return (
    <FilterBar
      action={action}
      label={t("filters.label")}
      submit={t("filters.submit")}
      after={
        <Link prefetch={false} href={action}>
          {t("filters.reset")}
        </Link>
      }
    >
      {choices.map(({ name, options, all = t("filters.any") }) => (
        <FilterSelect
          key={name}
          id={`network-${name}`}
          name={name}
          label={t(`filters.${name}`)}
          all={all}
          options={options}
          value={filter[name]}
        />
      ))}
      <FilterInput
        id="network-as-of"
        name="asOf"
        type="date"
        label={t("filters.asOf")}
        value={formatDay(filter.asOf)}
      />
    </FilterBar>
  );
}
