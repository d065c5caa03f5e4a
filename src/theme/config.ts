/**
 * The theme's `_config.yml` under the site's configuration (Site#load_theme_configuration): skipped with
 * `ignore_theme_config: true` or when the file is a symlink; Jekyll's default keys and `theme` are dropped
 * from it, so it only adds settings the site does not make.
 */
import { lstatSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { DEFAULTS } from '../config/defaults.js'
import type { SiteConfig } from '../config/load.js'
import { isHash, parseYaml } from '../config/yaml.js'
import { deepMerge } from '../util/deep-merge.js'
import { log } from '../util/log.js'
import type { Theme } from './types.js'

export function mergeThemeConfig(config: SiteConfig, theme: Theme | undefined): SiteConfig {
  if (!theme || config.ignore_theme_config === true) return config
  const file = path.join(theme.root, '_config.yml')
  let stat
  try {
    stat = lstatSync(file)
  } catch {
    return config
  }
  if (stat.isSymbolicLink() || !stat.isFile()) return config
  const text = readFileSync(file, 'utf8')
  const themeConfig = parseYaml(text.replace(/^\uFEFF/, ''), { file, fileText: text })
  if (!isHash(themeConfig)) return config
  log.info('Theme Config file:', file)
  const extra: Record<string, unknown> = {}
  for (const [key, value] of Object.entries(themeConfig)) {
    if (key === 'theme' || Object.hasOwn(DEFAULTS, key)) continue
    extra[key] = value
  }
  return deepMerge(extra, config) as SiteConfig
}
