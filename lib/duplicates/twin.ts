// A record that may be the one being created: what a warning names and links. Shared by the write
// path, which refuses a create that has twins until the user confirms, and the forms that show them.

export type Twin = { id: string; name: string; href: string };

/** Raised inside a write when likely twins exist and the user has not confirmed saving anyway. */
export class TwinsFound extends Error {
  constructor(readonly twins: Twin[]) {
    super("twins");
  }
}

/** The form field a user ticks to save despite the twins shown. */
export const SAVE_ANYWAY = "saveAnyway";
