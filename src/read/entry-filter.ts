/**
 * Jekyll's EntryFilter: which directory entries are read. Names starting with `. _ # ~` or ending in `~`
 * are skipped unless `include`d; `exclude` patterns (fnmatch, prefix or directory match against the path
 * from the source) drop entries unless they are also included.
 */
import { statSync } from 'node:fs'
import path from 'node:path'
import { fnmatch } from '../util/fnmatch.js'

const SPECIAL_LEADING = /^[._#~]/

export interface EntryFilterConfig {
  source: string
  include: string[]
  exclude: string[]
}

export class EntryFilter {
  private readonly excludes: string[]
  /** Each pattern joined to the source once, not for every entry. */
  private readonly joined = new Map<string, string>()

  constructor(private readonly config: EntryFilterConfig) {
    const included = new Set(config.include)
    this.excludes = config.exclude.filter((e) => !included.has(e))
  }

  /** Filters entry names (or paths relative to `baseDir`) found in `baseDir` (relative to the source, '' for the root). */
  filter(entries: string[], baseDir: string): string[] {
    return entries.filter((entry) => {
      if (entry.endsWith('.')) return false
      const included = this.isIncluded(entry)
      if (!included && this.isExcluded(baseDir ? `${baseDir}/${entry}` : entry)) return false
      if (included) return true
      return !(SPECIAL_LEADING.test(entry) || SPECIAL_LEADING.test(path.posix.basename(entry)) || entry.endsWith('~'))
    })
  }

  isIncluded(entry: string): boolean {
    return this.matchesAny(this.config.include, entry) || this.matchesAny(this.config.include, path.posix.basename(entry))
  }

  /** `relative` is the path from the source root. */
  isExcluded(relative: string): boolean {
    return this.matchesAny(this.excludes, relative)
  }

  private matchesAny(patterns: string[], entry: string): boolean {
    if (patterns.length === 0) return false
    const source = this.config.source
    const entryWithSource = joinSource(source, entry)
    let isDirectory: boolean | undefined
    for (const pattern of patterns) {
      let patternWithSource = this.joined.get(pattern)
      if (patternWithSource === undefined) this.joined.set(pattern, (patternWithSource = joinSource(source, pattern)))
      if (fnmatch(patternWithSource, entryWithSource)) return true
      if (entryWithSource.startsWith(patternWithSource)) return true
      if (patternWithSource.endsWith('/') && patternWithSource === `${entryWithSource}/`) {
        isDirectory ??= isDir(entryWithSource)
        if (isDirectory) return true
      }
    }
    return false
  }
}

function joinSource(source: string, entry: string): string {
  return `${source.replace(/\/+$/, '')}/${entry.replace(/^\/+/, '')}`
}

function isDir(p: string): boolean {
  try {
    return statSync(p).isDirectory()
  } catch {
    return false
  }
}
