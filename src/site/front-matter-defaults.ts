/**
 * `defaults:` in _config.yml (Jekyll's FrontmatterDefaults): sets of `{scope: {path, type}, values}`.
 * A longer scope path takes precedence; on equal length a set with a `type` wins; otherwise the later set wins.
 */
import picomatch from 'picomatch'
import { isHash } from '../config/yaml.js'
import { deepMerge } from '../util/deep-merge.js'
import { log } from '../util/log.js'

interface DefaultSet {
  scope?: { path?: unknown; type?: unknown }
  values: Record<string, unknown>
}

const DEPRECATED_TYPES: Record<string, string> = { page: 'pages', post: 'posts', draft: 'drafts' }

export class FrontMatterDefaults {
  private readonly sets: DefaultSet[]
  private readonly cache = new Map<string, DefaultSet[]>()
  private readonly globs = new Map<string, (p: string) => boolean>()

  constructor(
    defaults: unknown,
    private readonly collectionsDir: string,
  ) {
    this.sets = []
    if (!Array.isArray(defaults)) return
    for (const set of defaults) {
      if (!isHash(set) || !isHash(set.values)) {
        log.warn('Defaults:', 'An invalid front-matter default set was found:')
        log.warn('', JSON.stringify(set))
        continue
      }
      const scope = isHash(set.scope) ? { ...set.scope } : undefined
      if (scope && typeof scope.type === 'string' && DEPRECATED_TYPES[scope.type]) {
        log.warn('Defaults:', `The '${scope.type}' type has become '${DEPRECATED_TYPES[scope.type]}'.`)
        scope.type = DEPRECATED_TYPES[scope.type]
      }
      this.sets.push({ scope, values: set.values })
    }
  }

  /** All default values for a file at `relativePath` of the given type (`pages`, `posts`, a collection label). */
  all(relativePath: string, type: string | undefined): Record<string, unknown> {
    let result: Record<string, unknown> = {}
    let oldScope: DefaultSet['scope'] | null = null
    for (const set of this.matching(relativePath, type)) {
      if (hasPrecedence(oldScope, set.scope)) {
        result = deepMerge(result, set.values)
        oldScope = set.scope
      } else {
        result = deepMerge(set.values, result)
      }
    }
    return result
  }

  private matching(relativePath: string, type: string | undefined): DefaultSet[] {
    const key = `${type ?? ''}\0${relativePath}`
    let sets = this.cache.get(key)
    if (!sets) {
      sets = this.sets.filter((set) => !set.scope || this.applies(set.scope, relativePath, type))
      this.cache.set(key, sets)
    }
    return sets
  }

  private applies(scope: NonNullable<DefaultSet['scope']>, relativePath: string, type: string | undefined): boolean {
    if (scope.type !== undefined && String(scope.type) !== type) return false
    const scopePath = scope.path
    if (typeof scopePath !== 'string' || scopePath === '') return true
    const path = sanitizePath(relativePath)
    if (scopePath.includes('*')) return this.globApplies(path, scopePath)
    return path.startsWith(this.stripCollectionsDir(scopePath))
  }

  /** Jekyll globs the scope on disk and checks whether the path starts with a match; we test the path's prefixes. */
  private globApplies(path: string, pattern: string): boolean {
    let matcher = this.globs.get(pattern)
    if (!matcher) {
      matcher = picomatch(sanitizePath(pattern))
      this.globs.set(pattern, matcher)
    }
    const parts = path.split('/')
    for (let i = 1; i <= parts.length; i++) {
      const prefix = parts.slice(0, i).join('/')
      if (matcher(prefix) || matcher(this.withCollectionsDir(prefix))) return true
    }
    return false
  }

  private stripCollectionsDir(p: string): string {
    const dir = this.collectionsDir
    if (!dir || !p.startsWith(`${dir}/`)) return p
    return p.slice(dir.length + 1)
  }

  private withCollectionsDir(p: string): string {
    return this.collectionsDir ? `${this.collectionsDir}/${p}` : p
  }
}

function sanitizePath(p: unknown): string {
  if (typeof p !== 'string' || p === '') return ''
  return p.startsWith('/') ? p.replace(/^\//, '') : p
}

function hasPrecedence(oldScope: DefaultSet['scope'] | null, newScope: DefaultSet['scope']): boolean {
  if (oldScope === null) return true
  const newPath = sanitizePath(newScope?.path)
  const oldPath = sanitizePath(oldScope?.path)
  if (newPath.length !== oldPath.length) return newPath.length >= oldPath.length
  if (newScope && 'type' in newScope && newScope.type !== undefined) return true
  return !(oldScope && oldScope.type !== undefined)
}
