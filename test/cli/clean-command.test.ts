/** `utterson clean`: removes what `jekyll clean` removes (and Utterson's cache), logs like it, never the source. */
import assert from 'node:assert/strict'
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { after, test } from 'node:test'
import { REPO, utterson } from './run-cli.js'

const tmp = mkdtempSync(path.join(os.tmpdir(), 'utterson-clean-'))
after(() => rmSync(tmp, { recursive: true, force: true }))

function siteCopy(name: string): string {
  const dir = path.join(tmp, name)
  cpSync(path.join(REPO, 'test/sites/basics/src'), dir, { recursive: true })
  return dir
}

test('removes the destination, .jekyll-metadata, the caches and .sass-cache', () => {
  const site = siteCopy('full')
  for (const dir of ['_site/about', '.jekyll-cache/Jekyll', '.jekyll-cache/Utterson/Markdown', '.sass-cache']) mkdirSync(path.join(site, dir), { recursive: true })
  writeFileSync(path.join(site, '_site/about/index.html'), '<p>built</p>')
  writeFileSync(path.join(site, '.jekyll-metadata'), 'x')
  const { code, out } = utterson(['clean'], site)
  assert.equal(code, 0)
  for (const target of ['_site', '.jekyll-metadata', '.jekyll-cache', '.sass-cache']) {
    assert.ok(!existsSync(path.join(site, target)), `${target} removed`)
    assert.match(out, new RegExp(`^ +Cleaner: Removing ${path.join(site, target).replace(/[.]/g, '\\.')}\\.\\.\\.$`, 'm'))
  }
  assert.ok(existsSync(path.join(site, '_config.yml')), 'the source stays')
})

test('says "Nothing to do" for what is not there; -d and cache_dir are honoured', () => {
  const site = siteCopy('custom')
  writeFileSync(path.join(site, '_config.yml'), 'cache_dir: .my-cache\n', { flag: 'a' })
  mkdirSync(path.join(site, '.my-cache'))
  mkdirSync(path.join(tmp, 'elsewhere'))
  const { code, out } = utterson(['clean', '-s', site, '-d', path.join(tmp, 'elsewhere')], tmp)
  assert.equal(code, 0)
  assert.match(out, new RegExp(`Cleaner: Removing ${path.join(tmp, 'elsewhere')}\\.\\.\\.`))
  assert.match(out, /Cleaner: Removing .*\.my-cache\.\.\./)
  assert.match(out, /Cleaner: Nothing to do for .*\.jekyll-metadata\./)
  assert.match(out, /Cleaner: Nothing to do for .*\.sass-cache\./)
  assert.ok(!existsSync(path.join(tmp, 'elsewhere')))
})

test('a destination that is the source is refused and nothing is deleted', () => {
  const site = siteCopy('unsafe')
  const before = readdirSync(site).sort()
  const { code, err } = utterson(['clean', '-d', '.'], site)
  assert.equal(code, 1)
  assert.match(err, /destination/i)
  assert.deepEqual(readdirSync(site).sort(), before)
})
