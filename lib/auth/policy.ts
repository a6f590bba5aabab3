// Who may do what: the one place that answers it. Pages hide what this forbids; every server action
// and route handler asks it again before writing.
export type Role = "admin" | "coordinator" | "editor";

/** The signed-in user as the policy sees it; null is an anonymous visitor. */
export type Actor = { id: string; role: Role; organizationId: string | null } | null;

export type Action =
  | "inquiry.create"
  | "inquiry.read"
  | "inquiry.update"
  | "backoffice.enter";

/** What a rule may look at besides the actor, e.g. the organisation a record belongs to. */
export type Resource = { organizationId?: string | null };

type Rule = (actor: NonNullable<Actor>, resource: Resource) => boolean;
const staff: Rule = (actor) => actor.role === "admin" || actor.role === "coordinator";
const anyone = "anyone" as const;

const rules: Record<Action, Rule | typeof anyone> = {
  // Institutions ask without an account; spam protection happens before the policy.
  "inquiry.create": anyone,
  "inquiry.read": staff,
  "inquiry.update": staff,
  "backoffice.enter": () => true,
};

export function can(actor: Actor, action: Action, resource: Resource = {}): boolean {
  const rule = rules[action];
  if (rule === anyone) return true;
  return actor !== null && rule(actor, resource);
}
