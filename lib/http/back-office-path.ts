/**
 * A path inside the back office to return to, or null: only `/admin…` paths are followed, so that
 * a crafted link cannot send a signed-in user elsewhere (`//evil.example`, `/admin/../x` and
 * backslashes are refused).
 */
export function backOfficePath(value: string | null | undefined): string | null {
  if (!value || !/^\/admin(?:[/?#]|$)/.test(value) || /[\\]|\/\.\.?(?:[/?#]|$)/.test(value)) return null;
  return value;
}
