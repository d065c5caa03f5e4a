/**
 * Liquid errors and warnings as Jekyll 4.3.1 has them: every case of error-cases.yml is a small site,
 * recorded with real Jekyll by record-errors.rb into errors.json. We build each through `build()` and check:
 * - a site Jekyll builds, we build too, with the same output, warning where Jekyll warns;
 * - a site Jekyll fails on, we fail on with a BuildError naming the file and the line in the file
 *   (Liquid's line plus the front matter, or the case's `error_at`), a code frame, and Jekyll's message.
 * Then the CLI: a failing build exits 1 and prints file:line; a warning-only build exits 0.
 */
import assert from 'node:assert/strict'
import { spawnSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { after, describe, test } from 'node:test'
import YAML from 'yaml'
import { build } from '../../src/index.js'
import { BuildError } from '../../src/util/errors.js'
import { log } from '../../src/util/log.js'

interface Case { name: string; files: Record<string, string>; error_at?: string }
interface Recorded {
  name: string
  ok: boolean
  warnings: string[]
  outputs?: Record<string, string>
  error_class?: string
  message?: string
  liquid_line?: number
  template_name?: string
  reported_in?: string
}

const HERE = import.meta.dirname
const REPO = path.resolve(HERE, '../..')
const cases = YAML.parse(readFileSync(path.join(HERE, 'error-cases.yml'), 'utf8')) as Case[]
const recorded = new Map((JSON.parse(readFileSync(path.join(HERE, 'errors.json'), 'utf8')) as { cases: Recorded[] }).cases.map((c) => [c.name, c]))
const ENV = { SOURCE_DATE_EPOCH: '1704067200', JEKYLL_ENV: 'production', TZ: 'UTC' }

/**
 * Where our message knowingly differs from Jekyll's text (the location is still checked): what we say instead.
 * Fixing one makes its test fail until the entry is removed.
 */
const OWN_MESSAGES: Record<string, RegExp> = {}

const tmp = mkdtempSync(path.join(os.tmpdir(), 'utterson-liquid-errors-'))
after(() => rmSync(tmp, { recursive: true, force: true }))

function writeSite(c: Case): string {
  const source = path.join(tmp, c.name, 'src')
  for (const [file, text] of Object.entries(c.files)) {
    mkdirSync(path.dirname(path.join(source, file)), { recursive: true })
    writeFileSync(path.join(source, file), text)
  }
  writeFileSync(path.join(source, '_config.yml'), `timezone: UTC\n${c.files['_config.yml'] ?? ''}`)
  return source
}

/**
 * Lines before the text Jekyll hands to Liquid, by Jekyll's own front matter pattern (its `\s*` after the
 * closing `---` also takes blank lines): Liquid counts lines from there.
 */
function frontMatterLines(text: string): number {
  const m = /^(---\s*\n[\s\S]*?\n?)^((---|\.\.\.)\s*$\n?)/m.exec(text)
  return m && m.index === 0 ? (m[0].match(/\n/g) ?? []).length : 0
}

/** Jekyll's message without Liquid's "(line N): " prefix and the "included" suffix. */
function coreMessage(message: string): string {
  return message.replace(/^Liquid (syntax )?error \([^)]*\): /, '').replace(/ included $/, '').trim()
}

function expectedLocation(c: Case, r: Recorded): { file: string; line: number } {
  if (c.error_at) {
    const [file, line] = c.error_at.split(':') as [string, string]
    return { file, line: Number(line) }
  }
  const file = r.template_name ?? r.reported_in
  assert.ok(file && r.liquid_line !== undefined, `${c.name}: the recording names no file and line; give the case an error_at`)
  return { file, line: r.liquid_line + frontMatterLines(c.files[file] ?? '') }
}

async function buildCase(c: Case): Promise<{ error?: unknown; warnings: string[]; destination: string; source: string }> {
  const source = writeSite(c)
  const destination = path.join(tmp, c.name, '_site')
  const warnings: string[] = []
  const sink = log.sink
  const level = log.level
  log.sink = { out: () => {}, err: (line) => warnings.push(line) }
  log.level = 'warn'
  try {
    await build({ source, destination, cwd: source, env: ENV })
    return { warnings, destination, source }
  } catch (error) {
    return { error, warnings, destination, source }
  } finally {
    log.sink = sink
    log.level = level
  }
}

