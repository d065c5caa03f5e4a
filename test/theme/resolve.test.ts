/**
 * Theme resolution: a local folder (a path, or `theme_dir`/NAME), then an npm package (NAME or
 * jekyll-theme-NAME in node_modules, here or in a parent folder), then an installed gem (highest version);
 * the theme's folders, gemspec and plugins; errors and warnings for bad settings.
 */
import assert from 'node:assert/strict'
import { mkdirSync, realpathSync, symlinkSync } from 'node:fs'
import path from 'node:path'
import { test } from 'node:test'
import { BuildError } from '../../src/util/errors.js'
import { log } from '../../src/util/log.js'
import { compareGemVersions, findGem } from '../../src/theme/gem-paths.js'
import { findTheme, resolveTheme } from '../../src/theme/resolve.js'
import { tempTree, writeTree } from './helpers.js'

const NO_GEMS: string[] = []

function captureWarnings(fn: () => void): string[] {
  const lines: string[] = []
  const sink = log.sink
  log.sink = { out: (l) => lines.push(l), err: (l) => lines.push(l) }
  try {
    fn()
  } finally {
    log.sink = sink
  }
  return lines
}

test('a theme in _themes/NAME is found first, with its folders', () => {
  const root = tempTree({
    'site/_themes/plain/_layouts/default.html': 'x',
    'site/_themes/plain/_includes/head.html': 'x',
    'site/_themes/plain/_sass/plain.scss': 'x',
    'site/_themes/plain/assets/main.scss': 'x',
    'site/_themes/plain/_data/a.yml': 'x',
    'site/node_modules/plain/_layouts/default.html': 'npm',
  })
  const theme = findTheme('Plain ', { source: path.join(root, 'site'), gemDirs: NO_GEMS })
  const themeRoot = realpathSync(path.join(root, 'site/_themes/plain'))
  assert.equal(theme?.name, 'plain')
  assert.equal(theme?.origin, 'local')
  assert.equal(theme?.root, themeRoot)
  assert.equal(theme?.layoutsPath, path.join(themeRoot, '_layouts'))
  assert.equal(theme?.includesPath, path.join(themeRoot, '_includes'))
  assert.equal(theme?.sassPath, path.join(themeRoot, '_sass'))
  assert.equal(theme?.assetsPath, path.join(themeRoot, 'assets'))
  assert.equal(theme?.dataPath, path.join(themeRoot, '_data'))
})

test('missing theme folders are left undefined', () => {
  const root = tempTree({ '_themes/bare/_layouts/default.html': 'x' })
  const theme = findTheme('bare', { source: root, gemDirs: NO_GEMS })
  assert.ok(theme?.layoutsPath)
  assert.equal(theme?.includesPath, undefined)
  assert.equal(theme?.sassPath, undefined)
  assert.equal(theme?.assetsPath, undefined)
  assert.equal(theme?.dataPath, undefined)
})

test('theme_dir names the folder of local themes; jekyll-theme-NAME is also tried', () => {
  const root = tempTree({ 'vendor-themes/jekyll-theme-cayman/_layouts/default.html': 'x' })
  const theme = findTheme('cayman', { source: root, themeDir: 'vendor-themes', gemDirs: NO_GEMS })
  assert.equal(theme?.root, realpathSync(path.join(root, 'vendor-themes/jekyll-theme-cayman')))
  assert.equal(findTheme('cayman', { source: root, gemDirs: NO_GEMS }), undefined)
})

test('a path is a local theme, relative to the source; its name comes from the gemspec or folder', () => {
  const root = tempTree({
    'themes/my-theme/_layouts/default.html': 'x',
    'themes/my-theme/fancy.gemspec': 'Gem::Specification.new do |s|\n  s.name = "Fancy"\n  s.version = "2.0.0"\nend\n',
    'site/index.md': '',
  })
  const theme = findTheme('../themes/my-theme', { source: path.join(root, 'site'), gemDirs: NO_GEMS })
  assert.equal(theme?.root, realpathSync(path.join(root, 'themes/my-theme')))
  assert.equal(theme?.name, 'fancy')
  assert.equal(theme?.version, '2.0.0')
  assert.equal(findTheme('./nope', { source: path.join(root, 'site'), gemDirs: NO_GEMS }), undefined)
})

