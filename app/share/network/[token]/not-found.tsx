import { adminLocale } from "@/lib/i18n/admin-locale";
import { networkTranslator } from "@/lib/network/messages";

// A forged, expired or revoked share link: answered with 404, so that nothing caches or indexes it
// as a page, and told in the partner's language what to do.
export default async function SharedNetworkGone() {
  const t = networkTranslator(await adminLocale());
  return (
    <main id="main" className="stack">
      <h1>{t("share.pageTitle")}</h1>
      <p role="alert">{t("share.invalid")}</p>
    </main>
  );
}