describe('Liquid errors and warnings vs Jekyll 4.3.1 (test/liquid/errors.json)', () => {
  process.env.TZ = 'UTC'
  for (const c of cases) {
    const r = recorded.get(c.name)
    test(c.name, async () => {
      assert.ok(r, `${c.name} is not in errors.json: run ruby test/liquid/record-errors.rb`)
      const { error, warnings, destination, source } = await buildCase(c)
      if (r.ok) {
        assert.equal(error, undefined, `Jekyll builds ${c.name}, we fail: ${(error as Error)?.message}`)
        for (const [file, text] of Object.entries(r.outputs ?? {})) {
          assert.equal(readFileSync(path.join(destination, file), 'utf8'), text, `${c.name}: ${file}`)
        }
        // Jekyll's warnings, with Liquid's line moved to the line in the file (front matter counted)
        const expected = r.warnings
          .filter((w) => w.startsWith('Liquid Warning:'))
          .map((w) => w.replace(/\(line (\d+)\)(.*) in (\S+)$/, (_, n: string, rest: string, file: string) => `(line ${Number(n) + frontMatterLines(c.files[file] ?? '')})${rest} in ${file}`))
        const ours = warnings.filter((w) => w.includes('Liquid Warning')).map((w) => w.trim().replace(/\s+/g, ' '))
        assert.deepEqual(ours, expected.map((w) => w.replace(/\s+/g, ' ')), `${c.name}: warnings`)
        return
      }
      assert.ok(error instanceof BuildError, `Jekyll fails on ${c.name} (${r.message}); we ${error ? `threw ${String(error)}` : 'built it'}`)
      const { file, line } = expectedLocation(c, r)
      assert.equal(error.file, file, `${c.name}: file`)
      assert.equal(error.line, line, `${c.name}: line (${error.message})`)
      assert.ok(error.frame?.includes(`>> ${line}`) || error.frame?.match(new RegExp(`>>\\s+${line}\\|`)), `${c.name}: code frame at line ${line}:\n${error.frame}`)
      // Jekyll prints absolute paths (the recording strips the source folder): compare without it.
      const ours = error.message.replaceAll(`${source}/`, '').replace(/\s+/g, ' ')
      const own = OWN_MESSAGES[c.name]
      if (own) {
        assert.ok(!ours.includes(coreMessage(r.message ?? '').replace(/\s+/g, ' ')), `${c.name} now says what Jekyll says: remove it from OWN_MESSAGES`)
        assert.match(error.message, own)
      } else {
        assert.ok(ours.includes(coreMessage(r.message ?? '').replace(/\s+/g, ' ')), `${c.name}: message\n  ours:   ${error.message}\n  Jekyll: ${r.message}`)
      }
    })
  }
})

describe('utterson build exit codes', () => {
  const cli = (c: Case) =>
    spawnSync(process.execPath, ['--import', 'tsx', path.join(REPO, 'src/cli/main.ts'), 'build', '-s', writeSite(c), '-d', path.join(tmp, c.name, 'cli-site')], {
      cwd: REPO,
      env: { ...process.env, ...ENV, NO_COLOR: '1' },
      encoding: 'utf8',
    })

  test('a Liquid error fails the build with exit code 1 and names file:line', () => {
    const c = cases.find((x) => x.name === 'divided-by-zero') as Case
    const run = cli({ ...c, name: `${c.name}-cli` })
    assert.equal(run.status, 1, run.stderr)
    assert.match(run.stderr, /Liquid Exception:.*divided by 0.*index\.html:5/)
  })

  test('a Liquid warning does not fail the build', () => {
    const c = cases.find((x) => x.name === 'lax-output-extra-word') as Case
    const run = cli({ ...c, name: `${c.name}-cli` })
    assert.equal(run.status, 0, run.stderr)
    assert.match(run.stderr, /Liquid Warning:.*index\.html/)
  })
})
