import "server-only";
import type { Actor } from "./policy";

/** The signed-in user for the policy; anonymous until the back office's login exists. */
export async function currentActor(): Promise<Actor> {
  return null;
}