test('an npm package is found in node_modules of the source or a parent folder, NAME before jekyll-theme-NAME', () => {
  const root = tempTree({
    'node_modules/jekyll-theme-hacker/package.json': '{"name":"jekyll-theme-hacker","version":"0.2.0"}',
    'node_modules/jekyll-theme-hacker/_layouts/default.html': 'x',
    'project/site/node_modules/hyde/_layouts/default.html': 'x',
    'project/site/node_modules/jekyll-theme-hyde/_layouts/default.html': 'x',
  })
  const source = path.join(root, 'project/site')
  const hacker = findTheme('hacker', { source, gemDirs: NO_GEMS })
  assert.equal(hacker?.origin, 'npm')
  assert.equal(hacker?.version, '0.2.0')
  assert.equal(hacker?.root, realpathSync(path.join(root, 'node_modules/jekyll-theme-hacker')))
  assert.equal(findTheme('hyde', { source, gemDirs: NO_GEMS })?.root, realpathSync(path.join(source, 'node_modules/hyde')))
})

test('an installed gem: the highest version, its specification read for the plugins', () => {
  const gems = tempTree({
    'a/gems/gemtheme-1.9.0/_layouts/default.html': 'old',
    'a/specifications/gemtheme-1.9.0.gemspec': 'Gem::Specification.new do |s|\n  s.name = "gemtheme"\nend\n',
    'b/gems/gemtheme-1.10.0/_layouts/default.html': 'new',
    'b/gems/gemtheme-extra-9.0.0/_layouts/default.html': 'another gem',
    'b/gems/gemtheme-2.0.0.pre/_layouts/default.html': 'prerelease',
    'b/specifications/gemtheme-1.10.0.gemspec':
      'Gem::Specification.new do |s|\n  s.name = "gemtheme".freeze\n  s.version = "1.10.0"\n' +
      '  s.add_runtime_dependency(%q<jekyll>.freeze, [">= 3.5"])\n  s.add_runtime_dependency(%q<jekyll-feed>.freeze, ["~> 0.9"])\nend\n',
    'site/index.md': '',
  })
  const gemDirs = [path.join(gems, 'a'), path.join(gems, 'b')]
  const theme = findTheme('gemtheme', { source: path.join(gems, 'site'), gemDirs })
  assert.equal(theme?.origin, 'gem')
  assert.equal(theme?.version, '1.10.0')
  assert.equal(theme?.root, realpathSync(path.join(gems, 'b/gems/gemtheme-1.10.0')))
  assert.deepEqual(theme?.plugins, ['jekyll-feed'])
})

test('gem versions compare like Gem::Version', () => {
  assert.ok(compareGemVersions('1.10.0', '1.9.0') > 0)
  assert.ok(compareGemVersions('2.0.0.pre', '2.0.0') < 0)
  assert.ok(compareGemVersions('2.0.0.pre', '1.99') > 0)
  assert.ok(compareGemVersions('1.0', '1.0.0') === 0 || compareGemVersions('1.0', '1.0.0') < 0)
  assert.equal(findGem('nothing-here', []), undefined)
})

test('GEM_PATH and GEM_HOME are searched', () => {
  const gems = tempTree({ 'g/gems/envtheme-0.1.0/_layouts/default.html': 'x', 'site/index.md': '' })
  const theme = findTheme('envtheme', { source: path.join(gems, 'site'), env: { GEM_PATH: path.join(gems, 'g'), HOME: gems } })
  assert.equal(theme?.origin, 'gem')
  const home = findTheme('envtheme', { source: path.join(gems, 'site'), env: { GEM_HOME: path.join(gems, 'g'), HOME: gems } })
  assert.equal(home?.origin, 'gem')
})

