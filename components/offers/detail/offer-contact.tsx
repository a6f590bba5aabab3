import { getTranslations } from "next-intl/server";
import { ContactLinks } from "@/components/ui/contact-links";
import type { OfferDetail } from "@/lib/offers/types";

const hasAny = (c: { phone: string | null; email: string | null; website: string | null }) =>
  Boolean(c.phone || c.email || c.website);

/** The offer's own contact; without one, the provider's, said to be the provider's. */
export async function OfferContact({ offer }: { offer: OfferDetail }) {
  const own = hasAny(offer);
  if (!own && !hasAny(offer.providerContact)) return null;
  const t = await getTranslations("offer.contact");
  const contact = own ? offer : offer.providerContact;
  return (
    <section aria-labelledby="contact-title">
      <h2 id="contact-title">{t("title")}</h2>
      {own ? null : (
        <p>
          {t.rich("viaProvider", { name: offer.provider.name, provider: (chunks) => <bdi lang="de">{chunks}</bdi> })}
        </p>
      )}
      <ContactLinks
        phone={contact.phone}
        email={contact.email}
        website={contact.website}
        labels={{ phone: t("phone"), email: t("email"), website: t("website") }}
      />
    </section>
  );
}
