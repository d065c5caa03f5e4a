/**
 * What a cached value depends on besides its input: Utterson's code. The fingerprint of the code is a digest
 * of the size and modification time of every module file of this installation (dist/bundle/ for the bundled
 * command, dist/ for the library, src/ under tsx) and of the installed versions of markdown-it and
 * highlight.js, so an upgrade, or an edit while developing, never reads values made by other code.
 */
import { createHash } from 'node:crypto'
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs'
import path from 'node:path'

/**
 * `true` in the bundled command (set by scripts/bundle.mjs with esbuild's `define`), where all of Utterson's
 * code, and the dependencies bundled with it, is in the folder of this file; undeclared otherwise.
 */
declare const UTTERSON_BUNDLE: boolean | undefined

let cached: string | undefined

export function codeFingerprint(): string {
  if (cached === undefined) {
    // unbundled: this file is <root>/cache/fingerprint.[jt]s
    const root = typeof UTTERSON_BUNDLE !== 'undefined' && UTTERSON_BUNDLE ? import.meta.dirname : path.resolve(import.meta.dirname, '..')
    const hash = createHash('sha1')
    const walk = (dir: string): void => {
      for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
        const file = path.join(dir, entry.name)
        if (entry.isDirectory()) walk(file)
        else if (/\.[cm]?[jt]s$/.test(entry.name)) {
          const stat = statSync(file)
          hash.update(`${path.relative(root, file)}\0${stat.size}\0${stat.mtimeMs}\n`)
        }
      }
    }
    walk(root)
    // what the conversion uses from node_modules (the bundle holds markdown-it, the library does not)
    for (const pkg of ['markdown-it', 'highlight.js']) hash.update(`${pkg}@${packageVersion(pkg)}\n`)
    cached = hash.digest('hex')
  }
  return cached
}

/**
 * The installed version of a dependency ('' when it cannot be found): its package.json in the nearest
 * node_modules above this file, as Node would find it, read without loading the package.
 */
export function packageVersion(name: string): string {
  for (let dir = import.meta.dirname; ; dir = path.dirname(dir)) {
    const file = path.join(dir, 'node_modules', name, 'package.json')
    if (existsSync(file)) {
      try {
        return String((JSON.parse(readFileSync(file, 'utf8')) as { version?: unknown }).version ?? '')
      } catch {
        return ''
      }
    }
    if (path.dirname(dir) === dir) return ''
  }
}

/** A digest of `parts` (JSON with sorted keys, so the order options were written in does not matter). */
export function fingerprint(...parts: unknown[]): string {
  return createHash('sha1').update(stableJson(parts)).digest('hex')
}

function stableJson(value: unknown): string {
  if (value instanceof Date) return JSON.stringify(value.toISOString())
  if (Array.isArray(value)) return `[${value.map(stableJson).join(',')}]`
  if (value !== null && typeof value === 'object') {
    const entries = Object.keys(value)
      .sort()
      .map((key) => `${JSON.stringify(key)}:${stableJson((value as Record<string, unknown>)[key])}`)
    return `{${entries.join(',')}}`
  }
  return JSON.stringify(value) ?? 'null'
}
