/**
 * A copy of a string that does not keep the string it was cut from alive: V8 represents a slice of 13 or
 * more characters as a view of the whole string (a file's text), which would then stay in memory as long
 * as the slice does.
 */
export function copyString(s: string): string {
  return s.length < 13 ? s : ` ${s}`.slice(1)
}
