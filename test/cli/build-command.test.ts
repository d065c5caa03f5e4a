/** `utterson build` as a user runs it: flags, exit codes, and a destination that would destroy the source. */
import assert from 'node:assert/strict'
import { spawnSync } from 'node:child_process'
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { after, test } from 'node:test'

const REPO = path.resolve(import.meta.dirname, '../..')
const CLI = path.join(REPO, 'src/cli/main.ts')
const FIXTURE = path.join(REPO, 'test/sites/basics/src')
const tmp = mkdtempSync(path.join(os.tmpdir(), 'utterson-cli-'))
after(() => rmSync(tmp, { recursive: true, force: true }))

function utterson(args: string[], cwd = REPO) {
  const result = spawnSync(process.execPath, ['--import', 'tsx', CLI, ...args], {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, SOURCE_DATE_EPOCH: '1704067200', TZ: 'UTC', NO_COLOR: '1' },
  })
  return { code: result.status, out: result.stdout, err: result.stderr }
}

function copyFixture(name: string): string {
  const dir = path.join(tmp, name)
  cpSync(FIXTURE, dir, { recursive: true })
  return dir
}

function listing(dir: string): string[] {
  return readdirSync(dir, { recursive: true }).map(String).sort()
}

test('build -s SITE -d OUT writes the site and logs like Jekyll', () => {
  const out = path.join(tmp, 'out')
  const { code, out: stdout } = utterson(['build', '-s', FIXTURE, '-d', out])
  assert.equal(code, 0)
  assert.ok(existsSync(path.join(out, 'index.html')))
  assert.match(stdout, /^ {12}Source: /m)
  assert.match(stdout, /^ {7}Destination: /m)
  assert.match(stdout, /^ {20}done in \d+\.\d{3} seconds\.$/m)
})

test('a destination equal to the source is refused and nothing is deleted', () => {
  const site = copyFixture('same')
  const before = listing(site)
  const { code, err } = utterson(['build', '-s', site, '-d', site])
  assert.equal(code, 1)
  assert.match(err, /would contain the source/)
  assert.deepEqual(listing(site), before)
})

test('a destination that contains the source is refused and nothing is deleted', () => {
  const parent = path.join(tmp, 'parent')
  const site = path.join(parent, 'site')
  cpSync(FIXTURE, site, { recursive: true })
  writeFileSync(path.join(parent, 'keep-me.txt'), 'mine')
  const before = listing(parent)
  const { code } = utterson(['build', '-s', site, '-d', parent])
  assert.equal(code, 1)
  assert.deepEqual(listing(parent), before)
  assert.equal(readFileSync(path.join(parent, 'keep-me.txt'), 'utf8'), 'mine')
})

test('obsolete files in the destination are removed, keep_files are kept', () => {
  const out = path.join(tmp, 'clean')
  assert.equal(utterson(['build', '-s', FIXTURE, '-d', out]).code, 0)
  writeFileSync(path.join(out, 'stale.html'), 'old')
  cpSync(path.join(out, 'index.html'), path.join(out, '.git'))
  assert.equal(utterson(['build', '-s', FIXTURE, '-d', out]).code, 0)
  assert.ok(!existsSync(path.join(out, 'stale.html')))
  assert.ok(existsSync(path.join(out, '.git')))
})

test('a missing explicit --config file fails with a non-zero exit', () => {
  const { code, err } = utterson(['build', '-s', FIXTURE, '-d', path.join(tmp, 'x'), '--config', path.join(tmp, 'nope.yml')])
  assert.equal(code, 1)
  assert.match(err, /could not be found/)
})

test('--version prints the version', () => {
  const { code, out } = utterson(['--version'])
  assert.equal(code, 0)
  assert.match(out, /^utterson \d+\.\d+\.\d+/)
})
