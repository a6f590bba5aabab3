import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { RecordHeader } from "@/components/admin/record-header";
import { TermForm } from "@/components/admin/taxonomy/term-form";
import { requireUser } from "@/lib/auth/session";
import { adminLocale } from "@/lib/i18n/admin-locale";
import { isTaxonomy, newTermValues, termParentChoices } from "@/lib/taxonomy/editing";
import { createTermAction } from "../actions";

type Props = { searchParams: Promise<{ taxonomy?: string }> };

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: await adminLocale(), namespace: "admin.taxonomy" });
  const { taxonomy } = await searchParams;
  return { title: t(`new.${isTaxonomy(taxonomy) ? taxonomy : "category"}`) };
}

export default async function NewTermPage({ searchParams }: Props) {
  const given = (await searchParams).taxonomy;
  const taxonomy = isTaxonomy(given) ? given : "category";
  await requireUser("taxonomy.manage", `/admin/taxonomy/new?taxonomy=${taxonomy}`);
  const [initial, parents, locale] = await Promise.all([
    newTermValues(taxonomy),
    termParentChoices(taxonomy),
    adminLocale(),
  ]);
  const t = await getTranslations({ locale, namespace: "admin" });
  return (
    <div className="stack">
      <RecordHeader back={{ href: "/admin/taxonomy", label: t("form.back") }} title={t(`taxonomy.new.${taxonomy}`)}>
        <p>{t("taxonomy.newLead")}</p>
      </RecordHeader>
      <TermForm locale={locale} action={createTermAction} initial={initial} taxonomy={taxonomy} parents={parents} />
    </div>
  );
}
