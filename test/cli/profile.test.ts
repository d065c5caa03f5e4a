/**
 * `build --profile`: Jekyll's two tables. The files and render counts must be the ones real Jekyll lists for
 * the basics fixture (test/cli/fixtures/basics-profile.jekyll.log, recorded by test/cli/record-profile.sh).
 */
import assert from 'node:assert/strict'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { after, test } from 'node:test'
import { phaseSummary, RenderStats, tabulate } from '../../src/profile/index.js'
import { REPO, utterson } from './run-cli.js'

const tmp = mkdtempSync(path.join(os.tmpdir(), 'utterson-profile-'))
after(() => rmSync(tmp, { recursive: true, force: true }))

interface Row { file: string; count: number; kb: number; time: number }

/** The rows of the "Site Render Stats" table in a log (TOTAL row last). */
function statsRows(log: string): Row[] {
  const table = log.slice(log.indexOf('Site Render Stats:'))
  return [...table.matchAll(/^\| (.+?) +\| +(\d+) \| +([\d.]+)K \| +([\d.]+) \|$/gm)]
    .map((m) => ({ file: m[1] as string, count: Number(m[2]), kb: Number(m[3]), time: Number(m[4]) }))
}

test('the render stats list the files and counts Jekyll lists, slowest first, with a TOTAL row', () => {
  const jekyll = statsRows(readFileSync(path.join(import.meta.dirname, 'fixtures/basics-profile.jekyll.log'), 'utf8'))
  const { code, out } = utterson(['build', '--profile', '-s', 'test/sites/basics/src', '-d', path.join(tmp, 'basics')], REPO, { JEKYLL_ENV: 'production' })
  assert.equal(code, 0)
  const ours = statsRows(out)
  const byName = (rows: Row[]) => rows.slice(0, -1).map((r) => `${r.file} × ${r.count}`).sort()
  assert.deepEqual(byName(ours), byName(jekyll))
  const total = ours.at(-1) as Row
  assert.equal(total.file, `TOTAL (for ${ours.length - 1} files)`)
  assert.equal(total.count, (jekyll.at(-1) as Row).count)
  assert.ok(Math.abs(total.kb - (jekyll.at(-1) as Row).kb) / total.kb < 0.01, 'bytes within 1% of Jekyll')
  const times = ours.slice(0, -1).map((r) => r.time)
  assert.deepEqual(times, [...times].sort((a, b) => b - a), 'sorted by time, slowest first')
  assert.match(out, /^Site Render Stats: \n\n\| Filename +\| Count \| +Bytes \| +Time \|\n\+-+\+-+\+-+\+-+\+$/m)
})

test('the build process summary has one row per stage and their total, in Jekyll\'s layout', () => {
  const { out } = utterson(['build', '--profile', '-s', 'test/sites/basics/src', '-d', path.join(tmp, 'summary')], REPO)
  const block = /\nBuild Process Summary: \n\n((?:[|+].*\n)+) \n/.exec(out)?.[1] ?? ''
  const rows = [...block.matchAll(/^\| (\S+(?: \S+)?) +\| +(\d+\.\d{4}) \|$/gm)].map((m) => [m[1], Number(m[2])] as const)
  assert.deepEqual(rows.map(([name]) => name), ['RESET', 'READ', 'GENERATE', 'RENDER', 'CLEANUP', 'WRITE', 'TOTAL TIME'])
  const sum = rows.slice(0, -1).reduce((s, [, t]) => s + t, 0)
  assert.ok(Math.abs(sum - (rows.at(-1)?.[1] ?? -1)) < 1e-9, 'TOTAL TIME is the sum of the rounded rows')
  assert.match(block, /^\| PHASE {6}\| {3}TIME \|\n\+-{12}\+-{8}\+\n/)
})

test('without --profile no table is printed', () => {
  const { out } = utterson(['build', '-s', 'test/sites/basics/src', '-d', path.join(tmp, 'plain')], REPO)
  assert.doesNotMatch(out, /Build Process Summary|Site Render Stats/)
})

test('tables: first column left-aligned, the others right-aligned, widths from the widest cell', () => {
  assert.equal(tabulate([['Name', 'N'], ['a', '10'], ['longer', '2']]),
    '\n| Name   |  N |\n+--------+----+\n| a      | 10 |\n| longer |  2 |\n')
  const stats = new RenderStats()
  stats.record('a.html', 'x'.repeat(2048), 1500)
  stats.record('a.html', 'é', 500)
  stats.record('b.html', '', 3000)
  assert.deepEqual(stats.table().split('\n'), [
    '',
    '| Filename            | Count | Bytes |  Time |',
    '+---------------------+-------+-------+-------+',
    '| b.html              |     1 | 0.00K | 3.000 |',
    '| a.html              |     2 | 2.00K | 2.000 |',
    '| TOTAL (for 2 files) |     3 | 2.00K | 5.000 |',
    '',
  ])
  assert.match(phaseSummary({ reset: 0.04, read: 12.34, render: 100 }), /\| READ {7}\| 0\.0123 \|\n[^]*\| TOTAL TIME \| 0\.1123 \|/)
})
