/**
 * Site settings the model depends on, against test/compat/model.json (recorded from Jekyll 4.3.1 by
 * test/compat/record-model.rb): `collections` as a list or a map (posts added first), labels and their
 * folders, `time` pinning site.time; plus the errors for settings Jekyll cannot use.
 */
import assert from 'node:assert/strict'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { after, test } from 'node:test'
import { loadConfig } from '../../src/config/load.js'
import { createCollections } from '../../src/read/collections.js'
import { siteTime } from '../../src/pipeline/index.js'
import { BuildError } from '../../src/util/errors.js'
import { log } from '../../src/util/log.js'

interface Recorded {
  collections: Array<{ yaml: string; collections: Record<string, unknown>; labels: Array<[string, string, string, boolean]> }>
  time: Array<[string, string]>
}

const recorded = JSON.parse(readFileSync(new URL('../compat/model.json', import.meta.url), 'utf8')) as Recorded
const source = mkdtempSync(path.join(os.tmpdir(), 'utterson-model-config-'))
after(() => rmSync(source, { recursive: true, force: true }))
log.level = 'error'

function configWith(yaml: string) {
  writeFileSync(path.join(source, '_config.yml'), yaml)
  return loadConfig({ source }, source)
}

for (const c of recorded.collections) {
  test(`collections settings: ${JSON.stringify(c.yaml)}`, () => {
    const config = configWith(c.yaml)
    assert.deepEqual(config.collections, c.collections)
    const collections = [...createCollections(config).values()]
    assert.deepEqual(collections.map((x) => [x.name, x.label, x.relativeDirectory, x.output]), c.labels)
  })
}

test('collections of another shape stop the build (Site#collection_names raises)', () => {
  assert.throws(() => configWith('collections: recipes\n'), (error: unknown) => {
    assert.ok(error instanceof BuildError)
    assert.match(error.message, /collections.* must be a hash or an array/)
    return true
  })
})

test('site.time: `time` in _config.yml wins over SOURCE_DATE_EPOCH', () => {
  process.env.TZ = 'UTC'
  for (const [time, iso] of recorded.time) {
    assert.equal(siteTime({ SOURCE_DATE_EPOCH: '1704067200' }, { time }).toISOString(), iso, time)
  }
  assert.equal(siteTime({ SOURCE_DATE_EPOCH: '1704067200' }, {}).toISOString(), new Date(1704067200 * 1000).toISOString())
  assert.throws(() => siteTime({}, { time: 'not a time' }), /Invalid time in _config.yml/)
})
