/** Small helpers for plugins that read Liquid values: Ruby truthiness, drop/hash lookups, absolute URLs. */
import { Drop } from 'liquidjs'
import { isHash } from '../config/yaml.js'

/** Ruby truthiness: everything but nil and false. */
export function present(value: unknown): boolean {
  return value !== undefined && value !== null && value !== false
}

/** `object[key]` for drops and hashes, as Liquid looks it up. */
export function lookup(object: unknown, key: string): unknown {
  if (object instanceof Drop) {
    const value = key in object ? (object as unknown as Record<string, unknown>)[key] : object.liquidMethodMissing(key, undefined as never)
    return typeof value === 'function' ? undefined : value
  }
  if (isHash(object)) return object[key]
  return undefined
}

/** True for a string that parses as a URL with a scheme (Addressable's `absolute?`). */
export function isAbsoluteUrl(value: string): boolean {
  return /^[a-zA-Z][a-zA-Z0-9+.-]*:/.test(value)
}
