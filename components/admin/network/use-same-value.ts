// A server action's refresh (saving a view revalidates the page) hands the graph new arrays with
// the same content; taken as new, they would reload the graph and arrange it anew, throwing away
// the arrangement the coordinator has just saved. The graph gets a new value only when it differs.
import { useMemo } from "react";

export function useSameValue<T>(value: T): T {
  const key = useMemo(() => JSON.stringify(value), [value]);
  return useMemo(() => JSON.parse(key) as T, [key]);
}
