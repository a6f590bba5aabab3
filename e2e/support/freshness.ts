// The journeys' window into the still-correct mail: the outbox of the journeys' database, since
// their mail server is a closed port. Also readies a partner's entry to be due for review, so that
// the journey does not depend on the demo dates or on what other journeys confirmed.
import Database from "better-sqlite3";

const file = "data/e2e.db";

function open() {
  const db = new Database(file);
  db.pragma("busy_timeout = 5000");
  return db;
}

/** Makes one of the editor's entries due and forgets this round's request to them; returns its title. */
export function readyDueEntry(editorEmail: string): string {
  const db = open();
  try {
    const row = db
      .prepare(
        `SELECT o.id, t.title FROM "Offer" o
         JOIN "User" u ON u.organizationId = o.organizationId
         JOIN "OfferTranslation" t ON t.offerId = o.id AND t.locale = 'de'
         WHERE u.email = ? AND o.status != 'archived' ORDER BY o.slug LIMIT 1`,
      )
      .get(editorEmail) as { id: string; title: string };
    db.prepare(`UPDATE "Offer" SET lastVerifiedAt = NULL WHERE id = ?`).run(row.id);
    db.prepare(`DELETE FROM "FreshnessRequest" WHERE userId = (SELECT id FROM "User" WHERE email = ?)`).run(editorEmail);
    return row.title;
  } finally {
    db.close();
  }
}

/** The newest still-correct mail to an address, as the outbox holds it. */
export function latestFreshnessMail(to: string): { subject: string; text: string; link: string } | null {
  const db = open();
  try {
    const mail = db
      .prepare(`SELECT subject, text FROM "OutboxMessage" WHERE kind = 'freshness' AND "to" = ? ORDER BY createdAt DESC LIMIT 1`)
      .get(to) as { subject: string; text: string } | undefined;
    if (!mail) return null;
    const link = /https?:\/\/\S+\/admin\/still-correct\/\S+/.exec(mail.text)?.[0] ?? "";
    return { ...mail, link };
  } finally {
    db.close();
  }
}
