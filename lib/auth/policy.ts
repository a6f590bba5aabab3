// Who may do what: the one place that answers it. Pages hide what this forbids; every server action
// and route handler asks it again before writing.
export type Role = "admin" | "coordinator" | "editor" | "translator";
export const roles = ["admin", "coordinator", "editor", "translator"] as const satisfies readonly Role[];

/** The signed-in user as the policy sees it; null is an anonymous visitor. */
export type Actor = { id: string; role: Role; organizationId: string | null } | null;

export const actions = [
  "inquiry.create",
  "inquiry.read",
  "inquiry.update",
  "backoffice.enter",
  "organisation.create",
  "organisation.update",
  "organisation.verify",
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
  "review.read",
  "network.read",
  "district.update",
  "data.import",
  "data.export",
  "mail.resend",
  "translation.machine",
  "glossary.manage",
] as const;
export type Action = (typeof actions)[number];

/** What a rule may look at besides the actor: the organisation a record belongs to. */
export type Resource = { organizationId?: string | null };

type Rule = (actor: NonNullable<Actor>, resource: Resource) => boolean;
const staff: Rule = (actor) => actor.role === "admin" || actor.role === "coordinator";
const admins: Rule = (actor) => actor.role === "admin";
const signedIn: Rule = () => true;
// Partner editors keep their own organisation's offers and locations; a resource without an
// organisation (a list page, a new record not yet tied to one) is theirs to open, not to write.
const ownOrStaff: Rule = (actor, resource) =>
  staff(actor, resource) ||
  (actor.role === "editor" && actor.organizationId !== null && resource.organizationId === actor.organizationId);
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
  // Everyone signed in sees what is due for review; the list holds only what they may verify.
  "review.read": signedIn,
  "network.read": staff,
  "district.update": staff,
  // An import writes across every organisation at once, so partner editors cannot run one.
  "data.import": staff,
  "data.export": staff,
  "mail.resend": staff,
  // Machine translation of a record runs for whoever saved its German text (a partner editor's
  // own offer too); a bulk job names no organisation, so only staff may start one.
  "translation.machine": ownOrStaff,
  "glossary.manage": staff,
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
