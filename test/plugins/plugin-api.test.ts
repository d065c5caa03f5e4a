/**
 * The plugin API as a site author uses it: plugins in `_plugins/`, npm packages named in `plugins:`,
 * hooks in Jekyll's order and priorities, generators by priority, converters, filters and tags, and
 * the loader's warnings and errors for names and settings it cannot use.
 */
import assert from 'node:assert/strict'
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { after, beforeEach, test } from 'node:test'
import { build } from '../../src/index.js'
import { loadConfig } from '../../src/config/load.js'
import { loadPlugins } from '../../src/plugins/load.js'
import { BuildError } from '../../src/util/errors.js'
import { log } from '../../src/util/log.js'

const tmp = mkdtempSync(path.join(os.tmpdir(), 'utterson-plugins-'))
after(() => rmSync(tmp, { recursive: true, force: true }))
const ENV = { SOURCE_DATE_EPOCH: '1704067200', JEKYLL_ENV: 'production', TZ: 'UTC' }

let warnings: string[] = []
beforeEach(() => {
  warnings = []
  log.level = 'warn'
  log.sink = { out: () => {}, err: (line) => warnings.push(line) }
})

let count = 0
/** Writes a site (path → content) into a fresh folder and returns the folder. */
function site(files: Record<string, string>): string {
  const dir = path.join(tmp, `site-${++count}`)
  for (const [file, content] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, file)), { recursive: true })
    writeFileSync(path.join(dir, file), content)
  }
  return dir
}

async function buildSite(dir: string) {
  return build({ source: dir, destination: path.join(dir, '_site'), cwd: dir, env: ENV })
}

const read = (dir: string, file: string) => readFileSync(path.join(dir, '_site', file), 'utf8')

test('a plugin in _plugins/ adds a filter, a tag and a generator', async () => {
  const dir = site({
    '_config.yml': 'title: Plugins\n',
    '_plugins/shout.mjs': `export default {
      name: 'shout',
      setup(api) {
        api.addFilter('shout', (input, mark = '!') => String(input).toUpperCase() + mark)
        api.addTag('site_title', { render: (markup, ctx) => '[' + ctx.config.title + '|' + markup.trim() + '|' + ctx.get('page.title') + ']' })
        api.addGenerator((site) => {
          site.addPage({ name: 'generated.html', content: '<p>{{ "made by a generator" | shout }} {{ site.pages | size }}</p>', data: { title: 'Generated' } })
          site.addPage({ dir: 'deep/er', name: 'data.json', content: '{"posts": {{ site.posts | size }}}' })
        })
      },
    }\n`,
    'index.html': '---\ntitle: Home\n---\n{{ "hello" | shout: "?" }} {% site_title some markup %}\n',
    '_posts/2023-01-01-one.md': '---\ntitle: One\n---\nPost.\n',
  })
  await buildSite(dir)
  assert.equal(read(dir, 'index.html'), 'HELLO? [Plugins|some markup|Home]\n')
  // index.html and the two generated pages
  assert.equal(read(dir, 'generated.html'), '<p>MADE BY A GENERATOR! 3</p>')
  assert.equal(read(dir, 'deep/er/data.json'), '{"posts": 1}')
})

test('an npm package named in plugins: is loaded from the site', async () => {
  const dir = site({
    '_config.yml': 'plugins:\n  - utterson-plugin-hello\n',
    'node_modules/utterson-plugin-hello/package.json': JSON.stringify({ name: 'utterson-plugin-hello', type: 'module', exports: { '.': { import: './main.mjs' } } }),
    'node_modules/utterson-plugin-hello/main.mjs': `export default { name: 'hello', setup(api) { api.addFilter('hello', (x) => 'Hello, ' + x) } }\n`,
    'index.html': '---\n---\n{{ "npm" | hello }}\n',
  })
  await buildSite(dir)
  assert.equal(read(dir, 'index.html'), 'Hello, npm\n')
})

test('an unknown plugin name is a warning, not a failure', async () => {
  const dir = site({ '_config.yml': 'plugins:\n  - jekyll-does-not-exist\n  - jekyll-sass-converter\n', 'index.html': '---\n---\nok\n' })
  await buildSite(dir)
  assert.equal(read(dir, 'index.html'), 'ok\n')
  const messages = warnings.join('\n')
  assert.match(messages, /'jekyll-does-not-exist' is not built into Utterson and no npm package of that name is installed; it is ignored\./)
  assert.doesNotMatch(messages, /jekyll-sass-converter/)
})

