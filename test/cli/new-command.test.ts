/**
 * `utterson new`: the starter blog builds to what real Jekyll builds from it (test/cli/fixtures/starter-expected,
 * recorded by test/cli/record-starter.sh); Jekyll's rules for an existing folder; `--blank`; `--force`.
 */
import assert from 'node:assert/strict'
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { after, test } from 'node:test'
import { diffSites } from '../../src/compare/index.js'
import { utterson } from './run-cli.js'

const tmp = mkdtempSync(path.join(os.tmpdir(), 'utterson-new-'))
after(() => rmSync(tmp, { recursive: true, force: true }))

const listing = (dir: string) => readdirSync(dir, { recursive: true }).map(String).sort()

test('the starter blog builds exactly as Jekyll builds it', () => {
  const blog = path.join(tmp, 'blog')
  const made = utterson(['new', blog], tmp)
  assert.equal(made.code, 0, made.err)
  assert.match(made.out, new RegExp(`New Utterson site installed in ${blog}\\.`))
  assert.ok(existsSync(path.join(blog, '_posts/2024-01-01-welcome-to-utterson.md')), 'the post is dated SOURCE_DATE_EPOCH')
  const built = utterson(['build', '-s', blog, '-d', path.join(blog, '_site'), '--strict'], tmp, { JEKYLL_ENV: 'production' })
  assert.equal(built.code, 0, built.err)
  const diffs = diffSites(path.join(import.meta.dirname, 'fixtures/starter-expected'), path.join(blog, '_site'))
  assert.ok(diffs.length >= 7)
  for (const diff of diffs) assert.equal(diff.status, 'equivalent', `${diff.file}: ${diff.status}\n${diff.detail ?? ''}`)
  const post = readFileSync(path.join(blog, '_posts/2024-01-01-welcome-to-utterson.md'), 'utf8')
  assert.match(post, /\{\{ site\.img_path \}\}\/welcome\/pipeline\.png/, 'images go through site.img_path')
  assert.match(readFileSync(path.join(blog, '_config.yml'), 'utf8'), /^img_path: \/assets\/img$/m)
  assert.equal(utterson(['doctor'], blog).code, 0, 'a new site is healthy')
})

test('a folder with files is refused (nothing written) unless --force', () => {
  const dir = path.join(tmp, 'taken')
  mkdirSync(dir)
  writeFileSync(path.join(dir, 'notes.txt'), 'mine')
  const refused = utterson(['new', dir], tmp)
  assert.equal(refused.code, 1)
  assert.match(refused.err, new RegExp(`^ +Conflict: ${dir} exists and is not empty\\.$`, 'm'))
  assert.match(refused.err, /try again with `--force` to proceed and overwrite any files\./)
  assert.deepEqual(listing(dir), ['notes.txt'])
  const forced = utterson(['new', dir, '--force'], tmp)
  assert.equal(forced.code, 0)
  assert.ok(existsSync(path.join(dir, '_config.yml')))
  assert.equal(readFileSync(path.join(dir, 'notes.txt'), 'utf8'), 'mine', 'other files are left alone')
})

test('a folder holding only dot files counts as empty, as in Jekyll', () => {
  const dir = path.join(tmp, 'dotted')
  mkdirSync(path.join(dir, '.git'), { recursive: true })
  assert.equal(utterson(['new', dir], tmp).code, 0)
  assert.ok(existsSync(path.join(dir, 'index.md')))
})

test('--blank: the skeleton and its empty folders, which build', () => {
  const dir = path.join(tmp, 'blank')
  assert.equal(utterson(['new', dir, '--blank'], tmp).code, 0)
  for (const folder of ['_data', '_drafts', '_includes', '_posts']) assert.ok(statSync(path.join(dir, folder)).isDirectory(), folder)
  assert.deepEqual(readdirSync(path.join(dir, '_posts')), [])
  const built = utterson(['build', '-s', dir, '-d', path.join(dir, '_site')], tmp)
  assert.equal(built.code, 0, built.err)
  assert.match(readFileSync(path.join(dir, '_site/index.html'), 'utf8'), /<h2 id="your-site-is-ready">Your site is ready<\/h2>/)
})

test('a path given in several words is joined, and a missing path is an error', () => {
  assert.equal(utterson(['new', 'my', 'blog'], tmp).code, 0)
  assert.ok(existsSync(path.join(tmp, 'my blog/_config.yml')))
  const missing = utterson(['new'], tmp)
  assert.equal(missing.code, 1)
  assert.match(missing.err, /missing required argument 'path'/)
})
