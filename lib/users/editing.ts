import "server-only";
// Back-office accounts: the list admins work from, the form's values, and saving through the one
// write path. Accounts are never deleted, only deactivated, so that the audit trail keeps its
// authors. Passwords exist only as bcrypt hashes and never reach an audit entry.
import { z } from "zod";
import type { Prisma } from "../../generated/sqlite/client";
import { hashPassword } from "../auth/passwords";
import { roles, type Actor, type Role } from "../auth/policy";
import { db } from "../db/index";
import type { DbTransaction as Tx } from "../db/client";
import { contains } from "../db/text-search";
import * as field from "../forms/fields";
import { flattenValues, type FormValues } from "../forms/values";
import { updateVersioned } from "../mutation/versioned";
import { FieldError, mutate } from "../mutation/mutate";
import { isGuessablePassword } from "./password-strength";
import { translationTargets } from "../translations/kinds";

export const MIN_PASSWORD_LENGTH = 12;

// Passwords are taken as typed: trimming would silently change them.
const password = () =>
  z.string({ error: "required" }).min(1, "required").min(MIN_PASSWORD_LENGTH, "passwordTooShort").max(200, "tooLong");

const schema = z.object({
  name: field.requiredText(200),
  email: z
    .string({ error: "required" })
    .trim()
    .toLowerCase()
    .min(1, "required")
    .max(254, "tooLong")
    .pipe(z.email("email")),
  role: z.enum(roles, { error: "choose" }),
  organizationId: field.optionalId(),
  // The languages a translator may translate into; German is the source, never a target.
  languages: field.list().pipe(z.array(z.enum(translationTargets as [string, ...string[]], { error: "unknownChoice" }))),
});

/** Refuses a common or easily guessed password, also one made of the person's own name or e-mail. */
function refuseGuessable(data: { password: string | null; name: string; email: string }, ctx: z.RefinementCtx) {
  if (data.password && isGuessablePassword(data.password, [data.name, data.email]))
    ctx.addIssue({ code: "custom", path: ["password"], message: "passwordCommon" });
}

const createSchema = schema.extend({ password: password() }).superRefine(refuseGuessable);

const updateSchema = schema
  .extend({
    id: field.id(),
    version: field.version(),
    // Empty keeps the current password.
    password: z
      .union([z.literal(""), password()])
      .optional()
      .transform((v) => v || null),
    active: field.checkbox(),
  })
  .superRefine(refuseGuessable);

const editSelect = {
  id: true,
  version: true,
  name: true,
  email: true,
  role: true,
  organizationId: true,
  active: true,
  lastLoginAt: true,
  createdAt: true,
  organization: { select: { name: true } },
  translatorLanguages: { select: { locale: true }, orderBy: { locale: "asc" } },
} satisfies Prisma.UserSelect;

type EditRecord = Prisma.UserGetPayload<{ select: typeof editSelect }>;

/** An account as its form shows it; also what a conflicting save is compared with and what the audit keeps. */
function formValuesOf(record: EditRecord): FormValues {
  const { name, email, role, organizationId, active } = record;
  const languages = record.translatorLanguages.map((l) => l.locale);
  return flattenValues({ name, email, role, organizationId, active, languages });
}

export async function userForEditing(id: string) {
  const record = await db.user.findUnique({ where: { id }, select: editSelect });
  return record ? { record, values: formValuesOf(record) } : null;
}

export const newUserValues: FormValues = { role: "editor" };

export type UserFilter = { q?: string; role?: string; state?: string };

export const userStates = ["active", "inactive"] as const;

export async function listUsers(filter: UserFilter = {}) {
  const q = filter.q?.trim();
  return db.user.findMany({
    where: {
      ...(q ? { OR: [{ name: contains(q) }, { email: contains(q.toLowerCase()) }] } : {}),
      ...((roles as readonly string[]).includes(filter.role ?? "") ? { role: filter.role as Role } : {}),
      ...(filter.state === "active" ? { active: true } : filter.state === "inactive" ? { active: false } : {}),
    },
    orderBy: [{ active: "desc" }, { name: "asc" }],
    take: 500,
    select: {
      id: true,
      name: true,
      email: true,
      role: true,
      active: true,
      lastLoginAt: true,
      organization: { select: { id: true, name: true } },
    },
  });
}

type Fields = z.infer<typeof schema>;

