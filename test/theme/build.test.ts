/**
 * A themed build: layouts, includes and data from the theme with the site's own taking precedence, theme
 * assets read as pages or static files unless the site has the same path (compared kind by kind, as
 * Jekyll's ThemeAssetsReader does), symlinked assets skipped, theme pages after the site's in `site.pages`.
 * The whole behaviour is also compared with Jekyll by the theme-local conformance fixture.
 */
import assert from 'node:assert/strict'
import { existsSync, readFileSync, symlinkSync } from 'node:fs'
import path from 'node:path'
import { test } from 'node:test'
import { build } from '../../src/index.js'
import { log } from '../../src/util/log.js'
import { tempTree } from './helpers.js'

const ENV = { SOURCE_DATE_EPOCH: '1704067200', JEKYLL_ENV: 'production' }

async function buildSite(files: Record<string, string>, setup?: (source: string) => void) {
  const root = tempTree(files)
  const source = path.join(root, 'site')
  setup?.(source)
  const destination = path.join(root, 'out')
  const warnings: string[] = []
  const sink = log.sink
  log.sink = { out: () => {}, err: (line) => warnings.push(line) }
  try {
    const result = await build({ source, destination, cwd: source, env: ENV })
    return { result, out: (p: string) => readFileSync(path.join(destination, p), 'utf8'), has: (p: string) => existsSync(path.join(destination, p)), warnings }
  } finally {
    log.sink = sink
  }
}

const THEME = {
  'site/_themes/t/_layouts/default.html': '<theme-default>{% include nav.html %}{% include note.html %}{{ content }}</theme-default>',
  'site/_themes/t/_layouts/post.html': '---\nlayout: default\n---\n<theme-post>{{ content }}</theme-post>',
  'site/_themes/t/_includes/nav.html': '<theme-nav/>',
  'site/_themes/t/_includes/note.html': '<theme-note/>',
  'site/_themes/t/_data/menu.yml': 'items: [a, b]\nlabel: theme\nextra:\n  x: 1\n  y: 2\n',
  'site/_themes/t/assets/theme.js': 'theme()',
  'site/_themes/t/assets/both.txt': 'theme static',
  'site/_themes/t/assets/page.md': '---\ntitle: From the theme\n---\n# Hi',
  'site/_themes/t/assets/styles/main.scss': '---\n---\n.a { .b { color: red; } }',
}

test('site layouts and includes win over the theme; the theme fills in the rest', async () => {
  const { out } = await buildSite({
    ...THEME,
    'site/_config.yml': 'theme: t\ntimezone: UTC\n',
    'site/_layouts/default.html': '<site-default>{% include nav.html %}{% include note.html %}{{ content }}</site-default>',
    'site/_includes/note.html': '<site-note/>',
    'site/_posts/2023-01-01-a.md': '---\nlayout: post\n---\nbody',
  })
  assert.equal(out('2023/01/01/a.html'), '<site-default><theme-nav/><site-note/><theme-post><p>body</p>\n</theme-post></site-default>')
})

test('theme data is deep-merged under the site data', async () => {
  const { out } = await buildSite({
    ...THEME,
    'site/_config.yml': 'theme: t\ntimezone: UTC\n',
    'site/_data/menu.yml': 'label: site\nextra:\n  y: 20\n',
    'site/index.html': '---\n---\n{{ site.data.menu | jsonify }}',
  })
  assert.equal(out('index.html'), '{"items":["a","b"],"label":"site","extra":{"x":1,"y":20}}')
})

test('theme assets become pages and static files after the site files; same-path site files win', async () => {
  const { out, has, warnings } = await buildSite(
    {
      ...THEME,
      'site/_config.yml': 'theme: t\ntimezone: UTC\n',
      'site/assets/both.txt': 'site static',
      'site/index.html': '---\n---\n{% for p in site.pages %}{{ p.path }};{% endfor %}|{% for f in site.static_files %}{{ f.path }};{% endfor %}',
      'site/zzz.md': '---\n---\nlast site page',
    },
    (source) => symlinkSync(path.join(source, 'index.html'), path.join(source, '_themes/t/assets/linked.html')),
  )
  assert.equal(out('index.html'), 'index.html;zzz.md;assets/page.md;assets/styles/main.scss;|/assets/both.txt;/assets/theme.js;')
  assert.equal(out('assets/both.txt'), 'site static')
  assert.equal(out('assets/theme.js'), 'theme()')
  assert.match(out('assets/page.html'), /<h1 id="hi">Hi<\/h1>/)
  assert.match(out('assets/styles/main.css'), /\.a \.b \{\s*color: red;\s*\}/)
  assert.ok(has('assets/styles/main.css.map'))
  assert.ok(!has('assets/linked.html'))
  assert.match(warnings.join('\n'), /Theme reader: +Ignored symlinked asset: .*linked\.html/)
})

test('a site page does not hide a theme static file of the same path (Jekyll compares kind by kind)', async () => {
  const { out, warnings } = await buildSite({
    ...THEME,
    'site/_config.yml': 'theme: t\ntimezone: UTC\n',
    'site/assets/theme.js': '---\n---\nsite page {{ 1 | plus: 1 }}',
  })
  // Both are written to the same place; the static file is written last, as in Jekyll (with a Conflict warning).
  assert.equal(out('assets/theme.js'), 'theme()')
  assert.match(warnings.join('\n'), /Conflict:/)
})

test('the theme config is merged and the theme is on the site model with its plugins', async () => {
  const { result, out } = await buildSite({
    ...THEME,
    'site/_themes/t/_config.yml': 'tagline: theme tagline\n',
    'site/_themes/t/t.gemspec': 'Gem::Specification.new do |s|\n  s.name = "t"\n  s.add_runtime_dependency "jekyll-feed"\nend\n',
    'site/_config.yml': 'theme: t\ntimezone: UTC\n',
    'site/index.html': '---\n---\n{{ site.tagline }}',
  })
  assert.equal(out('index.html'), 'theme tagline')
  assert.equal(result.context.site.theme?.name, 't')
  assert.deepEqual(result.context.site.theme?.plugins, ['jekyll-feed'])
  assert.equal(result.context.site.includesDirs.at(-1), path.join(result.context.site.theme?.root ?? '', '_includes'))
})
