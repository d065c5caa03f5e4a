/**
 * The Markdown cache of a build (`<cache_dir>/Utterson/Markdown`): a rebuild takes conversions from it and
 * writes the same site; deleting it changes nothing but time; `disable_disk_cache` and `safe` leave no cache;
 * other kramdown options never see values made with these.
 */
import assert from 'node:assert/strict'
import { appendFileSync, cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { after, test } from 'node:test'
import { type BuildOptions, createBuildContext, runBuild } from '../../src/index.js'
import { log } from '../../src/util/log.js'
import { diffSites } from '../../src/compare/site-diff.js'

const FIXTURE = path.resolve(import.meta.dirname, '../sites/markdown')
const ENV = { SOURCE_DATE_EPOCH: '1704067200', JEKYLL_ENV: 'production', TZ: 'UTC' }
const tmp = mkdtempSync(path.join(os.tmpdir(), 'utterson-build-cache-'))
after(() => rmSync(tmp, { recursive: true, force: true }))

let n = 0
function copyOfFixture(): string {
  const source = path.join(tmp, `site-${n++}`)
  cpSync(path.join(FIXTURE, 'src'), source, { recursive: true, filter: (from) => path.basename(from) !== '.jekyll-cache' })
  return source
}

async function buildSite(source: string, destination: string, options: BuildOptions = {}) {
  process.env.TZ = 'UTC'
  log.level = 'error'
  const context = createBuildContext({ source, destination, cwd: source, env: ENV, threads: 0, ...options })
  await runBuild(context)
  return { diskHits: context.conversionCache?.diskHits ?? 0 }
}

function files(root: string, rel = ''): Map<string, string> {
  const out = new Map<string, string>()
  for (const name of readdirSync(path.join(root, rel)).sort()) {
    const child = rel ? `${rel}/${name}` : name
    if (statSync(path.join(root, child)).isDirectory()) for (const [k, v] of files(root, child)) out.set(k, v)
    else out.set(child, readFileSync(path.join(root, child), 'utf8'))
  }
  return out
}

const cacheDir = (source: string) => path.join(source, '.jekyll-cache/Utterson/Markdown')

test('a rebuild takes every conversion from the cache and writes the same site', async () => {
  const source = copyOfFixture()
  const cold = await buildSite(source, path.join(tmp, 'cold'))
  assert.equal(cold.diskHits, 0)
  assert.ok(existsSync(path.join(cacheDir(source), 'index.json')), 'the cache is written in .jekyll-cache')
  assert.equal(readFileSync(path.join(source, '.jekyll-cache/.gitignore'), 'utf8'), '# ignore everything in this directory\n*\n', 'as Jekyll hides it from git')
  const warm = await buildSite(source, path.join(tmp, 'warm'))
  const markdownFiles = readdirSync(source).filter((f) => f.endsWith('.md')).length
  assert.ok(warm.diskHits >= markdownFiles, `${warm.diskHits} hits for ${markdownFiles} Markdown pages`)
  assert.deepEqual(files(path.join(tmp, 'warm')), files(path.join(tmp, 'cold')))
  // and the same as Jekyll (the fixture's golden output)
  const differences = diffSites(path.join(FIXTURE, 'expected'), path.join(tmp, 'warm')).filter((d) => d.status !== 'equivalent')
  assert.deepEqual(differences, [])
})

test('an edited page is converted again; the others still come from the cache', async () => {
  const source = copyOfFixture()
  await buildSite(source, path.join(tmp, 'edit-1'))
  appendFileSync(path.join(source, 'lists.md'), '\n\nA new closing paragraph.\n')
  const again = await buildSite(source, path.join(tmp, 'edit-2'))
  assert.match(readFileSync(path.join(tmp, 'edit-2', 'lists.html'), 'utf8'), /<p>A new closing paragraph.<\/p>\n$/)
  const fresh = copyOfFixture()
  appendFileSync(path.join(fresh, 'lists.md'), '\n\nA new closing paragraph.\n')
  await buildSite(fresh, path.join(tmp, 'edit-fresh'), { disable_disk_cache: true })
  assert.deepEqual(files(path.join(tmp, 'edit-2')), files(path.join(tmp, 'edit-fresh')))
  assert.ok(again.diskHits > 0)
})

test('deleting the cache only costs time', async () => {
  const source = copyOfFixture()
  await buildSite(source, path.join(tmp, 'del-1'))
  rmSync(path.join(source, '.jekyll-cache'), { recursive: true })
  const rebuilt = await buildSite(source, path.join(tmp, 'del-2'))
  assert.equal(rebuilt.diskHits, 0)
  assert.deepEqual(files(path.join(tmp, 'del-2')), files(path.join(tmp, 'del-1')))
})

test('disable_disk_cache and safe mode leave no cache behind', async () => {
  for (const options of [{ disable_disk_cache: true }, { safe: true }]) {
    const source = copyOfFixture()
    await buildSite(source, path.join(tmp, `off-${n}`), options)
    assert.equal(existsSync(path.join(source, '.jekyll-cache')), false, JSON.stringify(options))
  }
})

test('other kramdown options never read values converted with these', async () => {
  const source = copyOfFixture()
  await buildSite(source, path.join(tmp, 'opts-1'))
  appendFileSync(path.join(source, '_config.yml'), '\nkramdown:\n  auto_ids: false\n')
  const other = await buildSite(source, path.join(tmp, 'opts-2'))
  assert.equal(other.diskHits, 0)
  assert.match(readFileSync(path.join(tmp, 'opts-2', 'tables.html'), 'utf8'), /^<h1>Tables<\/h1>/)
  assert.match(readFileSync(path.join(tmp, 'opts-1', 'tables.html'), 'utf8'), /^<h1 id="tables">Tables<\/h1>/)
})
