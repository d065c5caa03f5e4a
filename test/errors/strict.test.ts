/**
 * `--strict` turns warnings into an error for CI: the build stops before writing (the previous site
 * stays) and exits 1. Without it the same site builds with a warning, as in Jekyll.
 */
import assert from 'node:assert/strict'
import { existsSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { after, test } from 'node:test'
import { buildFiles, removeTempDirs, runBuild, writeFiles } from './harness.js'

after(removeTempDirs)

const WARNS = { '_config.yml': 'title: t\n', 'index.md': '---\nlayout: nope\n---\nhi\n' }

test('a warning is only a warning without --strict', async () => {
  const result = await buildFiles(WARNS)
  assert.equal(result.code, 0)
  assert.match(result.output, /Build Warning: Layout 'nope' requested in index\.md does not exist\. \(index\.md:2\)/)
  assert.ok(existsSync(path.join(result.dest, 'index.html')))
})

test('--strict: a warning fails the build before anything is written', async () => {
  const good = await buildFiles({ '_config.yml': 'title: t\n', 'index.md': '---\n---\nfirst\n' })
  assert.equal(good.code, 0)
  writeFiles(good.src, WARNS)
  const result = await runBuild(good.src, good.dest, { strict: true, trace: true })
  assert.equal(result.code, 1)
  assert.match(result.output, /Code: STRICT_WARNINGS/)
  assert.match(result.output, /--strict: the build logged 1 warning \(first: Build Warning: Layout 'nope'/)
  assert.match(readFileSync(path.join(good.dest, 'index.html'), 'utf8'), /first/, 'the previous site is intact')
})

test('--strict: a clean site builds, even without _config.yml and with a scheduled (future) post', async () => {
  const result = await buildFiles({ 'index.md': '---\n---\nhi\n', '_posts/2030-01-01-later.md': '---\n---\nlater\n' }, { strict: true })
  assert.equal(result.code, 0, result.output)
  assert.match(result.output, /Configuration file: none/)
  assert.match(result.output, /Skipping: _posts\/2030-01-01-later\.md has a future date/)
})

test('--strict: a YAML warning in front matter fails too, naming the file and line', async () => {
  const result = await buildFiles({ 'index.md': '---\ntitle: a\n  bad: x\n---\nhi\n' }, { strict: true })
  assert.equal(result.code, 1)
  assert.match(result.output, /index\.md:3/)
})
