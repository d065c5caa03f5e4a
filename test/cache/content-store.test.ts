/** The disk cache: values survive a reopen, and anything that does not check out reads as a miss. */
import assert from 'node:assert/strict'
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { after, test } from 'node:test'
import { ContentStore } from '../../src/cache/content-store.js'

const tmp = mkdtempSync(path.join(os.tmpdir(), 'utterson-store-'))
after(() => rmSync(tmp, { recursive: true, force: true }))
let n = 0
const fresh = () => path.join(tmp, `store-${n++}`)
const FP = { fingerprint: 'v1' }

test('values put and flushed are found after reopening, in any script', () => {
  const dir = fresh()
  const store = ContentStore.open(dir, FP)
  store.put('a', '<p>héllo 静态</p>\n')
  store.put('b', '')
  assert.equal(store.get('a'), '<p>héllo 静态</p>\n', 'pending values are found before the flush')
  store.flush()
  store.close()
  const again = ContentStore.open(dir, FP)
  assert.equal(again.get('a'), '<p>héllo 静态</p>\n')
  assert.equal(again.get('b'), '')
  assert.equal(again.get('c'), undefined)
  assert.equal(again.hitCount, 2)
  again.close()
})

test('another fingerprint (other options, other code) starts empty', () => {
  const dir = fresh()
  const store = ContentStore.open(dir, FP)
  store.put('a', 'one')
  store.flush()
  store.close()
  const other = ContentStore.open(dir, { fingerprint: 'v2' })
  assert.equal(other.get('a'), undefined)
  assert.equal(other.size, 0)
  other.close()
})

test('damaged files read as misses, never as wrong values', () => {
  const dir = fresh()
  const store = ContentStore.open(dir, FP)
  store.put('a', 'first value')
  store.put('b', 'second value')
  store.flush()
  store.close()
  const data = readdirSync(dir).find((f) => f.startsWith('data-')) as string
  const bytes = readFileSync(path.join(dir, data))
  bytes[0] = 'F'.charCodeAt(0) // 'first' → 'First': same length, other bytes
  writeFileSync(path.join(dir, data), bytes)
  const damaged = ContentStore.open(dir, FP)
  assert.equal(damaged.get('a'), undefined)
  assert.equal(damaged.get('b'), 'second value')
  damaged.close()
  writeFileSync(path.join(dir, data), bytes.subarray(0, 5)) // truncated
  const truncated = ContentStore.open(dir, FP)
  assert.equal(truncated.get('b'), undefined)
  truncated.close()
  writeFileSync(path.join(dir, 'index.json'), '{"format": "utterson-content-st')
  const broken = ContentStore.open(dir, FP)
  assert.equal(broken.get('a'), undefined)
  broken.put('c', 'after the damage')
  broken.flush()
  broken.close()
  assert.equal(ContentStore.open(dir, FP).get('c'), 'after the damage')
})

test('a full build prunes values it did not use, and the data file is compacted', () => {
  const dir = fresh()
  const store = ContentStore.open(dir, FP)
  const big = 'x'.repeat(1 << 20)
  for (const key of ['a', 'b', 'c']) store.put(key, `${key}${big}`)
  store.flush()
  store.close()
  const next = ContentStore.open(dir, FP)
  assert.equal(next.get('a')?.slice(0, 2), 'ax')
  next.put('d', 'small')
  next.flush({ prune: true })
  next.close()
  const files = readdirSync(dir).filter((f) => f.startsWith('data-'))
  assert.equal(files.length, 1, 'the old data file is removed after compaction')
  const size = readFileSync(path.join(dir, files[0] as string)).length
  assert.ok(size < 1.1 * (1 << 20), `compacted to the live values (${size} bytes)`)
  const last = ContentStore.open(dir, FP)
  assert.equal(last.get('b'), undefined)
  assert.equal(last.get('a')?.length, big.length + 1)
  assert.equal(last.get('d'), 'small')
  last.close()
})

test('a flush is skipped while another live process holds the lock, and a dead holder is replaced', () => {
  const dir = fresh()
  const store = ContentStore.open(dir, FP)
  store.put('a', 'value')
  store.flush()
  writeFileSync(path.join(dir, 'lock'), String(process.ppid)) // a live process
  store.put('b', 'other')
  store.flush()
  assert.equal(ContentStore.open(dir, FP).get('b'), undefined)
  writeFileSync(path.join(dir, 'lock'), '999999999') // no such process
  store.flush()
  assert.equal(ContentStore.open(dir, FP).get('b'), 'other')
  assert.equal(existsSync(path.join(dir, 'lock')), false)
  store.close()
})

test('the code fingerprint knows the installed markdown-it and highlight.js', async () => {
  const { packageVersion } = await import('../../src/cache/fingerprint.js')
  const { createRequire } = await import('node:module')
  const require = createRequire(import.meta.url)
  assert.equal(packageVersion('markdown-it'), (require('markdown-it/package.json') as { version: string }).version)
  assert.equal(packageVersion('highlight.js'), (require('highlight.js/package.json') as { version: string }).version)
  assert.equal(packageVersion('no-such-package-here'), '')
})
