// Reply templates name the asker and what they asked about with placeholders, so that one text
// serves every Kita: {name} (the contact person), {institution}, {programmes}, {district}.
export const replyPlaceholders = ["name", "institution", "programmes", "district"] as const;
export type ReplyPlaceholder = (typeof replyPlaceholders)[number];

/** Fills the placeholders; an unknown one stays as written, so a typo shows instead of vanishing. */
export function fillReply(template: string, values: Record<ReplyPlaceholder, string>): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) =>
    (replyPlaceholders as readonly string[]).includes(key) ? values[key as ReplyPlaceholder] : whole,
  );
}
