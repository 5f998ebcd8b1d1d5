/**
 * A flat copy of a string: never a slice of a larger text (which it would keep alive) nor a chain of
 * concatenations (a template literal builds one node per part, ~32 bytes each). For strings held to
 * the end of a run: parsed values, finding messages.
 */
export function flatString(s: string): string {
  return s.length < 13 ? s : (JSON.parse(JSON.stringify(s)) as string);
}
