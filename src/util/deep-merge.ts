import { isHash } from '../config/yaml.js'

/**
 * Jekyll's `Utils.deep_merge_hashes`: hashes merge recursively, any other value replaces the old one,
 * and a `null`/`undefined` new value keeps the old one. Returns a new object; inputs are not modified.
 */
export function deepMerge<T extends Record<string, unknown>>(target: T, overwrite: Record<string, unknown>): T {
  const result: Record<string, unknown> = { ...target }
  for (const [key, value] of Object.entries(overwrite)) {
    if (value === null || value === undefined) {
      if (!(key in result)) result[key] = value
      continue
    }
    const old = result[key]
    result[key] = isHash(old) && isHash(value) ? deepMerge(old, value) : value
  }
  return result as T
}
