/**
 * Records what REAL Jekyll 4.3.1 does with each broken site of cases.ts: its exit status, its log (without
 * backtraces, paths replaced) and the files it wrote. Writes test/errors/jekyll-outcomes.json.
 *
 *   node --import tsx test/errors/record-jekyll.ts            # needs jekyll 4.3.1 and libfaketime
 *
 * Jekyll runs with TZ=UTC, --disable-disk-cache and the clock pinned to 2024-01-01 (as for the fixture
 * goldens), so dates that fall back to site.time are the same on every run. A build is stopped after 60 s.
 */
import { spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { CASES } from './cases.js'

const OUT = path.join(import.meta.dirname, 'jekyll-outcomes.json')
const TIMEOUT_MS = 60_000

const version = spawnSync('jekyll', ['--version'], { encoding: 'utf8', env: { ...process.env, JEKYLL_NO_BUNDLER_REQUIRE: 'true' } })
if (version.stdout.trim() !== 'jekyll 4.3.1') throw new Error(`need jekyll 4.3.1, found: ${version.stdout || version.stderr}`)
const faketime = ['/usr/lib/x86_64-linux-gnu/faketime/libfaketime.so.1', '/usr/lib/aarch64-linux-gnu/faketime/libfaketime.so.1'].find(existsSync)
if (!faketime) throw new Error('libfaketime not found (apt-get install faketime)')

export interface JekyllOutcome {
  exit: number | null
  timedOut: boolean
  log: string[]
  outputs: string[]
}

/** Log lines that say nothing about the case: progress, timings, backtrace frames, the failure banner. */
const NOISE =
  /^\s+from |^\s*\.\.\. \d+ levels|done in [\d.]+ seconds|^\s+(Source|Destination|Incremental build|Auto-regeneration):|Generating\.\.\.|^\s*-{20,}$|YOUR SITE COULD NOT BE BUILT|Please append `--trace`|for any additional information or backtrace/

const only = new Set(process.argv.slice(2))
const outcomes: Record<string, JekyllOutcome> = {}
const root = mkdtempSync(path.join(os.tmpdir(), 'utterson-record-'))
for (const c of CASES) {
  if (only.size > 0 && !only.has(c.name)) continue
  const src = path.join(root, c.name, 'src')
  const dest = path.join(root, c.name, 'site')
  for (const [file, content] of Object.entries(c.files)) {
    mkdirSync(path.dirname(path.join(src, file)), { recursive: true })
    writeFileSync(path.join(src, file), content)
  }
  const result = spawnSync('jekyll', ['build', '--disable-disk-cache', '-s', src, '-d', dest], {
    encoding: 'utf8',
    timeout: TIMEOUT_MS,
    env: {
      ...process.env,
      JEKYLL_NO_BUNDLER_REQUIRE: 'true',
      TZ: 'UTC',
      JEKYLL_ENV: 'production',
      LD_PRELOAD: faketime,
      FAKETIME: '2024-01-01 00:00:00',
      FAKETIME_DONT_FAKE_MONOTONIC: '1',
      NO_FAKE_STAT: '1',
    },
  })
  const log = `${result.stdout ?? ''}${result.stderr ?? ''}`
    .replace(/\x1b\[[0-9;]*m/g, '')
    .split('\n')
    .map((line) => line.replaceAll(src, '<src>').replaceAll(dest, '<dest>').trimEnd())
    .filter((line) => line !== '' && !NOISE.test(line))
    .filter((line) => !/\.rb:\d+:in `/.test(line) || /Error\)|Exception\)/.test(line))
    .slice(0, 12)
  outcomes[c.name] = {
    exit: result.status,
    timedOut: result.error !== undefined && (result.error as NodeJS.ErrnoException).code === 'ETIMEDOUT',
    log,
    outputs: existsSync(dest) ? listFiles(dest) : [],
  }
  console.log(`${c.name.padEnd(44)} exit ${String(result.status).padEnd(4)} ${outcomes[c.name]?.timedOut ? '(timed out)' : ''}`)
}
rmSync(root, { recursive: true, force: true })

const previous = existsSync(OUT) && only.size > 0 ? (JSON.parse(await import('node:fs').then((fs) => fs.readFileSync(OUT, 'utf8'))) as { cases: Record<string, JekyllOutcome> }).cases : {}
const merged = { ...previous, ...outcomes }
const ordered = Object.fromEntries(CASES.filter((c) => merged[c.name]).map((c) => [c.name, merged[c.name]]))
writeFileSync(OUT, `${JSON.stringify({ recordedWith: 'jekyll 4.3.1 (Ruby 3.1), TZ=UTC, clock pinned to 2024-01-01', cases: ordered }, null, 2)}\n`)
console.log(`wrote ${path.relative(process.cwd(), OUT)}`)

function listFiles(dir: string): string[] {
  return (readdirSync(dir, { recursive: true, withFileTypes: true }) as import('node:fs').Dirent[])
    .filter((e) => e.isFile())
    .map((e) => path.relative(dir, path.join(e.parentPath ?? (e as unknown as { path: string }).path, e.name)))
    .sort()
}
