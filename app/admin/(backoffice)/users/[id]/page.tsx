import Link from "next/link";
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { editing } from "@/components/admin/form/record-form-props";
import { RecordHeader } from "@/components/admin/record-header";
import { UserForm } from "@/components/admin/users/user-form";
import { requireUser } from "@/lib/auth/session";
import { adminLocale } from "@/lib/i18n/admin-locale";
import { organisationChoices } from "@/lib/organisations/editing";
import { userForEditing } from "@/lib/users/editing";
import { updateUserAction } from "../actions";

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ created?: string }> };

// The title names no one: it is worked out before the page checks who is asking.
export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations({ locale: await adminLocale(), namespace: "admin.users" });
  return { title: t("edit") };
}

export default async function UserPage({ params, searchParams }: Props) {
  const { id } = await params;
  const user = await requireUser("user.manage", `/admin/users/${id}`);
  const found = await userForEditing(id);
  if (!found) notFound();
  const [choices, locale] = await Promise.all([organisationChoices({}, [found.record.organizationId]), adminLocale()]);
  const t = await getTranslations({ locale, namespace: "admin" });
  const { record } = found;
  const date = new Intl.DateTimeFormat(locale, { dateStyle: "medium", timeStyle: "short", timeZone: "Europe/Berlin" });

  return (
    <div className="stack">
      <RecordHeader
        back={{ href: "/admin/users", label: t("form.back") }}
        title={record.name}
        status={{
          status: record.active ? "published" : "archived",
          label: t(`users.states.${record.active ? "active" : "inactive"}`),
        }}
        notice={(await searchParams).created ? t("form.created") : null}
      />
      <div className="meta-row">
        <span>
          {t("users.lastLogin")}: {record.lastLoginAt ? date.format(record.lastLoginAt) : t("form.never")}
        </span>
        <span>
          {t("users.since")}: {date.format(record.createdAt)}
        </span>
        <Link prefetch={false} href={`/admin/audit?entityType=User&entityId=${encodeURIComponent(record.id)}`}>
          {t("users.history")}
        </Link>
        <Link prefetch={false} href={`/admin/audit?userId=${encodeURIComponent(record.id)}`}>
          {t("users.changesBy")}
        </Link>
      </div>
      {record.id === user.id ? <p className="muted">{t("users.yourself")}</p> : null}
      <UserForm locale={locale} action={updateUserAction} {...editing(found)} organisations={choices} />
    </div>
  );
}
