/**
 * Each broken site of cases.ts, built by Utterson as `utterson build` does: where Jekyll 4.3.1 stops with
 * a non-zero exit (jekyll-outcomes.json, recorded by record-jekyll.ts), Utterson exits 1 and writes nothing;
 * where Jekyll only logs and goes on, Utterson exits 0 and writes the same files. Either way the message
 * names the file, and the line (front matter counted) when there is one.
 */
import assert from 'node:assert/strict'
import { existsSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { after, describe, test } from 'node:test'
import { ErrorCatalog } from '../../src/errors/index.js'
import { CASES } from './cases.js'
import { buildFiles, listFiles, removeTempDirs } from './harness.js'

interface JekyllOutcome {
  exit: number
  timedOut: boolean
  log: string[]
  outputs: string[]
}
const recorded = JSON.parse(readFileSync(path.join(import.meta.dirname, 'jekyll-outcomes.json'), 'utf8')) as { cases: Record<string, JekyllOutcome> }

after(removeTempDirs)

describe('bad input: Utterson fails where Jekyll fails and warns where Jekyll warns', () => {
  for (const c of CASES) {
    const jekyll = recorded.cases[c.name]
    if (!jekyll) throw new Error(`no Jekyll outcome recorded for ${c.name}: run test/errors/record-jekyll.ts ${c.name}`)
    const jekyllFails = jekyll.exit !== 0
    const exit = c.differs ? c.differs.exit : jekyllFails ? 1 : 0
    const title = `${c.name}: ${exit ? 'fails' : 'builds'}${c.differs ? ` (Jekyll ${jekyllFails ? 'fails' : 'builds'}: ${c.differs.reason})` : ''}`
    test(title, { timeout: 60_000 }, async () => {
      const result = await buildFiles(c.files, { trace: true })
      assert.equal(result.code, exit, `exit status\n${result.output}`)
      if (exit === 1) assert.ok(!existsSync(result.dest), 'a failed build writes nothing')
      if (c.expect.file) {
        const where = c.expect.line === undefined ? c.expect.file : `${c.expect.file}:${c.expect.line}`
        assert.ok(
          new RegExp(`${escape(where)}(?![0-9])`).test(result.output),
          `the message names ${where}\n${result.output}`,
        )
      }
      if (c.expect.code) {
        const entry = Object.values(ErrorCatalog).find((e) => e.code === c.expect.code)
        assert.ok(entry, `${c.expect.code} is in the catalog`)
        // errors print their code with --trace; warnings are recognised by their catalog title
        const strictMode = /strict/.test(String(c.files['_config.yml'] ?? ''))
        if (!c.differs && !strictMode) assert.equal(entry.fatal, jekyllFails, `the catalog says ${c.expect.code} is ${entry.fatal ? '' : 'not '}fatal`)
        if (exit === 1) assert.match(result.output, new RegExp(`Code: ${c.expect.code}\\b`), `error code\n${result.output}`)
        else assert.ok(result.output.includes(entry.title), `warning "${entry.title}"\n${result.output}`)
      }
      if (c.expect.text) assert.match(result.output, c.expect.text)
      for (const file of c.outputs ?? []) assert.ok(existsSync(path.join(result.dest, file)), `writes ${file}`)
      if (!jekyllFails && !c.differs) assert.deepEqual(listFiles(result.dest), jekyll.outputs, 'writes the files Jekyll writes')
    })
  }
})

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}
