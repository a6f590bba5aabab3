import type { Metadata } from "next";
import { NextIntlClientProvider } from "next-intl";
import { getMessages, getTranslations } from "next-intl/server";
import { LoginForm } from "@/components/admin/login-form";
import { SsoButton } from "@/components/admin/sso-button";
import { OIDC_PROVIDER_ID, singleSignOnName } from "@/lib/auth/oidc";
import { env } from "@/lib/env";
import { backOfficePath } from "@/lib/http/back-office-path";
import { adminLocale } from "@/lib/i18n/admin-locale";

type Props = { searchParams: Promise<Record<string, string | undefined>> };

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations({ locale: await adminLocale(), namespace: "admin.login" });
  return { title: t("title") };
}

/** Only paths inside the back office are followed after signing in. */
const safeReturn = (value: string | undefined) => backOfficePath(value) ?? "/admin";

export default async function LoginPage({ searchParams }: Props) {
  const locale = await adminLocale();
  const t = await getTranslations({ locale, namespace: "admin.login" });
  const query = await searchParams;
  const sso = singleSignOnName(env());
  const messages = (await getMessages({ locale })) as { admin: { login: Record<string, string> } };
  return (
    <main id="main" className="login card">
      <h1>{t("title")}</h1>
      <p>{t("lead")}</p>
      {query.expired ? <p className="notice">{t("expired")}</p> : null}
      {query.error === "AccessDenied" ? (
        <p className="error-summary" role="alert">
          {t("ssoDenied")}
        </p>
      ) : null}
      <NextIntlClientProvider locale={locale} messages={{ admin: { login: messages.admin.login } }} timeZone="Europe/Berlin">
        <LoginForm callbackUrl={safeReturn(query.callbackUrl)} />
      </NextIntlClientProvider>
      {sso ? (
        <div className="stack">
          <p>{t("or")}</p>
          <SsoButton providerId={OIDC_PROVIDER_ID} label={t("sso", { name: sso })} callbackUrl={safeReturn(query.callbackUrl)} />
        </div>
      ) : null}
      <p>
        <a href={`/${locale}`}>{t("public")}</a>
      </p>
    </main>
  );
}
