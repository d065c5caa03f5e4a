/**
 * Maps a request path to a file in the destination the way `jekyll serve` (WEBrick's file handler plus
 * Jekyll's servlet) does: mounted at `baseurl`; `/about` → `about` → `about/` (redirect) → `about.html` →
 * `about.xhtml`; a folder's index file; otherwise 404. Nothing outside the destination is ever returned:
 * `..`, backslashes, NUL and other control characters are refused before any lookup, and the final file's
 * real path (symbolic links resolved) must lie inside the destination's real path.
 */
import { realpathSync, statSync, type Stats } from 'node:fs'
import path from 'node:path'

/** WEBrick's DirectoryIndex as Jekyll sets it (CGI and eRuby entries are served as plain files). */
export const DIRECTORY_INDEX = ['index.htm', 'index.html', 'index.rhtml', 'index.xht', 'index.xhtml', 'index.cgi', 'index.xml', 'index.json']

/** WEBrick's NondisclosureName as Jekyll sets it: never served, never listed. */
export function isNondisclosed(name: string): boolean {
  return name.startsWith('.ht') || name.startsWith('~')
}

export type Resolution =
  | { kind: 'file'; file: string; stats: Stats }
  | { kind: 'directory'; dir: string; urlPath: string }
  | { kind: 'redirect'; location: string }
  | { kind: 'not-found' }
  | { kind: 'bad-request'; reason: string }

export interface ResolveOptions {
  /** The destination folder. */
  root: string
  /** `baseurl` with a leading and no trailing slash, or ''. */
  baseurl: string
  /** `--show-dir-listing`: list folders even when they have an index file. */
  showDirListing?: boolean
}

/** Normalizes `baseurl` for mounting: `blog/` → `/blog`, `/` → ''. */
export function mountPoint(baseurl: unknown): string {
  const text = typeof baseurl === 'string' ? baseurl.trim() : ''
  const trimmed = text.replace(/\/+$/, '')
  if (trimmed === '') return ''
  return trimmed.startsWith('/') ? trimmed : `/${trimmed}`
}

/** The path part of a request target (origin form or absolute form), still percent-encoded. */
export function rawPathOf(target: string): string | undefined {
  let raw = target
  if (!raw.startsWith('/')) {
    const match = /^[a-z][a-z0-9+.-]*:\/\/[^/?#]*(\/[^?#]*)?/i.exec(raw)
    if (!match) return undefined
    raw = match[1] ?? '/'
  }
  const end = raw.search(/[?#]/)
  return end === -1 ? raw : raw.slice(0, end)
}

/** Decodes a request path; undefined when it is malformed or could step outside the destination. */
export function decodeRequestPath(raw: string): { path: string } | { error: string } {
  // eslint-disable-next-line no-control-regex
  if (/[\\\u0000-\u001f\u007f]/.test(raw)) return { error: 'control character or backslash in path' }
  let decoded: string
  try {
    decoded = decodeURIComponent(raw)
  } catch {
    return { error: 'malformed percent-encoding' }
  }
  // eslint-disable-next-line no-control-regex
  if (/[\\\u0000-\u001f\u007f]/.test(decoded)) return { error: 'control character or backslash in path' }
  if (!decoded.startsWith('/')) return { error: 'path must start with /' }
  if (decoded.split('/').some((segment) => segment === '..' || segment === '.')) return { error: 'dot segment in path' }
  return { path: decoded }
}

/** True when `file` (a real path) is `root` or inside it. */
function inside(root: string, file: string): boolean {
  return file === root || file.startsWith(root.endsWith(path.sep) ? root : root + path.sep)
}

/** Stats `file` only if its real path stays inside `realRoot`; otherwise (or when missing) undefined. */
function safeStat(realRoot: string, file: string): { real: string; stats: Stats } | undefined {
  let real: string
  try {
    real = realpathSync(file)
  } catch {
    return undefined
  }
  if (!inside(realRoot, real)) return undefined
  const stats = statSync(real, { throwIfNoEntry: false })
  return stats ? { real, stats } : undefined
}

export function resolveRequest(target: string, options: ResolveOptions): Resolution {
  const raw = rawPathOf(target)
  if (raw === undefined) return { kind: 'bad-request', reason: 'unsupported request target' }
  const decoded = decodeRequestPath(raw)
  if ('error' in decoded) return { kind: 'bad-request', reason: decoded.error }
  const requestPath = decoded.path
  const mount = options.baseurl
  if (mount !== '') {
    if (requestPath === mount) return { kind: 'redirect', location: `${encodePath(mount)}/` }
    if (!requestPath.startsWith(`${mount}/`)) return { kind: 'not-found' }
  }
  const rel = requestPath.slice(mount.length)
  const segments = rel.split('/').filter((s) => s !== '')
  if (segments.some(isNondisclosed)) return { kind: 'not-found' }

  let realRoot: string
  try {
    realRoot = realpathSync(options.root)
  } catch {
    return { kind: 'not-found' }
  }
  const target_ = path.join(realRoot, ...segments)
  const found = safeStat(realRoot, target_)
  if (found?.stats.isFile()) {
    if (rel.endsWith('/')) return { kind: 'not-found' }
    return { kind: 'file', file: found.real, stats: found.stats }
  }
  if (found?.stats.isDirectory()) {
    if (!rel.endsWith('/') && segments.length > 0) return { kind: 'redirect', location: `${encodePath(requestPath)}/` }
    if (!options.showDirListing) {
      for (const index of DIRECTORY_INDEX) {
        const candidate = safeStat(realRoot, path.join(found.real, index))
        if (candidate?.stats.isFile()) return { kind: 'file', file: candidate.real, stats: candidate.stats }
      }
    }
    return { kind: 'directory', dir: found.real, urlPath: requestPath }
  }
  if (!rel.endsWith('/') && segments.length > 0) {
    for (const ext of ['.html', '.xhtml']) {
      const candidate = safeStat(realRoot, `${target_}${ext}`)
      if (candidate?.stats.isFile()) return { kind: 'file', file: candidate.real, stats: candidate.stats }
    }
  }
  return { kind: 'not-found' }
}

/** Percent-encodes a decoded path for a Location header (slashes kept). */
export function encodePath(decoded: string): string {
  return decoded.split('/').map(encodeURIComponent).join('/')
}
