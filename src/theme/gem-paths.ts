/**
 * Finds installed Ruby gems without running Ruby: the gem directories RubyGems would search
 * (`GEM_HOME`, `GEM_PATH`, then the usual system, user, Debian, Homebrew, rbenv and RVM locations),
 * and in them `gems/NAME-VERSION/` with its `specifications/NAME-VERSION.gemspec`.
 */
import { readdirSync, statSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'

/** Places gems are installed, `*` standing for one path segment (a Ruby version, an architecture). */
function defaultPatterns(home: string): string[] {
  return [
    `${home}/.local/share/gem/ruby/*`,
    `${home}/.gem/ruby/*`,
    '/var/lib/gems/*',
    '/usr/local/lib/ruby/gems/*',
    '/usr/lib/ruby/gems/*',
    '/usr/lib/*/ruby/gems/*',
    '/usr/share/rubygems-integration/*',
    '/usr/lib/*/rubygems-integration/*',
    '/opt/homebrew/lib/ruby/gems/*',
    '/usr/local/opt/ruby/lib/ruby/gems/*',
    '/Library/Ruby/Gems/*',
    `${home}/.rbenv/versions/*/lib/ruby/gems/*`,
    `${home}/.rvm/gems/*`,
  ]
}

function isDirectory(p: string): boolean {
  try {
    return statSync(p).isDirectory()
  } catch {
    return false
  }
}

function children(dir: string): string[] {
  try {
    return readdirSync(dir).sort()
  } catch {
    return []
  }
}

/** Expands `*` segments against the file system (directories only). */
function expand(pattern: string): string[] {
  let bases = ['/']
  for (const segment of pattern.split('/').filter(Boolean)) {
    const next: string[] = []
    for (const base of bases) {
      if (segment === '*') next.push(...children(base).map((c) => path.join(base, c)))
      else next.push(path.join(base, segment))
    }
    bases = next.filter(isDirectory)
    if (bases.length === 0) break
  }
  return bases
}

/** The gem directories to search, in order, without duplicates. */
export function gemPaths(env: NodeJS.ProcessEnv = process.env, home = env.HOME || os.homedir()): string[] {
  const listed = [env.GEM_HOME, ...(env.GEM_PATH ?? '').split(path.delimiter)].filter((p): p is string => !!p)
  const found = [...listed.filter(isDirectory), ...defaultPatterns(home).flatMap(expand)]
  return [...new Set(found.map((p) => path.resolve(p)))]
}

/** Compares gem versions like Gem::Version: numeric segments as numbers; a prerelease (letters) sorts first. */
export function compareGemVersions(a: string, b: string): number {
  const split = (v: string) => v.split(/[.-]/).flatMap((s) => s.match(/\d+|[a-z]+/gi) ?? [])
  const as = split(a)
  const bs = split(b)
  for (let i = 0; i < Math.max(as.length, bs.length); i++) {
    const x = as[i]
    const y = bs[i]
    if (x === y) continue
    if (x === undefined) return y !== undefined && /^\d+$/.test(y) ? -1 : 1
    if (y === undefined) return /^\d+$/.test(x) ? 1 : -1
    const xn = /^\d+$/.test(x)
    const yn = /^\d+$/.test(y)
    if (xn && yn) return Number(x) - Number(y)
    if (xn !== yn) return xn ? 1 : -1
    return x < y ? -1 : 1
  }
  return 0
}

export interface InstalledGem {
  name: string
  version: string
  /** `…/gems/NAME-VERSION`. */
  dir: string
  /** `…/specifications/NAME-VERSION.gemspec`, when present. */
  specification?: string
}

const isPrerelease = (version: string) => /[a-z]/i.test(version)

/** Whether `current` stays chosen over `other`: releases before prereleases, then the higher version. */
function preferred(current: string, other: string): boolean {
  if (isPrerelease(current) !== isPrerelease(other)) return !isPrerelease(current)
  return compareGemVersions(other, current) <= 0
}

/**
 * The installed version of gem `name` in any of `dirs` that `Gem::Specification.find_by_name` picks:
 * the highest release, or the highest prerelease when there is no release.
 */
export function findGem(name: string, dirs: string[]): InstalledGem | undefined {
  let best: InstalledGem | undefined
  for (const gemDir of dirs) {
    for (const entry of children(path.join(gemDir, 'gems'))) {
      if (!entry.startsWith(`${name}-`)) continue
      const version = entry.slice(name.length + 1)
      // The version must start with a digit, or `minima-extra-1.0` would count as `minima`.
      if (!/^\d[\w.]*(-[\w.]+)?$/.test(version)) continue
      const dir = path.join(gemDir, 'gems', entry)
      if (!isDirectory(dir)) continue
      if (best && preferred(best.version, version)) continue
      const spec = path.join(gemDir, 'specifications', `${entry}.gemspec`)
      best = { name, version, dir, specification: statOrFalse(spec) ? spec : undefined }
    }
  }
  return best
}

function statOrFalse(p: string): boolean {
  try {
    return statSync(p).isFile()
  } catch {
    return false
  }
}
