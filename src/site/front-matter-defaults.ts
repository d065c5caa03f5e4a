/**
 * `defaults:` in _config.yml (Jekyll's FrontmatterDefaults): sets of `{scope: {path, type}, values}`.
 * A longer scope path takes precedence; on equal length a set with a `type` wins; otherwise the later set wins.
 */
import path from 'node:path'
import { isHash } from '../config/yaml.js'
import { rubyInspect } from '../liquid/filters/ruby-inspect.js'
import { parseFrontMatterDate } from '../util/dates.js'
import { BuildError } from '../util/errors.js'
import { deepMerge } from '../util/deep-merge.js'
import { log } from '../util/log.js'
import { rubyGlob } from '../util/ruby-glob.js'

interface DefaultSet {
  scope?: { path?: unknown; type?: unknown }
  values: Record<string, unknown>
}

const DEPRECATED_TYPES: Record<string, string> = { page: 'pages', post: 'posts', draft: 'drafts' }

export class FrontMatterDefaults {
  private readonly sets: DefaultSet[]
  private readonly cache = new Map<string, DefaultSet[]>()
  private readonly globs = new Map<string, string[]>()
  private pathScoped: boolean | undefined

  /** `source` is the site source: glob scopes are matched against the files on disk, as Jekyll does. */
  constructor(
    defaults: unknown,
    private readonly collectionsDir: string,
    private readonly source?: string,
  ) {
    this.sets = []
    if (!Array.isArray(defaults)) return
    for (const set of defaults) {
      if (!isHash(set) || !isHash(set.values)) {
        log.warn('Defaults:', 'An invalid front-matter default set was found:')
        log.warn(rubyInspect(set), '')
        continue
      }
      const scope = isHash(set.scope) ? { ...set.scope } : undefined
      if (scope && typeof scope.type === 'string' && DEPRECATED_TYPES[scope.type]) {
        log.warn('Defaults:', `The '${scope.type}' type has become '${DEPRECATED_TYPES[scope.type]}'.`)
        log.warn('Defaults:', `Please update your front-matter defaults to use 'type: ${DEPRECATED_TYPES[scope.type]}'.`)
        scope.type = DEPRECATED_TYPES[scope.type]
      }
      this.sets.push({ scope, values: ensureTime(set.values, set) })
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
    if (this.sets.length === 0) return this.sets
    // Without a path in any scope, the answer depends on the type alone: one cache entry per type, not per file.
    this.pathScoped ??= this.sets.some((set) => typeof set.scope?.path === 'string' && set.scope.path !== '')
    const key = this.pathScoped ? `${type ?? ''}\0${relativePath}` : `${type ?? ''}\0`
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
    const sanitized = sanitizePath(relativePath)
    if (scopePath.includes('*')) return this.globApplies(sanitized, scopePath)
    return sanitized.startsWith(this.stripCollectionsDir(scopePath))
  }

  /** FrontmatterDefaults#glob_scope: the scope is globbed on disk; the path must start with one of the matches. */
  private globApplies(relativePath: string, pattern: string): boolean {
    let matches = this.globs.get(pattern)
    if (!matches) {
      const source = this.source ?? process.cwd()
      // Pathname#join: an absolute scope path globs from the file-system root.
      const absolute = pattern.startsWith('/') ? pattern : path.posix.join(source, pattern)
      matches = rubyGlob(absolute).map((match) => this.stripCollectionsDir(path.relative(source, match).split(path.sep).join('/')))
      this.globs.set(pattern, matches)
    }
    return matches.some((scopePath) => relativePath.startsWith(scopePath))
  }

  private stripCollectionsDir(p: string): string {
    const dir = this.collectionsDir
    if (!dir || !p.startsWith(`${dir}/`)) return p
    return p.slice(dir.length + 1)
  }

}

/** FrontmatterDefaults#ensure_time!: a `date` in the values is parsed once, up front. */
function ensureTime(values: Record<string, unknown>, set: unknown): Record<string, unknown> {
  if (!('date' in values) || values.date instanceof Date) return values
  try {
    return { ...values, date: parseFrontMatterDate(values.date) }
  } catch (error) {
    throw new BuildError({
      topic: 'Error',
      message: `Invalid date '${String(values.date)}': An invalid date format was found in a front-matter default set: ${JSON.stringify(set)}`,
      file: '_config.yml',
      cause: error,
    })
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
