/**
 * Makes liquidjs property lookups match Ruby Liquid where they differ for strings:
 * `{{ str.size }}` counts Unicode characters, not UTF-16 code units.
 * Patches `Context.prototype.readProperty` once per process (idempotent).
 */
import { Context } from 'liquidjs'

let patched = false

/** Installs the lookup patch (see module doc). */
export function enableRubyLookups (): void {
  if (patched) return
  patched = true
  const proto = Context.prototype as unknown as { readProperty: (obj: unknown, key: unknown) => unknown }
  const readProperty = proto.readProperty
  proto.readProperty = function (this: unknown, obj: unknown, key: unknown) {
    if (typeof obj === 'string' && key === 'size') return Array.from(obj).length
    return readProperty.call(this, obj, key)
  }
}