/** Editors work for one organisation, which must exist; the others are not bound to any. */
async function organisationFor(tx: Tx, fields: Fields): Promise<string | null> {
  if (fields.role !== "editor") return null;
  if (!fields.organizationId) throw new FieldError("organizationId", "editorNeedsOrganisation");
  const found = await tx.organization.findUnique({ where: { id: fields.organizationId }, select: { id: true } });
  if (!found) throw new FieldError("organizationId", "unknownChoice");
  return found.id;
}

/** Only translators hold languages; a translator without one could do nothing. */
function languagesFor(fields: Fields): string[] {
  if (fields.role !== "translator") return [];
  if (fields.languages.length === 0) throw new FieldError("languages", "translatorNeedsLanguage");
  return [...new Set(fields.languages)];
}

async function writeLanguages(tx: Tx, userId: string, languages: string[]) {
  await tx.translatorLanguage.deleteMany({ where: { userId } });
  if (languages.length) await tx.translatorLanguage.createMany({ data: languages.map((locale) => ({ userId, locale })) });
}

async function checkEmailFree(tx: Tx, email: string, id?: string) {
  const taken = await tx.user.findFirst({ where: { email, ...(id ? { id: { not: id } } : {}) }, select: { id: true } });
  if (taken) throw new FieldError("email", "duplicate");
}

/**
 * The back office must keep someone who can manage accounts: the last active admin stays one, and
 * no admin locks themselves out by accident (another admin has to do it).
 */
async function checkAdminsRemain(tx: Tx, before: EditRecord, next: { role: Role; active: boolean }, actor: Actor) {
  const demoted = before.role === "admin" && next.role !== "admin";
  const deactivated = before.active && !next.active;
  if (!demoted && !deactivated) return;
  const field = demoted ? "role" : "active";
  if (before.role === "admin" && before.active) {
    const others = await tx.user.count({ where: { role: "admin", active: true, id: { not: before.id } } });
    if (others === 0) throw new FieldError(field, "lastAdmin");
  }
  if (before.id === actor?.id) throw new FieldError(field, "notYourself");
}

export function createUser(input: unknown, actor: Actor) {
  return mutate({
    schema: createSchema,
    action: "user.manage",
    actor,
    input,
    write: async (tx, data) => {
      const { password: plain, ...fields } = data;
      await checkEmailFree(tx, fields.email);
      const organizationId = await organisationFor(tx, fields);
      const languages = languagesFor(fields);
      const passwordHash = await hashPassword(plain);
      const { id } = await tx.user.create({
        data: { name: fields.name, email: fields.email, role: fields.role, organizationId, passwordHash },
        select: { id: true },
      });
      await writeLanguages(tx, id, languages);
      const created = await tx.user.findUniqueOrThrow({ where: { id }, select: editSelect });
      return {
        result: { id: created.id, version: created.version },
        audit: {
          action: "create",
          entityType: "User",
          entityId: created.id,
          summary: created.name,
          after: formValuesOf(created),
        },
      };
    },
  });
}

/** Saves an existing account, refused when it changed since the form was loaded. */
export function updateUser(input: unknown, actor: Actor) {
  return mutate({
    schema: updateSchema,
    action: "user.manage",
    actor,
    input,
    write: async (tx, data) => {
      const { id, version, password: plain, active, ...fields } = data;
      const passwordHash = plain ? await hashPassword(plain) : undefined;
      let languages: string[] = [];
      return updateVersioned({
        entityType: "User",
        id,
        version,
        load: () => tx.user.findUnique({ where: { id }, select: editSelect }),
        update: async (before) => {
          await checkEmailFree(tx, fields.email, id);
          const organizationId = await organisationFor(tx, fields);
          languages = languagesFor(fields);
          await checkAdminsRemain(tx, before, { role: fields.role, active }, actor);
          // A new password, a new role or a deactivation ends every session the account has open.
          const endsSessions = passwordHash !== undefined || fields.role !== before.role || (before.active && !active);
          return tx.user.updateMany({
            where: { id, version },
            data: {
              name: fields.name,
              email: fields.email,
              role: fields.role,
              organizationId,
              active,
              passwordHash,
              version: { increment: 1 },
              ...(endsSessions ? { sessionVersion: { increment: 1 } } : {}),
            },
          });
        },
        parts: () => writeLanguages(tx, id, languages),
        valuesOf: formValuesOf,
        summaryOf: (r) => r.name,
        result: () => ({ id }),
        // That the password changed belongs in the history; the password or its hash does not.
        auditAfter: (): FormValues => (passwordHash ? { passwordChanged: "true" } : {}),
      });
    },
  });
}
