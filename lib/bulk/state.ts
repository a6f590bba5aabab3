// What the bulk bar learns from its action when the job could not be started (a started job goes
// to its own page). Beside the action's types so that components need not import from app/.
export type BulkState = { status: "idle" | "failed"; message?: string };
