/**
 * Jekyll's own `doctor` checks, with Jekyll's messages: deprecated configuration, destinations shared by
 * several files, URLs that differ only by case, `site.url`, `_posts` outside a custom `collections_dir`.
 */
import { existsSync, statSync } from 'node:fs'
import path from 'node:path'
import type { SiteConfig } from '../config/load.js'
import { isHash } from '../config/yaml.js'
import type { Site } from '../site/types.js'
import { siteDestinations } from './destinations.js'
import { advice, type Finding, problem } from './finding.js'

const deprecation = (message: string): [string, string] => ['Deprecation:', message]

/**
 * Configuration Jekyll deprecates. (Pagination without `jekyll-paginate` is reported by the plugin setup,
 * which the doctor runs, as Jekyll's plugin manager does.)
 */
export function deprecatedConfig(config: SiteConfig): Finding[] {
  const out: Finding[] = []
  if (config.relative_permalinks) {
    out.push(problem(deprecation('Your site still uses relative permalinks, which was removed in Jekyll v3.0.0.')))
  }
  const kramdown = isHash(config.kramdown) ? config.kramdown : {}
  if (kramdown.enable_coderay) {
    out.push(advice(deprecation("You are using 'enable_coderay', use syntax_highlighter: coderay in your configuration file.")))
  }
  if (isHash(kramdown.coderay) && Object.keys(kramdown.coderay).length > 0) {
    out.push(advice(deprecation("You are using 'kramdown.coderay' in your configuration, please use 'syntax_highlighter_opts' instead.")))
  }
  for (const [key, replacement] of Object.entries(RENAMED_KEYS)) {
    if (key in config) out.push(advice(deprecation(`'${key}' is no longer read (since Jekyll 3); ${replacement}.`)))
  }
  if (typeof config.highlighter === 'string' && /^pygments/i.test(config.highlighter)) {
    out.push(advice(deprecation(`highlighter: ${config.highlighter} was replaced by rouge in Jekyll 3; remove the setting.`)))
  }
  return out
}

/** Settings of Jekyll 1 and 2 that Jekyll 4 ignores without a word, and what replaced them (`gems` is reported by the plugin setup). */
const RENAMED_KEYS: Record<string, string> = {
  pygments: "use 'highlighter: rouge' instead",
  layouts: "use 'layouts_dir' instead",
  data_source: "use 'data_dir' instead",
  auto: "use the '--watch' flag instead",
  watch: "use the '--watch' flag instead",
  server: "use the 'serve' command instead",
}

/** Several files written to the same destination: the last one wins. */
export function conflictingUrls(site: Site): Finding[] {
  const byDest = new Map<string, string[]>()
  for (const { dest, source } of siteDestinations(site)) byDest.set(dest, [...(byDest.get(dest) ?? []), source])
  const out: Finding[] = []
  for (const [dest, sources] of byDest) {
    if (sources.length < 2) continue
    out.push(problem(
      ['Conflict:', 'The following destination is shared by multiple files.'],
      ['', 'The written file may end up with unexpected contents.'],
      ['', dest],
      ...sources.map((s): [string, string] => ['', ` - ${s}`]),
      ['', ''],
    ))
  }
  return out
}

/** Pages and documents whose destinations differ only by case collide on macOS and Windows. */
export function urlsDifferingByCase(site: Site): Finding[] {
  const byLower = new Map<string, string[]>()
  for (const { dest, isStatic } of siteDestinations(site)) {
    if (isStatic) continue
    byLower.set(dest.toLowerCase(), [...(byLower.get(dest.toLowerCase()) ?? []), dest])
  }
  const out: Finding[] = []
  for (const dests of byLower.values()) {
    if (new Set(dests).size < 2) continue
    out.push(problem(['Warning:', 'The following URLs only differ by case. On a case-insensitive file system one of the URLs will be ' +
      `overwritten by the other: ${dests.join(', ')}`]))
  }
  return out
}

/** `url` must be set, parse, and be absolute (have a scheme). */
export function siteUrl(config: SiteConfig): Finding[] {
  const url = config.url
  const out: Finding[] = []
  if (url === undefined || url === null || url === '') {
    out.push(problem(['Warning:', "You didn't set an URL in the config file, you may encounter problems with some plugins."]))
  }
  if (url !== undefined && url !== null && typeof url !== 'string') {
    out.push(problem(['Warning:', 'The site URL does not seem to be valid, check the value of `url` in your config file.']))
  } else if (typeof url === 'string' && url !== '' && /^[a-z][a-z0-9+.-]*:/i.test(url) && !URL.canParse(url)) {
    out.push(problem(['Warning:', 'The site URL does not seem to be valid, check the value of `url` in your config file.']))
  }
  if (typeof url !== 'string' || !/^[a-z][a-z0-9+.-]*:/i.test(url)) {
    out.push(problem(['Warning:', 'Your site URL does not seem to be absolute, check the value of `url` in your config file.']))
  }
  return out
}

/** With a custom `collections_dir`, `_posts` at the root of the source is ignored. */
export function postsOutsideCollectionsDir(config: SiteConfig): Finding[] {
  const dir = String(config.collections_dir ?? '')
  if (dir === '') return []
  const posts = path.join(config.source, '_posts')
  if (!existsSync(posts) || !statSync(posts).isDirectory()) return []
  return [problem(
    ['Warning:', "Detected '_posts' directory outside custom `collections_dir`!"],
    ['', `Please move '${posts}' into the custom directory at '${path.join(config.source, dir)}'`],
  )]
}
