/**
 * Incremental rebuilds render exactly what depends on a change: the dependency traces recorded while
 * rendering (drop reads, layouts, includes, data keys, site lists) decide, and each result is checked
 * against a clean build of the same source.
 */
import assert from 'node:assert/strict'
import { mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { after, before, test } from 'node:test'
import { build } from '../../src/pipeline/index.js'
import { type BuildReport, IncrementalBuilder } from '../../src/serve/incremental.js'
import type { Change } from '../../src/serve/watch.js'
import { log } from '../../src/util/log.js'
import { type PostSpec, postText, treeDifferences, writeBlog, writeFile } from './helpers/blog.js'

const tmp = mkdtempSync(path.join(os.tmpdir(), 'utterson-incremental-'))
const env = { ...process.env, SOURCE_DATE_EPOCH: '1704067200', TZ: 'UTC', JEKYLL_ENV: 'development' }
const src = path.join(tmp, 'src')
const dest = path.join(tmp, 'dest')
let posts: Map<string, PostSpec>
let builder: IncrementalBuilder
let cleanRuns = 0
const savedSink = log.sink

before(async () => {
  log.sink = { out: () => undefined, err: () => undefined }
  posts = writeBlog(src, 6, 3)
  builder = new IncrementalBuilder({ build: { source: src, destination: dest, env } })
  const first = await builder.build()
  assert.equal(first.reused, 0)
})
after(() => {
  log.sink = savedSink
  rmSync(tmp, { recursive: true, force: true })
})

const postName = (slug: string) => [...posts.keys()].find((n) => n.endsWith(`-${slug}.md`)) as string
const postPath = (slug: string) => path.join(src, '_posts', postName(slug))
const edit = (slug: string, change: (p: PostSpec) => void): Change => {
  const spec = posts.get(postName(slug)) as PostSpec
  change(spec)
  writeFileSync(postPath(slug), postText(spec))
  return { kind: 'change', path: postPath(slug) }
}

/** Rebuilds after `changes` and checks the destination against a clean build. */
async function rebuild(changes: Change[]): Promise<BuildReport> {
  const report = await builder.build(changes)
  const clean = path.join(tmp, `clean-${cleanRuns++}`)
  await build({ source: src, destination: clean, env })
  assert.deepEqual(treeDifferences(clean, dest), [])
  return report
}

const rendered = (r: BuildReport) => [...r.renderedPaths].sort()
const postRel = (slug: string) => `_posts/${postName(slug)}`

test('nothing changed: nothing is rendered or written', async () => {
  const r = await rebuild([])
  assert.deepEqual(r.renderedPaths, [])
  assert.deepEqual(r.written, [])
  assert.ok(r.reused > 10)
})

test('the body of an old post (not listed anywhere): only that post', async () => {
  const r = await rebuild([edit('post-0', (p) => p.paragraphs.push('A new closing paragraph.'))])
  assert.deepEqual(rendered(r), [postRel('post-0')])
  assert.equal(r.written.length, 1)
})

test('the body of a recent post: the post and the feed (which shows full content), not the index (excerpts unchanged)', async () => {
  const r = await rebuild([edit('post-4', (p) => p.paragraphs.push('Another closing paragraph.'))])
  assert.deepEqual(rendered(r), [postRel('post-4'), 'feed.xml'].sort())
})

test('the excerpt of a recent post: also the index that shows it', async () => {
  const r = await rebuild([edit('post-4', (p) => { p.paragraphs[0] = 'A brand new first paragraph.' })])
  assert.deepEqual(rendered(r), [postRel('post-4'), 'feed.xml', 'index.html'].sort())
})

test('a title: the post, its neighbours and the listings, not unrelated posts or pages', async () => {
  const hasTags = (posts.get(postName('post-2')) as PostSpec).tags.length > 0
  const r = await rebuild([edit('post-2', (p) => { p.title = 'A renamed title' })])
  const expected = [postRel('post-2'), postRel('post-1'), postRel('post-3'), 'index.html', 'archive.html', 'feed.xml', ...(hasTags ? ['tags.html'] : [])]
  assert.deepEqual(rendered(r), expected.sort())
})

test('an include: exactly the pages that include it', async () => {
  const file = path.join(src, '_includes/post-list.html')
  writeFileSync(file, readFileSync(file, 'utf8').replace('<ul>', '<ul class="changed">'))
  const r = await rebuild([{ kind: 'change', path: file }])
  assert.deepEqual(rendered(r), ['archive.html', 'index.html', 'tags.html'])
})

test('a data file: only the pages that read that key of site.data', async () => {
  const file = path.join(src, '_data/authors.yml')
  writeFileSync(file, readFileSync(file, 'utf8').replace('ADA Writer', 'Ada Lovelace'))
  const r = await rebuild([{ kind: 'change', path: file }])
  const all = [...posts.keys()].map((n) => `_posts/${n}`)
  assert.deepEqual(rendered(r), [...all, 'about.md'].sort())
})

test('a layout: the pages that use it', async () => {
  const file = path.join(src, '_layouts/post.html')
  writeFileSync(file, readFileSync(file, 'utf8').replace('<article>', '<article class="v2">'))
  const r = await rebuild([{ kind: 'change', path: file }])
  assert.deepEqual(rendered(r), [...posts.keys()].map((n) => `_posts/${n}`).sort())
})

test('a renamed post: its old output is removed and the new one written', async () => {
  const from = postPath('post-1')
  const name = postName('post-1')
  const to = path.join(src, '_posts', name.replace('post-1', 'moved'))
  renameSync(from, to)
  posts.set(path.basename(to), posts.get(name) as PostSpec)
  posts.delete(name)
  const r = await rebuild([{ kind: 'unlink', path: from }, { kind: 'add', path: to }])
  assert.ok(r.removed.some((f) => f.endsWith('/post-1.html')))
  assert.ok(r.written.some((f) => f.endsWith('/moved.html')))
})

test('a static file: copied, and no page rendered', async () => {
  const file = path.join(src, 'assets/css/style.css')
  writeFileSync(file, 'body { color: red; }\n')
  const r = await rebuild([{ kind: 'change', path: file }])
  assert.deepEqual(r.renderedPaths, [])
  assert.deepEqual(r.written.map((f) => path.relative(dest, f)), ['assets/css/style.css'])
})

test('the configuration, or a file no dependency explains: everything is rendered', async () => {
  const config = path.join(src, '_config.yml')
  writeFileSync(config, readFileSync(config, 'utf8').replace('A blog for the serve tests.', 'Changed.'))
  const byConfig = await rebuild([{ kind: 'change', path: config }])
  assert.equal(byConfig.fullReason, 'configuration changed')
  assert.equal(byConfig.reused, 0)
  const partial = path.join(src, '_sass/_x.scss')
  writeFile(partial, '$a: 1;\n')
  const byUnknown = await rebuild([{ kind: 'add', path: partial }])
  assert.match(byUnknown.fullReason ?? '', /_sass\/_x\.scss/)
  assert.equal(byUnknown.reused, 0)
})

test('a broken template fails the build, leaves the destination alone, and the next good save recovers', async () => {
  const before = readFileSync(path.join(dest, 'index.html'), 'utf8')
  const index = path.join(src, 'index.html')
  const good = readFileSync(index, 'utf8')
  writeFileSync(index, `${good}{% for x in site.posts %}\n`)
  await assert.rejects(builder.build([{ kind: 'change', path: index }]), /for/)
  assert.equal(readFileSync(path.join(dest, 'index.html'), 'utf8'), before)
  writeFileSync(index, good.replace('<h1>', '<h1 class="fixed">'))
  const r = await rebuild([{ kind: 'change', path: index }])
  assert.deepEqual(r.renderedPaths, ['index.html'])
})
