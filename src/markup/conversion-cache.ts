/**
 * Converted Markdown, found by its input: the outputs other threads computed ahead for this build
 * (`prime`), and, unless the disk cache is off, a content store kept between builds in
 * `<cache_dir>/Utterson/Markdown` (what makes an unchanged rebuild fast, like Jekyll's `.jekyll-cache`).
 * Conversion is a pure function of the input and the options, so a hit is exactly what converting gives.
 */
import { createHash } from 'node:crypto'
import { existsSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import type { SiteConfig } from '../config/load.js'
import { ContentStore } from '../cache/content-store.js'
import { codeFingerprint, fingerprint } from '../cache/fingerprint.js'

export class ConversionCache {
  /** Outputs converted ahead (by worker threads), by input; each is taken once. */
  private readonly primed = new Map<string, string>()
  private readonly store?: ContentStore
  /** The site's cache folder (`cache_dir`), given a `.gitignore` as Jekyll gives it. */
  private readonly cacheDir?: string

  constructor(store?: ContentStore, cacheDir?: string) {
    this.store = store
    this.cacheDir = cacheDir
  }

  /** The cache of a site's Markdown: on disk unless `disable_disk_cache` or `safe` is set. */
  static forSite(config: SiteConfig, options: Record<string, unknown>): ConversionCache {
    if (config.disable_disk_cache === true || config.safe === true) return new ConversionCache()
    const cacheDir = path.resolve(config.source, String(config.cache_dir ?? '.jekyll-cache'))
    const store = ContentStore.open(path.join(cacheDir, 'Utterson', 'Markdown'), { fingerprint: fingerprint(codeFingerprint(), options) })
    return new ConversionCache(store, cacheDir)
  }

  /** Conversions found in the disk store so far. */
  get diskHits(): number {
    return this.store?.hitCount ?? 0
  }

  /** True when the disk store has values for about `count` inputs: converting ahead would mostly repeat them. */
  isWarmFor(count: number): boolean {
    return this.store !== undefined && this.store.size >= count / 2
  }

  /** True when converting `input` would be a lookup. */
  has(input: string): boolean {
    return this.primed.has(input) || (this.store?.has(digest(input)) ?? false)
  }

  prime(input: string, output: string): void {
    this.primed.set(input, output)
  }

  /** The output for `input`: converted ahead, stored, or converted now with `convert` (and stored). */
  convert(input: string, convert: (input: string) => string): string {
    const primed = this.primed.get(input)
    if (primed !== undefined) {
      this.primed.delete(input)
      this.store?.put(digest(input), primed)
      return primed
    }
    if (!this.store) return convert(input)
    const key = digest(input)
    const stored = this.store.get(key)
    if (stored !== undefined) return stored
    const output = convert(input)
    this.store.put(key, output)
    return output
  }

  /** Drops what was converted ahead and never asked for (another build starts from nothing). */
  clearPrimed(): void {
    this.primed.clear()
  }

  /**
   * Writes new values to disk and lets go of the store (the build is over; a serve rebuild opens it again).
   * `prune` (after a full build) forgets values this build did not use.
   */
  close(options: { prune?: boolean } = {}): void {
    if (!this.store) return
    this.store.flush(options)
    if (this.cacheDir && this.store.size > 0) hideFromGit(this.cacheDir)
    this.store.close()
  }
}

/** Jekyll's `hide_cache_dir_from_git`: a `.gitignore` that ignores everything in the cache folder. */
function hideFromGit(cacheDir: string): void {
  const file = path.join(cacheDir, '.gitignore')
  try {
    if (!existsSync(file)) writeFileSync(file, '# ignore everything in this directory\n*\n')
  } catch {
    // a read-only source: the cache was not written either
  }
}

function digest(input: string): string {
  return createHash('sha1').update(input).digest('hex')
}