test('a local folder wins over an npm package, which wins over a gem', () => {
  const root = tempTree({
    'site/_themes/tri/_layouts/default.html': 'local',
    'site/node_modules/tri/_layouts/default.html': 'npm',
    'gems/gems/tri-1.0.0/_layouts/default.html': 'gem',
  })
  const lookup = { source: path.join(root, 'site'), gemDirs: [path.join(root, 'gems')] }
  assert.equal(findTheme('tri', lookup)?.origin, 'local')
  const withoutLocal = tempTree({
    'site/node_modules/tri/_layouts/default.html': 'npm',
    'gems/gems/tri-1.0.0/_layouts/default.html': 'gem',
  })
  assert.equal(findTheme('tri', { source: path.join(withoutLocal, 'site'), gemDirs: [path.join(withoutLocal, 'gems')] })?.origin, 'npm')
})

test('a theme folder that is a symlink out of the theme is ignored', () => {
  const root = tempTree({ 'outside/_layouts/default.html': 'x', 'site/_themes/sneaky/_includes/a.html': 'x' })
  symlinkSync(path.join(root, 'outside/_layouts'), path.join(root, 'site/_themes/sneaky/_layouts'))
  mkdirSync(path.join(root, 'site/_themes/sneaky/_sass_real'))
  symlinkSync(path.join(root, 'site/_themes/sneaky/_sass_real'), path.join(root, 'site/_themes/sneaky/_sass'))
  const theme = findTheme('sneaky', { source: path.join(root, 'site'), gemDirs: NO_GEMS })
  assert.equal(theme?.layoutsPath, undefined)
  assert.equal(theme?.sassPath, realpathSync(path.join(root, 'site/_themes/sneaky/_sass_real')))
})

test('resolveTheme: no theme, a missing theme (BuildError), a theme that is not a string (warning)', () => {
  const root = tempTree({ 'index.md': '' })
  assert.equal(resolveTheme({}, { source: root, gemDirs: NO_GEMS }), undefined)
  assert.throws(
    () => resolveTheme({ theme: 'Nowhere-Theme' }, { source: root, gemDirs: NO_GEMS }),
    (e: unknown) => e instanceof BuildError && e.message === 'The nowhere-theme theme could not be found.' && /npm install/.test(e.hint ?? ''),
  )
  let theme: unknown = 'unset'
  const lines = captureWarnings(() => {
    theme = resolveTheme({ theme: ['a'] }, { source: root, gemDirs: NO_GEMS })
  })
  assert.equal(theme, undefined)
  assert.match(lines.join('\n'), /value of 'theme' in config should be String to use gem-based themes, but got Array/)
})

test('remote_theme is never downloaded: a local copy named after the repository is used, else a warning', () => {
  const root = tempTree({ '_themes/minimal/_layouts/default.html': 'x' })
  const resolve = (config: Record<string, unknown>) => {
    const got: { theme?: ReturnType<typeof resolveTheme> } = {}
    const lines = captureWarnings(() => {
      got.theme = resolveTheme(config, { source: root, gemDirs: NO_GEMS })
    })
    return { theme: got.theme, lines: lines.join('\n') }
  }
  assert.equal(resolve({ remote_theme: 'pages-themes/minimal@v0.2.0' }).theme?.root, realpathSync(path.join(root, '_themes/minimal')))
  const missing = resolve({ remote_theme: 'pages-themes/cayman' })
  assert.equal(missing.theme, undefined)
  assert.match(missing.lines, /pages-themes\/cayman is not downloaded.*_themes\/cayman/)
  writeTree(root, { '_themes/cayman/_layouts/default.html': 'x' })
  const both = resolve({ theme: 'minimal', remote_theme: 'pages-themes/cayman' })
  assert.equal(both.theme?.name, 'minimal')
  assert.match(both.lines, /remote_theme: pages-themes\/cayman' is ignored/)
})