test('legacy gems: still loads plugins, with Jekyll\'s deprecation message', async () => {
  const dir = site({ '_config.yml': 'url: https://x.example\ngems:\n  - jekyll-sitemap\n', 'index.html': '---\n---\nok\n' })
  await buildSite(dir)
  assert.match(read(dir, 'robots.txt'), /^Sitemap: https:\/\/x\.example\/sitemap\.xml$/m)
  assert.match(warnings.join('\n'), /Deprecation: The 'gems' configuration option has been renamed to 'plugins'/)
})

test('Ruby plugins in _plugins/ are reported and skipped', async () => {
  const dir = site({ '_config.yml': 'title: x\n', '_plugins/old.rb': 'module Jekyll; end\n', 'index.html': '---\n---\nok\n' })
  await buildSite(dir)
  assert.match(warnings.join('\n'), /_plugins\/old\.rb is a Ruby plugin; Utterson runs JavaScript plugins only/)
})

test('plugins: must be a list', async () => {
  const dir = site({ '_config.yml': 'plugins: jekyll-feed\n', 'index.html': '---\n---\nok\n' })
  await assert.rejects(buildSite(dir), (error: unknown) => error instanceof BuildError && /'plugins' should be set as an array/.test(error.message))
})

test('an unknown hook name is a BuildError naming the plugin', async () => {
  const dir = site({
    '_config.yml': 'title: x\n',
    '_plugins/bad.mjs': `export default { name: 'bad-hooks', setup(api) { api.on('posts:pre_write', () => {}) } }\n`,
    'index.html': '---\n---\nok\n',
  })
  await assert.rejects(buildSite(dir), (error: unknown) => error instanceof BuildError && /Plugin 'bad-hooks' registered an unknown hook 'posts:pre_write'/.test(error.message))
})

test('a page hook must be synchronous', async () => {
  const dir = site({
    '_config.yml': 'title: x\n',
    '_plugins/async.mjs': `export default { name: 'async-hook', setup(api) { api.on('pages:post_render', async () => {}) } }\n`,
    'index.html': '---\n---\nok\n',
  })
  await assert.rejects(buildSite(dir), (error: unknown) => error instanceof BuildError && /'pages:post_render' hook of plugin 'async-hook' returned a promise/.test(error.message))
})

test('hooks run in Jekyll\'s order: site events around the stages, owner before documents, by priority', async () => {
  const dir = site({
    '_config.yml': 'collections:\n  notes:\n    output: true\n',
    '_plugins/trace.mjs': `
      const trace = (globalThis.__hookTrace = [])
      const name = (x) => x.relativePath ?? (x.site ? 'site' : String(x))
      export default { name: 'trace', setup(api) {
        for (const event of ['after_init', 'after_reset', 'post_read', 'pre_render', 'post_render', 'post_write'])
          api.on('site:' + event, () => { trace.push('site:' + event) })
        for (const owner of ['pages', 'posts', 'documents'])
          for (const event of ['post_init', 'pre_render', 'post_convert', 'post_render', 'post_write'])
            api.on(owner + ':' + event, (item) => { trace.push(owner + ':' + event + ' ' + name(item)) })
        api.on('pages:post_render', (page) => { trace.push('high ' + page.relativePath) }, { priority: 'high' })
        api.on('pages:pre_render', (page, payload) => { payload.page.title; page.data.extra = 'from pre_render' })
        api.on('pages:post_convert', (page) => { page.content = page.content.replace('Body', 'Converted body') })
        api.on('posts:post_render', (post) => { post.output += '<!-- post_render -->' })
      } }\n`,
    '_layouts/default.html': '<main>{{ content }}</main>',
    'index.md': '---\nlayout: default\n---\nBody {{ page.extra }}\n',
    '_posts/2023-01-01-p.md': '---\n---\nPost\n',
    '_notes/n.md': '---\n---\nNote\n',
  })
  await buildSite(dir)
  const trace = (globalThis as { __hookTrace?: string[] }).__hookTrace as string[]
  const post = '_posts/2023-01-01-p.md'
  assert.deepEqual(trace, [
    'site:after_init',
    'site:after_reset',
    'pages:post_init index.md',
    `posts:post_init ${post}`,
    `documents:post_init ${post}`,
    'documents:post_init _notes/n.md',
    'site:post_read',
    'site:pre_render',
    `posts:pre_render ${post}`,
    `documents:pre_render ${post}`,
    `posts:post_convert ${post}`,
    `documents:post_convert ${post}`,
    `posts:post_render ${post}`,
    `documents:post_render ${post}`,
    'documents:pre_render _notes/n.md',
    'documents:post_convert _notes/n.md',
    'documents:post_render _notes/n.md',
    'pages:pre_render index.md',
    'pages:post_convert index.md',
    'high index.md',
    'pages:post_render index.md',
    'site:post_render',
    `posts:post_write ${post}`,
    `documents:post_write ${post}`,
    'documents:post_write _notes/n.md',
    'pages:post_write index.md',
    'site:post_write',
  ])
  assert.equal(read(dir, 'index.html'), '<main><p>Converted body from pre_render</p>\n</main>')
  assert.match(read(dir, '2023/01/01/p.html'), /<!-- post_render -->$/)
})

