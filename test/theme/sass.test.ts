/**
 * Sass/SCSS pages (jekyll-sass-converter's behaviour on dart-sass): settings, source maps per
 * `sass.sourcemap`, styles, load paths, Liquid first, the scssify/sassify filters, quiet deprecations,
 * and errors that name the file and line.
 */
import assert from 'node:assert/strict'
import { existsSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { test } from 'node:test'
import { build } from '../../src/index.js'
import { sassSettings, sourcemapRequired } from '../../src/markup/sass/settings.js'
import { BuildError } from '../../src/util/errors.js'
import { log } from '../../src/util/log.js'
import { tempTree } from './helpers.js'

async function buildSite(files: Record<string, string>, env: Record<string, string> = { JEKYLL_ENV: 'production' }) {
  const root = tempTree(files)
  const source = path.join(root, 'site')
  const destination = path.join(root, 'out')
  const warnings: string[] = []
  const sink = log.sink
  log.sink = { out: () => {}, err: (line) => warnings.push(line) }
  try {
    await build({ source, destination, cwd: source, env: { SOURCE_DATE_EPOCH: '1704067200', ...env } })
  } finally {
    log.sink = sink
  }
  return { out: (p: string) => readFileSync(path.join(destination, p), 'utf8'), has: (p: string) => existsSync(path.join(destination, p)), warnings }
}

const config = (extra = '') => ({ 'site/_config.yml': `timezone: UTC\n${extra}` })

test('settings: sass_dir, load_paths (globs), the theme _sass and the source, existing folders only, in order', () => {
  const source = tempTree({ 'styles/a.scss': '', 'vendor/x/scss/b.scss': '', 'vendor/y/scss/c.scss': '', 'theme-sass/d.scss': '' })
  const settings = sassSettings({
    source,
    config: { sass: { sass_dir: 'styles', load_paths: ['vendor/*/scss', 'missing'] } },
    themeSassPath: path.join(source, 'theme-sass'),
  })
  assert.deepEqual(settings.loadPaths, [
    path.join(source, 'vendor/x/scss'),
    path.join(source, 'vendor/y/scss'),
    path.join(source, 'styles'),
    path.join(source, 'theme-sass'),
    source,
  ])
})

test('settings: safe mode keeps load paths inside the source', () => {
  const source = tempTree({ 'etc/x.scss': '' })
  const settings = sassSettings({ source, config: { safe: true, sass: { load_paths: ['/etc', '../../etc'] } } })
  assert.deepEqual(settings.loadPaths, [path.join(source, 'etc'), source])
})

test('settings: style is expanded unless compressed; sourcemap always, never or development', () => {
  const source = tempTree()
  assert.equal(sassSettings({ source, config: {} }).style, 'expanded')
  assert.equal(sassSettings({ source, config: { sass: { style: 'compact' } } }).style, 'expanded')
  assert.equal(sassSettings({ source, config: { sass: { style: ':compressed' } } }).style, 'compressed')
  assert.equal(sassSettings({ source, config: {} }).sourcemap, 'always')
  assert.equal(sassSettings({ source, config: { sass: { sourcemap: 'bogus' } } }).sourcemap, 'always')
  assert.equal(sourcemapRequired('development', 'development'), true)
  assert.equal(sourcemapRequired('development', 'production'), false)
  assert.equal(sourcemapRequired('never', 'development'), false)
  assert.equal(sourcemapRequired('always', 'production'), true)
})

test('settings: old-theme deprecations silenced unless verbose; quiet_deps and silence_deprecations as in converter 3.x', () => {
  const source = tempTree()
  const quiet = sassSettings({ source, config: {} })
  assert.deepEqual(quiet.silenceDeprecations, ['import', 'slash-div', 'global-builtin', 'color-functions'])
  assert.equal(quiet.quietDeps, true)
  const verbose = sassSettings({ source, config: { sass: { verbose: true } } })
  assert.deepEqual(verbose.silenceDeprecations, [])
  assert.equal(verbose.quietDeps, false)
  const own = sassSettings({ source, config: { sass: { quiet_deps: false, silence_deprecations: ['mixed-decls', 'import'] } } })
  assert.deepEqual(own.silenceDeprecations, ['import', 'slash-div', 'global-builtin', 'color-functions', 'mixed-decls'])
  assert.equal(own.quietDeps, false)
})

test('a .scss page with front matter becomes .css with a source map next to it; without front matter it is copied', async () => {
  const { out, has } = await buildSite({
    ...config(),
    'site/assets/main.scss': '---\n---\n@import "colors";\n.a { color: $brand; .b { width: 10px * 2; } }\n',
    'site/_sass/_colors.scss': '$brand: #123456;\n',
    'site/assets/raw.scss': '.raw { }\n',
  })
  assert.equal(out('assets/main.css'), '.a {\n  color: #123456;\n}\n.a .b {\n  width: 20px;\n}\n\n/*# sourceMappingURL=main.css.map */')
  const map = JSON.parse(out('assets/main.css.map'))
  assert.equal(map.version, 3)
  assert.equal(map.file, 'main.css')
  assert.deepEqual([...map.sources].sort(), ['_sass/_colors.scss', 'assets/main.scss'])
  assert.equal(map.sourcesContent.length, 2)
  assert.equal(out('assets/raw.scss'), '.raw { }\n')
  assert.ok(!has('assets/raw.css'))
})

test('imports resolve next to the page, then in _sass, the theme and the source folder (as libsass found them)', async () => {
  const { out } = await buildSite({
    ...config('sass:\n  sourcemap: never\n'),
    'site/assets/css/main.scss': '---\n---\n@import "local", "shared", "css-root/root";\n',
    'site/assets/css/_local.scss': '.local { a: b }',
    'site/_sass/_shared.scss': '.shared { a: b }',
    'site/css-root/_root.scss': '.root { a: b }',
  })
  assert.equal(out('assets/css/main.css'), '.local {\n  a: b;\n}\n\n.shared {\n  a: b;\n}\n\n.root {\n  a: b;\n}\n')
})

test('sourcemap: never writes no map; development writes one only in development', async () => {
  const never = await buildSite({ ...config('sass:\n  sourcemap: never\n'), 'site/main.scss': '---\n---\n.a { b: c }' })
  assert.equal(never.out('main.css'), '.a {\n  b: c;\n}\n')
  assert.ok(!never.has('main.css.map'))
  const dev = { ...config('sass:\n  sourcemap: development\n'), 'site/main.scss': '---\n---\n.a { b: c }' }
  assert.ok(!(await buildSite(dev)).has('main.css.map'))
  assert.ok((await buildSite(dev, { JEKYLL_ENV: 'development' })).has('main.css.map'))
})

test('style: compressed; .sass files use the indented syntax; Liquid runs first', async () => {
  const { out } = await buildSite({
    ...config('brand: "#abcdef"\nsass:\n  style: compressed\n  sourcemap: never\n'),
    'site/a.scss': '---\n---\n.a { color: {{ site.brand }}; .b { margin: 0 auto; } }',
    'site/b.sass': '---\n---\n$w: 3px\n.c\n  width: $w * 2\n',
  })
  assert.equal(out('a.css'), '.a{color:#abcdef}.a .b{margin:0 auto}\n')
  assert.equal(out('b.css'), '.c{width:6px}\n')
})

test('a Sass page with a permalink keeps its CSS; the map goes next to it', async () => {
  const { out, has } = await buildSite({ ...config(), 'site/css/a.scss': '---\npermalink: /styles.css\n---\n.a { b: c }' })
  assert.match(out('styles.css'), /sourceMappingURL=styles\.css\.map \*\/$/)
  assert.equal(JSON.parse(out('styles.css.map')).file, 'styles.css')
  assert.ok(!has('css/a.css.map'))
})

test('old-theme deprecations are silent by default and shown with sass.verbose', async () => {
  const files = {
    'site/main.scss': '---\n---\n@import "old";\n.a { width: (10px / 2); color: darken(#fff, 10%); }',
    'site/_sass/_old.scss': '.b { margin: (20px / 2); }',
  }
  const quiet = await buildSite({ ...config(), ...files })
  assert.deepEqual(quiet.warnings, [])
  assert.match(quiet.out('main.css'), /width: 5px;/)
  const verbose = await buildSite({ ...config('sass:\n  verbose: true\n'), ...files })
  assert.match(verbose.warnings.join('\n'), /Sass deprecation:.*@import/)
  assert.match(verbose.warnings.join('\n'), /Sass deprecation:.*math\.div|slash/)
})

test('a Sass error names the page and the line in the file (front matter counted)', async () => {
  await assert.rejects(
    buildSite({ ...config(), 'site/assets/main.scss': '---\ntitle: x\n---\n.a {\n  color: red;\n  width: $missing;\n}\n' }),
    (e: unknown) => {
      assert.ok(e instanceof BuildError)
      assert.equal(e.file, 'assets/main.scss')
      assert.equal(e.line, 6)
      assert.match(e.message, /Jekyll::Converters::Scss encountered an error while converting 'assets\/main\.scss': Undefined variable/)
      assert.match(e.frame ?? '', />> 6\|   width: \$missing;/)
      return true
    },
  )
})

test('an error in a partial names the partial and its line', async () => {
  await assert.rejects(
    buildSite({ ...config(), 'site/main.scss': '---\n---\n@import "broken";\n', 'site/_sass/_broken.scss': '.ok { a: b; }\n.bad {\n  color: red\n' }),
    (e: unknown) => {
      assert.ok(e instanceof BuildError)
      assert.equal(e.file, '_sass/_broken.scss')
      assert.equal(e.line, 3)
      assert.match(e.message, /while converting 'main\.scss': expected/)
      assert.equal(e.hint, 'imported from main.scss')
      return true
    },
  )
})

test('scssify and sassify use the site _sass folder; no source map', async () => {
  const { out } = await buildSite({
    ...config(),
    'site/_sass/_vars.scss': '$gap: 8px;',
    'site/index.html': '---\n---\n{% capture s %}@import "vars"; .x { .y { padding: $gap / 2; } }{% endcapture %}{{ s | scssify }}|{{ ".z\n  margin: 1px + 1px" | sassify }}',
  })
  assert.equal(out('index.html'), '.x .y {\n  padding: 4px;\n}\n|.z {\n  margin: 2px;\n}\n')
})

test('a Sass document in a collection is converted without a source map (Jekyll associates pages only)', async () => {
  const { out, has } = await buildSite({
    ...config('collections:\n  styles:\n    output: true\n'),
    'site/_styles/theme.scss': '---\n---\n.a { b: c }',
  })
  assert.equal(out('styles/theme.css'), '.a {\n  b: c;\n}\n')
  assert.ok(!has('styles/theme.css.map'))
})
