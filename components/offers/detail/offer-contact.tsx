import { getTranslations } from "next-intl/server";
import { ContactLinks } from "@/components/ui/contact-links";
import type { OfferDetail } from "@/lib/offers/types";

export async function OfferContact({ offer }: { offer: OfferDetail }) {
  if (!offer.phone && !offer.email && !offer.website) return null;
  const t = await getTranslations("offer.contact");
  return (
    <section aria-labelledby="contact-title">
      <h2 id="contact-title">{t("title")}</h2>
      <ContactLinks
        phone={offer.phone}
        email={offer.email}
        website={offer.website}
        labels={{ phone: t("phone"), email: t("email"), website: t("website") }}
      />
    </section>
  );
}
