/**
 * Ruby's `Dir.glob(pattern)` on disk, for absolute patterns: `*`, `?`, `[...]` within one path segment (not
 * matching a leading `.`), `**` for any depth of folders (not followed through symbolic links), `{a,b}`
 * alternatives. Returns the matching paths, each folder's entries in byte order.
 */
import { lstatSync, readdirSync, statSync } from 'node:fs'
import path from 'node:path'
import { fnmatch } from './fnmatch.js'

const MAGIC = /[*?[]/

export function rubyGlob(pattern: string): string[] {
  const out: string[] = []
  for (const expanded of expandBraces(pattern)) {
    const absolute = expanded.startsWith('/')
    const segments = expanded.split('/').filter((s) => s !== '')
    walk(absolute ? '/' : '.', segments, out)
  }
  return [...new Set(out)]
}

function walk(base: string, segments: string[], out: string[]): void {
  if (segments.length === 0) {
    if (exists(base)) out.push(base)
    return
  }
  const [segment, ...rest] = segments as [string, ...string[]]
  if (segment === '**') {
    // Zero folders, then every (non-hidden, non-symlinked) folder below.
    walk(base, rest, out)
    for (const name of entries(base)) {
      const full = path.join(base, name)
      if (!name.startsWith('.') && isRealDirectory(full)) walk(full, segments, out)
    }
    return
  }
  if (!MAGIC.test(segment)) {
    walk(path.join(base, segment.replace(/\\(.)/g, '$1')), rest, out)
    return
  }
  for (const name of entries(base)) {
    if (!fnmatch(segment, name)) continue
    const full = path.join(base, name)
    if (rest.length === 0) out.push(full)
    else if (isDirectory(full)) walk(full, rest, out)
  }
}

/** `a{b,c}d` → `abd`, `acd` (nested braces allowed; `\` escapes). */
export function expandBraces(pattern: string): string[] {
  let depth = 0
  let start = -1
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i]
    if (c === '\\') {
      i++
      continue
    }
    if (c === '{') {
      if (depth === 0) start = i
      depth++
    } else if (c === '}' && depth > 0) {
      depth--
      if (depth === 0) {
        const prefix = pattern.slice(0, start)
        const suffix = pattern.slice(i + 1)
        return splitTopLevel(pattern.slice(start + 1, i)).flatMap((alt) => expandBraces(prefix + alt + suffix))
      }
    }
  }
  return [pattern]
}

function splitTopLevel(body: string): string[] {
  const parts: string[] = []
  let depth = 0
  let last = 0
  for (let i = 0; i < body.length; i++) {
    const c = body[i]
    if (c === '\\') i++
    else if (c === '{') depth++
    else if (c === '}') depth--
    else if (c === ',' && depth === 0) {
      parts.push(body.slice(last, i))
      last = i + 1
    }
  }
  parts.push(body.slice(last))
  return parts
}

function entries(dir: string): string[] {
  try {
    return readdirSync(dir).sort((a, b) => Buffer.compare(Buffer.from(a), Buffer.from(b)))
  } catch {
    return []
  }
}

function exists(p: string): boolean {
  try {
    lstatSync(p)
    return true
  } catch {
    return false
  }
}

function isDirectory(p: string): boolean {
  try {
    return statSync(p).isDirectory()
  } catch {
    return false
  }
}

function isRealDirectory(p: string): boolean {
  try {
    return lstatSync(p).isDirectory()
  } catch {
    return false
  }
}
