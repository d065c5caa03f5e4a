/**
 * Utterson's own `doctor` checks: what a Jekyll site uses that Utterson cannot run or does not implement
 * (Ruby plugins, unknown plugin gems, TOML configuration, other Markdown processors, remote themes).
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs'
import path from 'node:path'
import type { SiteConfig } from '../config/load.js'
import { BUILT_IN_PLUGINS } from './built-in-plugins.js'
import { advice, type Finding, problem } from './finding.js'

/** TOML configuration files (Jekyll reads them through a Ruby gem; Utterson reads YAML only). */
export function tomlConfigFiles(files: string[]): Finding[] {
  return files.filter((f) => /\.toml$/i.test(f)).map((f) => problem(
    ['Configuration:', `${f} is TOML, which Utterson does not read.`],
    ['', 'Convert it to YAML (_config.yml): the keys and values stay the same.'],
  ))
}

/** Plugin names from `plugins:` (and the old `gems:`) and from the Gemfile's `jekyll_plugins` group. */
export function declaredPlugins(config: SiteConfig): Array<{ name: string; from: string }> {
  const out: Array<{ name: string; from: string }> = []
  for (const key of ['plugins', 'gems']) {
    const value = config[key]
    for (const name of Array.isArray(value) ? value : []) out.push({ name: String(name), from: `${key}: in the configuration` })
  }
  const gemfile = path.join(config.source, 'Gemfile')
  if (existsSync(gemfile)) for (const name of gemfilePlugins(readFileSync(gemfile, 'utf8'))) out.push({ name, from: 'the Gemfile' })
  return out
}

/** Gems of the `jekyll_plugins` group (Jekyll loads them without a `plugins:` entry). */
export function gemfilePlugins(gemfile: string): string[] {
  const names: string[] = []
  let inGroup = false
  for (const raw of gemfile.split('\n')) {
    const line = raw.replace(/#.*/, '').trim()
    if (/^group\b.*:jekyll_plugins\b.*\bdo$/.test(line)) inGroup = true
    else if (inGroup && line === 'end') inGroup = false
    const gem = /^gem\s+["']([^"']+)["'](.*)$/.exec(line)
    if (gem && (inGroup || /group:\s*:jekyll_plugins|:group\s*=>\s*:jekyll_plugins/.test(gem[2] as string))) names.push(gem[1] as string)
  }
  return names
}

export function unsupportedPlugins(config: SiteConfig): Finding[] {
  const seen = new Set<string>()
  const out: Finding[] = []
  for (const { name, from } of declaredPlugins(config)) {
    if (BUILT_IN_PLUGINS.has(name) || seen.has(name) || isNodePackage(config.source, name)) continue
    seen.add(name)
    out.push(problem(['Plugin:', `${name} (from ${from}) is not built into Utterson; what it adds to the site will be missing.`]))
  }
  return out
}

/** A plugin installed as an npm package next to the site (a JavaScript plugin, loaded by name). */
function isNodePackage(source: string, name: string): boolean {
  return existsSync(path.join(source, 'node_modules', name, 'package.json'))
}

/** Ruby files in `plugins_dir` (default `_plugins`): Jekyll runs them, Utterson cannot. */
export function rubyPlugins(config: SiteConfig): Finding[] {
  const dirs = Array.isArray(config.plugins_dir) ? config.plugins_dir.map(String) : [String(config.plugins_dir ?? '_plugins')]
  const out: Finding[] = []
  for (const dir of dirs) {
    const abs = path.resolve(config.source, dir)
    for (const file of rubyFiles(abs)) {
      out.push(problem(['Ruby plugin:', `${path.relative(config.source, file)} cannot run in Utterson (there is no Ruby); ` +
        'the tags, filters, generators or hooks it defines will be missing.']))
    }
  }
  return out
}

function rubyFiles(dir: string): string[] {
  if (!existsSync(dir) || !statSync(dir).isDirectory()) return []
  return readdirSync(dir, { recursive: true }).map(String).filter((f) => f.endsWith('.rb')).sort().map((f) => path.join(dir, f))
}

/** Settings that pick Ruby-only machinery. */
export function rubyOnlySettings(config: SiteConfig): Finding[] {
  const out: Finding[] = []
  const markdown = String(config.markdown ?? 'kramdown')
  if (markdown.toLowerCase() !== 'kramdown') {
    out.push(problem(['Markdown:', `markdown: ${markdown} is a Ruby converter; Utterson renders Markdown as kramdown does.`]))
  }
  const highlighter = config.highlighter
  if (typeof highlighter === 'string' && !['rouge', 'none', ''].includes(highlighter.toLowerCase()) && !/^pygments/i.test(highlighter)) {
    out.push(advice(['Highlighter:', `highlighter: ${highlighter} is not available; code is highlighted like Rouge.`]))
  }
  if (config.remote_theme) {
    out.push(problem(['Theme:', `remote_theme: ${String(config.remote_theme)} needs the network at build time, which Utterson never uses.`],
      ['', 'Install the theme locally (npm package or folder) and set `theme:` instead.']))
  }
  if (config.lsi) out.push(advice(['Related posts:', 'lsi: true (classifier-reborn) is not implemented; site.related_posts lists recent posts.']))
  if (typeof config.url === 'string' && /^[a-z]+:\/\/(localhost|127\.0\.0\.1|\[::1\])(:\d+)?(\/|$)/i.test(config.url)) {
    out.push(advice(['Warning:', `url: ${config.url} points at this machine; feeds and canonical links will be wrong once published.`]))
  }
  return out
}
