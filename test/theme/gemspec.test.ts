/**
 * Gemspecs read as data agree with what RubyGems reads from them (gemspecs.json, recorded by
 * record-gemspecs.rb), and the plugins a theme enables are its runtime dependencies without `jekyll`.
 */
import assert from 'node:assert/strict'
import { readFileSync, readdirSync } from 'node:fs'
import path from 'node:path'
import { test } from 'node:test'
import { parseGemspec } from '../../src/theme/gemspec.js'
import { themePluginNames } from '../../src/theme/resolve.js'

const DIR = path.join(import.meta.dirname, 'gemspecs')
const recorded = JSON.parse(readFileSync(path.join(import.meta.dirname, 'gemspecs.json'), 'utf8')) as Record<
  string,
  { name: string; version: string; authors: string[]; summary: string; description: string | null; metadata: Record<string, string>; runtimeDependencies: string[] }
>

test('every fixture gemspec has a recording', () => {
  assert.deepEqual(readdirSync(DIR).sort(), Object.keys(recorded).sort())
})

for (const [file, expected] of Object.entries(recorded)) {
  test(`${file} reads as RubyGems reads it`, () => {
    const spec = parseGemspec(readFileSync(path.join(DIR, file), 'utf8'))
    assert.equal(spec.name, expected.name)
    assert.equal(spec.version, expected.version)
    assert.deepEqual(spec.authors, expected.authors)
    assert.equal(spec.summary, expected.summary)
    assert.equal(spec.description ?? null, expected.description)
    assert.deepEqual(spec.metadata, expected.metadata)
    assert.deepEqual(spec.runtimeDependencies, expected.runtimeDependencies)
  })
}

test('the plugins of a theme are its runtime dependencies other than jekyll', () => {
  const stub = parseGemspec(readFileSync(path.join(DIR, 'stub-style-theme-1.4.2.gemspec'), 'utf8'))
  assert.deepEqual(themePluginNames({ gemspec: stub }), ['jekyll-feed', 'jekyll-seo-tag'])
  const source = parseGemspec(readFileSync(path.join(DIR, 'source-style-theme.gemspec'), 'utf8'))
  assert.deepEqual(themePluginNames({ gemspec: source }), ['jekyll-sitemap', 'jekyll-paginate'])
  assert.deepEqual(themePluginNames({ gemspec: undefined }), [])
  assert.deepEqual(themePluginNames(undefined), [])
})
