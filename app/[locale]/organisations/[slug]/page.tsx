import type { Metadata } from "next";
import { notFound, permanentRedirect } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { OfferList } from "@/components/offers/offer-list";
import { ContactLinks } from "@/components/ui/contact-links";
import { PostalAddress } from "@/components/ui/postal-address";
import { Link } from "@/lib/i18n/navigation";
import { localeParam } from "@/lib/i18n/params";
import { listOffersOfOrganisation } from "@/lib/offers/queries";
import { getOrganisation } from "@/lib/organisations/directory";
import { mergedOrganisationSlug } from "@/lib/organisations/merge";
import { TextOriginNote } from "@/components/content/text-origin-note";
import { directionOf } from "@/lib/i18n/locales";

type Props = { params: Promise<{ locale: string; slug: string }> };

async function load(params: Props["params"]) {
  const locale = await localeParam(params);
  const { slug } = await params;
  const organisation = await getOrganisation(slug, locale);
  if (!organisation) {
    // An organisation merged into another: links and bookmarks to it lead to the one it became.
    const merged = await mergedOrganisationSlug(slug);
    if (merged) permanentRedirect(`/${locale}/organisations/${merged}`);
    notFound();
  }
  return { locale, organisation };
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { organisation } = await load(params);
  return { title: organisation.name };
}

export default async function OrganisationPage({ params }: Props) {
  const { locale, organisation } = await load(params);
  setRequestLocale(locale);
  const t = await getTranslations("organisations");
  const tTypes = await getTranslations("organisationTypes");
  const tRoles = await getTranslations("participationRoles");
  const offers = await listOffersOfOrganisation(organisation.slug, locale);
  const lang = organisation.isFallback ? organisation.descriptionLocale : undefined;
  const dir = lang ? directionOf(organisation.origin.locale) : undefined;

  return (
    <article className="offer-detail">
      <p>
        <Link href="/organisations">{t("back")}</Link>
      </p>
      {/* Names are German: isolated, "e. V." keeps its full stop at the end in Arabic and Farsi too. */}
      <h1>
        <bdi>{organisation.name}</bdi>
      </h1>
      <p className="offer-card__tags">
        <span className="badge">{tTypes(organisation.type)}</span>
      </p>
      {organisation.description ? (
        <>
          <TextOriginNote origin={organisation.origin} />
          <p lang={lang} dir={dir}>
            {organisation.description}
          </p>
        </>
      ) : null}
      {organisation.parent ? (
        <p>
          {t("partOf")}{" "}
          <Link href={`/organisations/${organisation.parent.slug}`}>
            <bdi>{organisation.parent.name}</bdi>
          </Link>
        </p>
      ) : null}
      {organisation.locations.length > 0 ? (
        <section aria-labelledby="org-places">
          <h2 id="org-places">{t("places")}</h2>
          <ul className="places">
            {organisation.locations.map((l, i) => (
              <li key={i} className="card">
                <PostalAddress {...l} />
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      {organisation.phone || organisation.email || organisation.website ? (
        <section aria-labelledby="org-contact">
          <h2 id="org-contact">{t("contact")}</h2>
          <ContactLinks phone={organisation.phone} email={organisation.email} website={organisation.website} />
        </section>
      ) : null}
      {organisation.programmes.length > 0 ? (
        <section aria-labelledby="org-programmes">
          <h2 id="org-programmes">{t("programmes")}</h2>
          <ul>
            {organisation.programmes.map((p, i) => (
              <li key={i}>
                <Link href={`/programmes/${p.slug}`}>{p.name}</Link> ({tRoles(p.role)})
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      <section aria-labelledby="org-offers">
        <h2 id="org-offers">{t("offersTitle")}</h2>
        {offers.length > 0 ? <OfferList offers={offers} locale={locale} /> : <p>{t("noOffers")}</p>}
      </section>
    </article>
  );
}
