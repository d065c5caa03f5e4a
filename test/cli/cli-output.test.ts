/**
 * The command line as a whole: Jekyll's flag names, unknown flags and commands refused with a suggestion,
 * `help COMMAND`, `--strict`, colour only when wanted, and the progress line only on an interactive terminal.
 */
import assert from 'node:assert/strict'
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { after, test } from 'node:test'
import { createProgress } from '../../src/cli/progress.js'
import { colorEnabled } from '../../src/util/log.js'
import { utterson } from './run-cli.js'

const tmp = mkdtempSync(path.join(os.tmpdir(), 'utterson-cli-out-'))
after(() => rmSync(tmp, { recursive: true, force: true }))

/** A site whose only page asks for a layout that does not exist: Jekyll warns and builds. */
function warningSite(): string {
  const dir = path.join(tmp, 'warning')
  mkdirSync(dir, { recursive: true })
  writeFileSync(path.join(dir, 'index.md'), '---\nlayout: nowhere\n---\nHello\n')
  return dir
}

test('an unknown flag is refused with a suggestion and exit 1', () => {
  const { code, err } = utterson(['build', '--destinaton', 'x'], tmp)
  assert.equal(code, 1)
  assert.match(err, /unknown option '--destinaton'/)
  assert.match(err, /Did you mean --destination\?/)
})

test('an unknown command is refused with a suggestion', () => {
  const { code, err } = utterson(['biuld'], tmp)
  assert.equal(code, 1)
  assert.match(err, /Did you mean build\?/)
})

test("Jekyll's short flags are accepted", () => {
  const site = warningSite()
  const { code } = utterson(['b', '-s', site, '-d', path.join(tmp, 'short'), '-q', '-D', '-I', '-t', '-b', '/x', '--future', '--unpublished', '--limit_posts', '3'], tmp)
  assert.equal(code, 0)
})

test('help COMMAND prints that command\'s flags; an unknown one gets Jekyll\'s message and exit 1', () => {
  const help = utterson(['help', 'build'], tmp)
  assert.equal(help.code, 0)
  assert.match(help.out, /Usage: utterson build\|b \[options\]/)
  for (const flag of ['-s, --source', '-d, --destination', '--config', '-D, --drafts', '--future', '--limit_posts', '-b, --baseurl', '--profile', '--strict']) {
    assert.ok(help.out.includes(flag), flag)
  }
  assert.match(utterson(['help', 'hyde'], tmp).out, /Usage: utterson doctor\|hyde/)
  const unknown = utterson(['help', 'nope'], tmp)
  assert.equal(unknown.code, 1)
  assert.match(unknown.err, /^ +Error: Hmm\.\.\. we don't know what the 'nope' command is\.$/m)
  assert.match(unknown.out, /^ +Valid commands: build, .*new, clean, doctor, help$/m)
})

test('--strict turns a warning into exit 1; without it the build succeeds', () => {
  const site = warningSite()
  const lenient = utterson(['build', '-s', site, '-d', path.join(tmp, 'lenient')], tmp)
  assert.equal(lenient.code, 0)
  assert.match(lenient.err, /Layout 'nowhere' requested in index\.md does not exist\./)
  const strict = utterson(['build', '-s', site, '-d', path.join(tmp, 'strict'), '--strict'], tmp)
  assert.equal(strict.code, 1)
  assert.match(strict.err, /--strict: the build \w+ 1 warning/)
  assert.ok(!existsSync(path.join(tmp, 'strict/index.html')), 'nothing is published')
})

test('no colour codes when output is not a terminal or NO_COLOR is set; FORCE_COLOR forces them', () => {
  const site = warningSite()
  const piped = utterson(['build', '-s', site, '-d', path.join(tmp, 'c1')], tmp, { NO_COLOR: undefined })
  assert.doesNotMatch(piped.err, /\x1b\[/)
  const forced = utterson(['build', '-s', site, '-d', path.join(tmp, 'c2')], tmp, { NO_COLOR: undefined, FORCE_COLOR: '1' })
  assert.match(forced.err, /\x1b\[33m +Build Warning:/)
  assert.equal(colorEnabled({ isTTY: true }, {}), true)
  assert.equal(colorEnabled({ isTTY: true }, { NO_COLOR: '1' }), false)
  assert.equal(colorEnabled({ isTTY: true }, { NO_COLOR: '' }), true, 'an empty NO_COLOR does not count')
  assert.equal(colorEnabled({ isTTY: false }, {}), false)
  assert.equal(colorEnabled({ isTTY: true }, { TERM: 'dumb' }), false)
})

test('the progress line: one line redrawn in place on a terminal, nothing in CI or for small sites', () => {
  const written: string[] = []
  const stream = { isTTY: true, write: (s: string) => written.push(s) }
  const progress = createProgress({ stream, env: {}, minItems: 10, interval: 0 })
  assert.ok(progress)
  for (let i = 1; i <= 20; i++) progress.update(i, 20)
  progress.finish()
  assert.equal(written.length, 21)
  assert.ok(written.every((s) => s.startsWith('\r\x1b[2K') && !s.includes('\n')), 'redrawn in place, never a new line')
  assert.match(written[19] as string, /Rendering: 20\/20 pages and documents \(100%\)$/)
  assert.equal(written[20], '\r\x1b[2K', 'erased at the end')
  assert.equal(createProgress({ stream, env: { CI: 'true' } }), undefined)
  assert.equal(createProgress({ stream: { isTTY: false, write: () => true }, env: {} }), undefined)
  const small: string[] = []
  const quiet = createProgress({ stream: { isTTY: true, write: (s: string) => small.push(s) }, env: {}, minItems: 200, interval: 0 })
  for (let i = 1; i <= 50; i++) quiet?.update(i, 50)
  quiet?.finish()
  assert.deepEqual(small, [])
})

test('a build in a pipe prints no progress line', () => {
  const { out, err } = utterson(['build', '-s', warningSite(), '-d', path.join(tmp, 'pipe')], tmp)
  assert.doesNotMatch(out + err, /Rendering:|\r/)
})
