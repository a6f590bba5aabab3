// Who may do what: the one place that answers it. Pages hide what this forbids; every server action
// and route handler asks it again before writing.
import type { TranslatedKind } from "../translations/status";

export type Role = "admin" | "coordinator" | "editor" | "translator";
export const roles = ["admin", "coordinator", "editor", "translator"] as const satisfies readonly Role[];

/**
 * The signed-in user as the policy sees it; null is an anonymous visitor. A translator's languages
 * are read from the database with the account (TranslatorLanguage), never from a form; missing
 * means none.
 */
export type Actor = { id: string; role: Role; organizationId: string | null; languages?: readonly string[] } | null;

export const actions = [
  "inquiry.create",
  "inquiry.read",
  "inquiry.update",
  "backoffice.enter",
  "organisation.create",
  "organisation.update",
  "organisation.verify",
  "organisation.merge",
  "location.create",
  "location.update",
  "offer.read",
  "offer.create",
  "offer.update",
  "offer.verify",
  "programme.update",
  "participation.manage",
  "relationship.manage",
  "taxonomy.manage",
  "user.manage",
  "audit.read",
  "history.restore",
  "review.read",
  "network.read",
  "report.read",
  "network.views",
  "network.share",
  "network.shared",
  "district.update",
  "data.import",
  "data.export",
  "mail.resend",
  "translation.exchange",
  "dashboard.read",
  "profile.read",
  "translation.read",
  "translation.update",
  "translation.machine",
  "glossary.manage",
  "bulk.run",
  "freshness.manage",
  "inquiry.template",
] as const;
export type Action = (typeof actions)[number];

/**
 * What a rule may look at besides the actor: the organisation a record belongs to and, for a
 * translation, the language and the kind of record it translates.
 */
export type Resource = { organizationId?: string | null; locale?: string; translationOf?: TranslatedKind };

type Rule = (actor: NonNullable<Actor>, resource: Resource) => boolean;
const staff: Rule = (actor) => actor.role === "admin" || actor.role === "coordinator";
const admins: Rule = (actor) => actor.role === "admin";
const signedIn: Rule = () => true;
// Partner editors keep their own organisation's offers and locations; a resource without an
// organisation (a list page, a new record not yet tied to one) is theirs to open, not to write.
const ownOrStaff: Rule = (actor, resource) =>
  staff(actor, resource) ||
  (actor.role === "editor" && actor.organizationId !== null && resource.organizationId === actor.organizationId);
const contentUsers: Rule = (actor) => actor.role !== "translator";
const speaks = (actor: NonNullable<Actor>, locale: string) => locale !== "de" && (actor.languages ?? []).includes(locale);
// The translation pages: staff see every language; a translator the languages assigned to them (a
// page not about one language, the overview, when they have any).
const readsTranslations: Rule = (actor, resource) =>
  staff(actor, resource) ||
  (actor.role === "translator" &&
    (resource.locale === undefined ? (actor.languages ?? []).some((l) => l !== "de") : speaks(actor, resource.locale)));
// German is the source and is written in the record's own editor; here only the other languages.
// A partner editor translates their organisation's offers, as in the offer editor.
const translates: Rule = (actor, resource) =>
  resource.locale !== undefined &&
  resource.locale !== "de" &&
  (staff(actor, resource) ||
    (actor.role === "translator" && speaks(actor, resource.locale)) ||
    (resource.translationOf === "offer" && actor.role === "editor" && ownOrStaff(actor, resource)));
// Exporting and importing a language's texts, every record at once: staff, and translators of that
// language. Without a language (the question "may they exchange any?") as for reading.
const exchangesTranslations: Rule = (actor, resource) =>
  resource.locale === undefined
    ? readsTranslations(actor, resource)
    : resource.locale !== "de" && (staff(actor, resource) || (actor.role === "translator" && speaks(actor, resource.locale)));
const anyone = "anyone" as const;

const rules: Record<Action, Rule | typeof anyone> = {
  // Institutions ask without an account; spam protection happens before the policy.
  "inquiry.create": anyone,
  "inquiry.read": staff,
  "inquiry.update": staff,
  "backoffice.enter": signedIn,
  "organisation.create": staff,
  "organisation.update": staff,
  "organisation.verify": staff,
  // A merge moves another organisation's offers, places and editors: never a partner's decision.
  "organisation.merge": staff,
  "location.create": ownOrStaff,
  "location.update": ownOrStaff,
  "offer.read": ownOrStaff,
  "offer.create": ownOrStaff,
  "offer.update": ownOrStaff,
  "offer.verify": ownOrStaff,
  "programme.update": staff,
  "participation.manage": staff,
  "relationship.manage": staff,
  "taxonomy.manage": staff,
  "user.manage": admins,
  "audit.read": staff,
  // Restoring goes through the record's own save as well, which checks the record itself.
  "history.restore": staff,
  // Everyone who keeps content sees what is due for review; the list holds only what they may verify.
  "review.read": contentUsers,
  "network.read": staff,
  // The committee report names every partner's relationships: staff present it, partners do not.
  "report.read": staff,
  // Saved views of the network are the coordinators' shared working state, like the network itself.
  "network.views": staff,
  "network.share": staff,
  // The partners' read-only page of a shared view (/share/network/{token}): the signed, expiring
  // token is the permission, checked in lib/network/share.ts; the page shows no personal data.
  "network.shared": anyone,
  "district.update": staff,
  // An import writes across every organisation at once, so partner editors cannot run one.
  "data.import": staff,
  "data.export": staff,
  "mail.resend": staff,
  // A translator's back office is the translation pages and their own account, nothing else.
  "dashboard.read": contentUsers,
  "profile.read": signedIn,
  "translation.read": readsTranslations,
  "translation.update": translates,
  // Exporting a language's texts for an agency and importing them back: whoever may translate
  // every record of that language (staff, and translators of it).
  "translation.exchange": exchangesTranslations,
  // Machine translation of a record runs for whoever saved its German text (a partner editor's
  // own offer too); a bulk job names no organisation, so only staff may start one.
  "translation.machine": ownOrStaff,
  "glossary.manage": staff,
  // Starting a bulk action over a list: whoever keeps content. Each record then passes the policy
  // on its own, so a partner editor's run changes only their organisation's offers.
  "bulk.run": contentUsers,
  // Who was asked by mail to confirm their entries, and sending those mails by hand.
  "freshness.manage": staff,
  // The reply templates every coordinator answers inquiries from.
  "inquiry.template": staff,
};

export function can(actor: Actor, action: Action, resource: Resource = {}): boolean {
  const rule = rules[action];
  if (rule === anyone) return true;
  return actor !== null && rule(actor, resource);
}

/** For list pages: whether the actor may do the action on at least some records. */
export function canSome(actor: Actor, action: Action): boolean {
  return can(actor, action, { organizationId: actor?.organizationId ?? null });
}
