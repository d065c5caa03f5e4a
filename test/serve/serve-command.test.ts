/** `utterson serve` as a user runs it: aliases, flag checks, the log lines, serving, and stopping on Ctrl-C. */
import assert from 'node:assert/strict'
import { spawn, spawnSync } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { after, test } from 'node:test'
import { writeBlog } from './helpers/blog.js'
import { rawGet } from './helpers/http.js'

const REPO = path.resolve(import.meta.dirname, '../..')
const CLI = path.join(REPO, 'src/cli/main.ts')
const tmp = mkdtempSync(path.join(os.tmpdir(), 'utterson-serve-cli-'))
after(() => rmSync(tmp, { recursive: true, force: true }))
const env = { ...process.env, SOURCE_DATE_EPOCH: '1704067200', TZ: 'UTC', NO_COLOR: '1', JEKYLL_ENV: '' }

function run(args: string[]) {
  const result = spawnSync(process.execPath, ['--import', 'tsx', CLI, ...args], { cwd: REPO, encoding: 'utf8', env, timeout: 60_000 })
  return { code: result.status, out: result.stdout, err: result.stderr }
}

test('serve, server and s are the same command, with Jekyll serve flags', () => {
  for (const name of ['serve', 'server', 's']) {
    const { code, out } = run([name, '--help'])
    assert.equal(code, 0)
    for (const flag of ['--host', '--port', '--livereload', '--livereload-port', '--livereload-ignore', '--livereload-min-delay', '--livereload-max-delay', '--open-url', '--skip-initial-build', '--show-dir-listing', '--no-watch', '--incremental', '--drafts', '--future', '--unpublished', '--baseurl']) {
      assert.ok(out.includes(flag), `${name} --help lists ${flag}`)
    }
  }
})

test('LiveReload tuning flags without --livereload are refused, as in Jekyll', () => {
  const { code, err } = run(['serve', '--livereload-port', '35730'])
  assert.equal(code, 1)
  assert.match(err, /require the --livereload option/)
})

test('a port that is not a number is refused', () => {
  const { code, err } = run(['serve', '-P', 'http'])
  assert.equal(code, 1)
  assert.match(err, /--port must be a port number/)
})

test('serve builds, prints the address, serves with site.url set to localhost, and stops on SIGINT', async () => {
  const src = path.join(tmp, 'blog')
  writeBlog(src, 2)
  const child = spawn(process.execPath, ['--import', 'tsx', CLI, 'serve', '-s', src, '-d', path.join(tmp, 'out'), '-P', '0', '--no-watch'], { env, cwd: REPO })
  let out = ''
  child.stdout.on('data', (c) => (out += String(c)))
  child.stderr.on('data', (c) => (out += String(c)))
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)))
  try {
    for (let i = 0; i < 600 && !/Server running/.test(out); i++) await new Promise((r) => setTimeout(r, 50))
    const match = /Server address: http:\/\/127\.0\.0\.1:(\d+)\//.exec(out)
    assert.ok(match, out)
    assert.match(out, /^ {7}Destination: /m)
    assert.match(out, /Auto-regeneration: disabled\. Use --watch to enable\./)
    const port = Number(match[1])
    const feed = await rawGet(port, '/feed.xml')
    assert.equal(feed.status, 200)
    assert.ok(feed.body.includes(`http://localhost:${port}/`), 'site.url is http://localhost:PORT')
  } finally {
    child.kill('SIGINT')
  }
  assert.equal(await exited, 0)
})
