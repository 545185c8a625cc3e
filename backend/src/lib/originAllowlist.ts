/**
 * Whether a request's Origin may use the API: one of the configured origins, or none at all
 * (non-browser clients such as curl, which no other site's page can drive).
 */
export function createOriginAllowlist(origins: readonly string[]) {
  const allowed = new Set(origins);
  return (origin: string | undefined): boolean => origin === undefined || allowed.has(origin);
}
