/**
 * Conformance: each fixture site in test/sites is built by Utterson and compared, file by file,
 * with the output of real Jekyll 4.3.1 committed in `expected/` (see test/sites/README.md).
 *
 * `known-differences.txt` (optional, one `path<TAB>reason` a line) lists pages that do not match yet
 * and names the issue that will fix them. The test asserts that those still differ, so a fix that
 * makes one match fails here until the entry is removed: the list can only shrink.
 */
import assert from 'node:assert/strict'
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { after, describe, test } from 'node:test'
import { build } from '../../src/index.js'
import { log } from '../../src/util/log.js'
import { diffSites } from '../../src/compare/site-diff.js'

const SITES = path.resolve(import.meta.dirname, '../sites')
const REPO = path.resolve(import.meta.dirname, '../..')
const ENV = { SOURCE_DATE_EPOCH: '1704067200', JEKYLL_ENV: 'production', TZ: 'UTC' }

const tmp = mkdtempSync(path.join(os.tmpdir(), 'utterson-conformance-'))
after(() => rmSync(tmp, { recursive: true, force: true }))

function knownDifferences(site: string): Map<string, string> {
  const file = path.join(SITES, site, 'known-differences.txt')
  const map = new Map<string, string>()
  if (!existsSync(file)) return map
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    if (!line.trim() || line.startsWith('#')) continue
    const [p, reason] = line.split('\t')
    map.set((p as string).trim(), reason?.trim() ?? '')
  }
  return map
}

const sites = readdirSync(SITES).filter((name) => existsSync(path.join(SITES, name, 'expected')))

/** One build at a time: a build sets process.env.TZ from its site's `timezone` for the whole process. */
let buildQueue: Promise<unknown> = Promise.resolve()

for (const site of sites) {
  describe(`site ${site}`, async () => {
    const source = site === 'example-blog' ? REPO : path.join(SITES, site, 'src')
    const destination = path.join(tmp, site)
    const run = buildQueue.then(() => {
      process.env.TZ = 'UTC'
      log.level = 'error'
      return build({ source, destination, cwd: source, env: ENV })
    })
    buildQueue = run.catch(() => undefined)
    await run
    const known = knownDifferences(site)
    for (const diff of diffSites(path.join(SITES, site, 'expected'), destination)) {
      const reason = known.get(diff.file)
      if (reason !== undefined) {
        test(`${diff.file} still differs (known: ${reason})`, () => {
          assert.notEqual(diff.status, 'equivalent', `${diff.file} now matches Jekyll: remove it from ${site}/known-differences.txt`)
        })
        continue
      }
      test(diff.file, () => {
        assert.equal(diff.status, 'equivalent', `${diff.file} is ${diff.status}${diff.detail ? `:\n${diff.detail}` : ''}`)
      })
    }
  })
}