test('generators run by priority, and a converter plugin handles its extension', async () => {
  const dir = site({
    '_config.yml': 'title: x\n',
    '_plugins/gen.mjs': `export default { name: 'gen', setup(api) {
      const order = []
      api.addGenerator(() => { order.push('low') }, { priority: 'low' })
      api.addGenerator(() => { order.push('highest') }, { priority: 'highest' })
      api.addGenerator(() => { order.push('normal') })
      api.addGenerator((site) => { site.addPage({ name: 'order.txt', content: order.join(',') }) }, { priority: 'lowest' })
      api.addConverter({ name: 'Shout', priority: 'high', matches: (ext) => ext === '.shout', outputExt: () => '.html', convert: (text) => text.toUpperCase() })
    } }\n`,
    'loud.shout': '---\n---\nquiet words\n',
  })
  await buildSite(dir)
  assert.equal(read(dir, 'order.txt'), 'highest,normal,low')
  assert.equal(read(dir, 'loud.html'), 'QUIET WORDS\n')
})

test('the theme\'s plugins load before the site\'s, once each', async () => {
  const config = loadConfig({ source: site({ '_config.yml': 'plugins: [jekyll-feed, jekyll-seo-tag]\n' }) })
  const registry = await loadPlugins(config, { extraNames: ['jekyll-seo-tag', 'jekyll-feed', 'jekyll-sitemap'] })
  assert.deepEqual(registry.loaded, ['jekyll-seo-tag', 'jekyll-feed', 'jekyll-sitemap'])
  assert.ok(registry.tags.has('seo') && registry.tags.has('feed_meta'))
})

test('paginate without jekyll-paginate gets Jekyll\'s deprecation message', async () => {
  const dir = site({ '_config.yml': 'paginate: 2\n', 'index.html': '---\n---\n{{ paginator | jsonify }}\n' })
  await buildSite(dir)
  assert.equal(read(dir, 'index.html'), 'null\n')
  assert.match(warnings.join('\n'), /Deprecation: You appear to have pagination turned on, but you haven't included the `jekyll-paginate` gem/)
})

test('clean:on_obsolete lists the files of the last build that this one does not write', async () => {
  const dir = site({
    '_config.yml': 'keep_files: [kept]\n',
    '_plugins/obsolete.mjs': `export default { name: 'obsolete', setup(api) { api.on('clean:on_obsolete', (paths) => { globalThis.__obsolete = paths }) } }\n`,
    'index.html': '---\n---\nok\n',
  })
  mkdirSync(path.join(dir, '_site', 'old', 'kept'), { recursive: true })
  mkdirSync(path.join(dir, '_site', 'kept'), { recursive: true })
  writeFileSync(path.join(dir, '_site', 'old', 'page.html'), 'stale')
  writeFileSync(path.join(dir, '_site', 'index.html'), 'previous build')
  writeFileSync(path.join(dir, '_site', 'kept', 'file.txt'), 'kept')
  await buildSite(dir)
  assert.deepEqual((globalThis as { __obsolete?: string[] }).__obsolete, [path.join(dir, '_site', 'old', 'page.html')])
  assert.equal(read(dir, 'kept/file.txt'), 'kept')
})
