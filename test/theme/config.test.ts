/**
 * The theme's _config.yml under the site's (Site#load_theme_configuration): Jekyll's own keys and `theme`
 * are dropped, the site wins key by key (deep), `ignore_theme_config: true` and a symlinked file turn it off.
 */
import assert from 'node:assert/strict'
import { symlinkSync } from 'node:fs'
import path from 'node:path'
import { test } from 'node:test'
import { loadConfig } from '../../src/config/load.js'
import { mergeThemeConfig } from '../../src/theme/config.js'
import { findTheme } from '../../src/theme/resolve.js'
import { log } from '../../src/util/log.js'
import { tempTree } from './helpers.js'

log.level = 'error'

const THEME_CONFIG = [
  'author: Theme Author',
  'tagline: From the theme',
  'settings:',
  '  colour: blue',
  '  size: small',
  'permalink: pretty',
  'kramdown:',
  '  auto_ids: false',
  'theme: another',
  '',
].join('\n')

function site(themeConfig: string, siteConfig: string): string {
  return tempTree({ '_config.yml': siteConfig, '_themes/t/_config.yml': themeConfig, '_themes/t/_layouts/default.html': 'x' })
}

function merged(source: string): Record<string, unknown> {
  const config = loadConfig({ source }, source)
  return mergeThemeConfig(config, findTheme('t', { source, gemDirs: [] }))
}

test('theme settings fill in what the site does not set; the site wins, deeply', () => {
  const config = merged(site(THEME_CONFIG, 'theme: t\nauthor: Site Author\nsettings:\n  size: large\n'))
  assert.equal(config.author, 'Site Author')
  assert.equal(config.tagline, 'From the theme')
  assert.deepEqual(config.settings, { colour: 'blue', size: 'large' })
})

test("Jekyll's default keys and `theme` in a theme config are ignored", () => {
  const config = merged(site(THEME_CONFIG, 'theme: t\n'))
  assert.equal(config.permalink, 'date')
  assert.equal((config.kramdown as Record<string, unknown>).auto_ids, true)
  assert.equal(config.theme, 't')
})

test('ignore_theme_config: true turns the theme config off', () => {
  const config = merged(site(THEME_CONFIG, 'theme: t\nignore_theme_config: true\n'))
  assert.equal(config.tagline, undefined)
})

test('a symlinked theme _config.yml is not read', () => {
  const source = tempTree({ '_config.yml': 'theme: t\n', '_themes/t/_layouts/default.html': 'x', 'elsewhere.yml': THEME_CONFIG })
  symlinkSync(path.join(source, 'elsewhere.yml'), path.join(source, '_themes/t/_config.yml'))
  assert.equal(merged(source).tagline, undefined)
})

test('no theme, or a theme without _config.yml, leaves the configuration as it is', () => {
  const source = tempTree({ '_config.yml': 'title: x\n', '_themes/t/_layouts/default.html': 'x' })
  const config = loadConfig({ source }, source)
  assert.equal(mergeThemeConfig(config, undefined), config)
  assert.equal(mergeThemeConfig(config, findTheme('t', { source, gemDirs: [] })), config)
})
