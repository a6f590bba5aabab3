import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { ProgrammeFinder } from "@/components/institutions/programme-finder";
import { InquiryForm } from "@/components/institutions/inquiry-form";
import { districts, districtCodes, type DistrictCode } from "@/lib/geo/districts";
import { localeParam } from "@/lib/i18n/params";
import { inquiringTypes } from "@/lib/inquiries/schema";
import { interests, type Interest } from "@/lib/institutions/finder";
import { listProgrammes } from "@/lib/programmes/directory";
import { sendInquiry } from "./actions";

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<Record<string, string | undefined>> };

const fields = ["legend", "institutionName", "institutionType", "district", "contactName", "email", "phone", "optional", "programmes", "message", "consent", "submit", "choose", "errorSummary", "sent", "sentText", "honeypot", "another"] as const;
const errorKeys = ["required", "tooShort", "tooLong", "email", "phone", "choose", "chooseProgramme", "consent", "invalid", "rateLimited", "forbidden"] as const;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: await localeParam(params), namespace: "institutions" });
  return { title: t("title") };
}

export default async function InstitutionsPage({ params, searchParams }: Props) {
  const locale = await localeParam(params);
  setRequestLocale(locale);
  const query = await searchParams;
  const type = (inquiringTypes as readonly string[]).includes(query.type ?? "") ? (query.type as (typeof inquiringTypes)[number]) : undefined;
  const district = districtCodes.includes(query.district as DistrictCode) ? (query.district as DistrictCode) : undefined;
  const interest = (interests as readonly string[]).includes(query.interest ?? "") ? (query.interest as Interest) : undefined;
  const t = await getTranslations("institutions");
  const tTypes = await getTranslations("organisationTypes");
  const programmes = (await listProgrammes(locale)).filter((p) => p.slug !== "ifkuf");
  const preselected = programmes.some((p) => p.slug === query.programme) ? [query.programme!] : [];

  return (
    <div className="offers-page">
      <h1>{t("title")}</h1>
      <p className="prose">{t("lead")}</p>
      <ProgrammeFinder locale={locale} query={{ type, district, interest }} />
      <section className="card" aria-labelledby="inquiry-title" id="inquiry">
        <h2 id="inquiry-title">{t("inquiry.title")}</h2>
        <p>{t("inquiry.lead")}</p>
        <InquiryForm
          key={[...preselected, type, district].join("/")}
          action={sendInquiry}
          locale={locale}
          options={{
            types: inquiringTypes.map((value) => ({ value, label: tTypes(value) })),
            districts: districts.map((d) => ({ value: d.code, label: d.name })),
            programmes: programmes.map((p) => ({ value: p.slug, label: p.name })),
          }}
          defaults={{ programmes: preselected, institutionType: type, district }}
          text={Object.fromEntries(fields.map((key) => [key, t(`inquiry.${key}`)])) as Record<(typeof fields)[number], string>}
          errors={Object.fromEntries(errorKeys.map((key) => [key, t(`inquiry.errors.${key}`)]))}
        />
      </section>
    </div>
  );
}
