// Spreadsheet formula injection (OWASP "CSV Injection"): a cell that starts with =, +, -, @, a tab
// or a carriage return is read by Excel and LibreOffice as a formula, so a name such as
// =HYPERLINK("https://evil.example","Klick") in the data becomes a live link or worse in a
// coordinator's spreadsheet. Every CSV the app writes passes its cells through here (lib/csv/write.ts).

const trigger = /^[=+\-@\t\r]/;
// A plain number such as -3 or -0,5: a spreadsheet reads it as the number it is, and digits with
// one sign and one decimal separator cannot form a function call or a reference. Everything else
// that starts with a trigger is guarded, phone numbers such as "+49 241 …" too: unguarded, a
// spreadsheet would evaluate them (the space is its intersection operator) and show #NULL!.
const plainNumber = /^-\d+(?:[.,]\d+)?$/;

/** The cell as it is, or behind a single quote where a spreadsheet would read it as a formula (OWASP). */
export function guardFormula(value: string): string {
  return trigger.test(value) && !plainNumber.test(value) ? `'${value}` : value;
}

/**
 * The inverse for the import: a cell that the guard would have produced loses its quote, so that a
 * file the app wrote, or a spreadsheet saved from it, reads back as the original value.
 */
export function unguardFormula(value: string): string {
  if (!value.startsWith("'")) return value;
  const rest = value.slice(1);
  return trigger.test(rest) && !plainNumber.test(rest) ? rest : value;
}
