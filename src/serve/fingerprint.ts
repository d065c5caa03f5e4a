/**
 * Comparable fingerprints of the values that templates read: primitives stay as they are (strings by
 * reference, so recording a page's content costs nothing), dates become their time, pages and documents
 * their identity, and other objects their JSON in insertion order (hashed when long). Two fingerprints are
 * equal (`Object.is`) when the values would render the same.
 */
import { createHash } from 'node:crypto'
import { Drop } from 'liquidjs'

export type Fingerprint = string | number | boolean | bigint | symbol | null | undefined

/** Stands for a value that no longer exists (a removed page, a failed evaluation): equal to nothing recorded. */
export const GONE: unique symbol = Symbol('gone')

const HASH_ABOVE = 200

export class Fingerprinter {
  private readonly memo = new WeakMap<object, Fingerprint>()

  /** `idOf` names objects that have an identity (pages, documents, their drops). */
  constructor(private readonly idOf: (obj: object) => string | undefined) {}

  of(value: unknown): Fingerprint {
    if (value === null || value === undefined) return value
    switch (typeof value) {
      case 'string':
      case 'number':
      case 'boolean':
      case 'bigint':
        return value
      case 'symbol':
        return `\0S${String(value)}`
      case 'function':
        return '\0F'
    }
    const obj = value as object
    const id = this.idOf(obj)
    if (id !== undefined) return `\0@${id}`
    if (obj instanceof Date) return `\0D${obj.getTime()}`
    let fp = this.memo.get(obj)
    if (fp === undefined) {
      const json = this.serialize(obj, new Set())
      fp = json.length > HASH_ABOVE ? `\0H${createHash('sha1').update(json).digest('base64')}` : `\0J${json}`
      this.memo.set(obj, fp)
    }
    return fp
  }

  private serialize(value: unknown, seen: Set<object>): string {
    if (value === null || typeof value !== 'object') {
      if (typeof value === 'string') return JSON.stringify(value)
      if (typeof value === 'function') return 'fn'
      if (value === undefined) return 'undefined'
      return `${typeof value}:${String(value)}`
    }
    const id = this.idOf(value)
    if (id !== undefined) return `@${JSON.stringify(id)}`
    if (value instanceof Date) return `D${value.getTime()}`
    if (seen.has(value)) return 'cycle'
    seen.add(value)
    try {
      if (Array.isArray(value)) return `[${value.map((v) => this.serialize(v, seen)).join(',')}]`
      if (value instanceof Map) return `Map{${[...value].map(([k, v]) => `${this.serialize(k, seen)}:${this.serialize(v, seen)}`).join(',')}}`
      if (value instanceof Set) return `Set[${[...value].map((v) => this.serialize(v, seen)).join(',')}]`
      if (value instanceof Drop && typeof (value as { toJSON?: unknown }).toJSON === 'function') {
        return `Drop(${value.constructor.name})${this.serialize((value as unknown as { toJSON(): unknown }).toJSON(), seen)}`
      }
      const name = value.constructor && value.constructor !== Object ? value.constructor.name : ''
      const entries = Object.entries(value).map(([k, v]) => `${JSON.stringify(k)}:${this.serialize(v, seen)}`)
      return `${name}{${entries.join(',')}}`
    } finally {
      seen.delete(value)
    }
  }
}
