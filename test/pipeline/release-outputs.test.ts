/**
 * A build that owns its process (the CLI) lets go of each page's output once it is written, unless a
 * post_write hook could still read it; a build embedded in a program keeps every output.
 */
import assert from 'node:assert/strict'
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { after, test } from 'node:test'
import { createBuildContext, runBuild } from '../../src/index.js'
import { log } from '../../src/util/log.js'

const tmp = mkdtempSync(path.join(os.tmpdir(), 'utterson-release-'))
after(() => rmSync(tmp, { recursive: true, force: true }))
const ENV = { SOURCE_DATE_EPOCH: '1704067200', TZ: 'UTC' }

function site(name: string, plugin?: string): string {
  const dir = path.join(tmp, name)
  mkdirSync(path.join(dir, '_posts'), { recursive: true })
  writeFileSync(path.join(dir, '_posts', '2020-01-01-hello.md'), '---\ntitle: Hello\n---\n# Hello\n')
  writeFileSync(path.join(dir, 'index.md'), '---\ntitle: Home\n---\n{% for p in site.posts %}{{ p.title }}{% endfor %}\n')
  if (plugin) {
    mkdirSync(path.join(dir, '_plugins'))
    writeFileSync(path.join(dir, '_plugins', 'after-write.mjs'), plugin)
  }
  return dir
}

async function buildSite(source: string, ownsProcess: boolean) {
  log.level = 'error'
  const ctx = createBuildContext({ source, destination: path.join(source, '_site'), cwd: source, env: ENV, disable_disk_cache: true })
  ctx.ownsProcess = ownsProcess
  await runBuild(ctx)
  const post = ctx.site.collections.get('posts')?.docs[0]
  const page = ctx.site.pages.find((p) => p.name === 'index.md')
  return { post, page, dest: path.join(source, '_site') }
}

test('owning the process: outputs are written, then let go of', async () => {
  const { post, page, dest } = await buildSite(site('owns'), true)
  assert.equal(post?.output, undefined)
  assert.equal(page?.output, undefined)
  assert.match(post?.content ?? '', /<h1 id="hello">Hello<\/h1>/, 'content stays (later pages may list it)')
  assert.match(readFileSync(path.join(dest, '2020/01/01/hello.html'), 'utf8'), /<h1 id="hello">Hello<\/h1>/)
  assert.match(readFileSync(path.join(dest, 'index.html'), 'utf8'), /Hello/)
})

test('embedded in a program: every output is kept', async () => {
  const { post, page } = await buildSite(site('embedded'), false)
  assert.match(post?.output ?? '', /<h1 id="hello">Hello<\/h1>/)
  assert.match(page?.output ?? '', /Hello/)
})

test('a post_write hook sees the outputs even when the build owns the process', async () => {
  const plugin = `export default { name: 'after-write', setup(api) { api.on('posts:post_write', (post) => { globalThis.seenOutput = post.output }) } }\n`
  const { post } = await buildSite(site('hooked', plugin), true)
  assert.match(String((globalThis as { seenOutput?: unknown }).seenOutput), /<h1 id="hello">Hello<\/h1>/)
  assert.match(post?.output ?? '', /Hello/)
})
