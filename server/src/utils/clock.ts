/** Current time as an ISO string. One place so tests can reason about it. */
export function nowIso(): string {
  return new Date().toISOString();
}
