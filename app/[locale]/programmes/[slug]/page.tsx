import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { ProgrammeSites } from "@/components/programmes/programme-sites";
import { ContactLinks } from "@/components/ui/contact-links";
import { formatList } from "@/lib/i18n/list";
import { Link } from "@/lib/i18n/navigation";
import { localeParam } from "@/lib/i18n/params";
import { getProgramme } from "@/lib/programmes/directory";
import { TextOriginNote } from "@/components/content/text-origin-note";
import { directionOf } from "@/lib/i18n/locales";

type Props = { params: Promise<{ locale: string; slug: string }> };

async function load(params: Props["params"]) {
  const locale = await localeParam(params);
  const { slug } = await params;
  const programme = await getProgramme(slug, locale);
  if (!programme) notFound();
  return { locale, programme };
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { programme } = await load(params);
  return { title: programme.name, description: programme.summary };
}

export default async function ProgrammePage({ params }: Props) {
  const { locale, programme } = await load(params);
  setRequestLocale(locale);
  const t = await getTranslations("programmes");
  const tTypes = await getTranslations("organisationTypes");
  const tRoles = await getTranslations("participationRoles");
  const lang = programme.isFallback ? programme.origin.locale : undefined;
  const dir = lang ? directionOf(programme.origin.locale) : undefined;

  return (
    <article className="offer-detail">
      <p>
        <Link href="/programmes">{t("back")}</Link>
        {programme.parent ? (
          <>
            {" · "}
            {t("partOf")} <Link href={`/programmes/${programme.parent.slug}`}>{programme.parent.name}</Link>
          </>
        ) : null}
      </p>
      <h1 lang={lang} dir={dir}>
        {programme.name}
      </h1>
      <TextOriginNote origin={programme.origin} />
      <p className="offer-detail__lead" lang={lang} dir={dir}>
        {programme.summary}
      </p>
      <section aria-labelledby="purpose" lang={lang}>
        <h2 id="purpose">{t("purpose")}</h2>
        <p>{programme.description}</p>
        <h3>{t("targetGroup")}</h3>
        <p>{programme.targetGroup}</p>
        {programme.howItWorks ? (
          <>
            <h3>{t("howItWorks")}</h3>
            <p>{programme.howItWorks}</p>
          </>
        ) : null}
      </section>
      {programme.children.length > 0 ? (
        <section aria-labelledby="children">
          <h2 id="children">{t("umbrellaOf")}</h2>
          <ul className="programme-list programme-list--children">
            {programme.children.map((c) => (
              <li key={c.slug}>
                <h3>
                  <Link href={`/programmes/${c.slug}`}>{c.name}</Link>
                </h3>
                <p>{c.summary}</p>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      <section aria-labelledby="hosting" className="card">
        <h2 id="hosting">{t("hosting")}</h2>
        <p>{t("hostTypes", { types: formatList(programme.hostTypes.map((type) => tTypes(type)), locale) })}</p>
        {programme.hostInfo ? <p lang={lang}>{programme.hostInfo}</p> : null}
        {programme.funding ? (
          <p lang={lang}>
            <strong>{t("funding")}:</strong> {programme.funding}
          </p>
        ) : null}
        <Link className="button" href={{ pathname: "/institutions", query: { programme: programme.slug } }}>
          {t("ask")}
        </Link>
      </section>
      <section aria-labelledby="contact">
        <h2 id="contact">{t("contact")}</h2>
        {programme.contact.organisation ? (
          <p>
            <Link href={`/organisations/${programme.contact.organisation.slug}`}>{programme.contact.organisation.name}</Link>
          </p>
        ) : null}
        <ContactLinks phone={programme.contact.phone} email={programme.contact.email} />
      </section>
      <ProgrammeSites programme={programme} locale={locale} />
      <p>
        <a href={`/api/programmes/${programme.slug}/calendar?locale=${locale}`} type="text/calendar">
          {t("calendar")}
        </a>
      </p>
      {programme.partners.length > 0 ? (
        <section aria-labelledby="partners">
          <h2 id="partners">{t("partners")}</h2>
          <ul>
            {programme.partners.map((p, i) => (
              <li key={i}>
                <Link href={`/organisations/${p.slug}`}>{p.name}</Link> ({tRoles(p.role)})
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      {programme.offerCount > 0 ? (
        <p>
          <Link className="button button--secondary" href={{ pathname: "/offers", query: { programme: programme.slug } }}>
            {t("offers", { count: programme.offerCount })}
          </Link>
        </p>
      ) : null}
    </article>
  );
}
