/**
 * The shortcuts that keep reading linear and lean at 100,000 posts give what the plain code gave:
 * byte-order comparison without encoding, UTF-8 decoding without a TextDecoder, one read per page,
 * `sourceText` rebuilt on demand instead of kept, lazy URL placeholders, and `site.<collection>` lists
 * made once per build.
 */
import assert from 'node:assert/strict'
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { after, describe, test } from 'node:test'
import { loadConfig } from '../../src/config/load.js'
import type { DropContext } from '../../src/liquid/drops/drop-context.js'
import { CollectionDrop, SiteDrop } from '../../src/liquid/drops/site-drop.js'
import { createCollections } from '../../src/read/collections.js'
import { compareBytes, decodeText, InvalidEncodingError, listFilesRecursive, readIfPage } from '../../src/read/files.js'
import { hasFrontMatter } from '../../src/read/front-matter.js'
import { createDocument } from '../../src/site/document.js'
import { documentPlaceholders } from '../../src/site/document-url.js'
import { FrontMatterDefaults } from '../../src/site/front-matter-defaults.js'
import { createPage } from '../../src/site/page.js'
import type { SiteContext } from '../../src/site/site-context.js'
import type { Document, Site } from '../../src/site/types.js'
import { generateUrl, LazyPlaceholders } from '../../src/site/url.js'

const tmp = mkdtempSync(path.join(os.tmpdir(), 'utterson-read-scale-'))
after(() => rmSync(tmp, { recursive: true, force: true }))

/** A small deterministic PRNG. */
function random(seed: number): (n: number) => number {
  let a = seed >>> 0
  return (n) => {
    a = (Math.imul(a, 1103515245) + 12345) >>> 0
    return (a >>> 8) % n
  }
}

describe('compareBytes', () => {
  test('orders strings as their UTF-8 bytes, surrogates and lone surrogates included', () => {
    const pieces = ['a', 'b', 'Z', '0', '-', '.', '_', '~', 'é', 'ÿ', 'Ā', '中', '\ud7ff', '\ue000', '\uffff', '😀', '𝒳', '\ud800', '\udc00', '\udbff\udfff', '']
    const rnd = random(3)
    const strings: string[] = []
    for (let i = 0; i < 400; i++) {
      let s = ''
      const n = rnd(5)
      for (let j = 0; j < n; j++) s += pieces[rnd(pieces.length)]
      strings.push(s)
    }
    for (const a of strings) {
      for (const b of strings.slice(0, 120)) {
        assert.equal(Math.sign(compareBytes(a, b)), Buffer.compare(Buffer.from(a), Buffer.from(b)), `${JSON.stringify(a)} vs ${JSON.stringify(b)}`)
      }
    }
  })
})

describe('decodeText', () => {
  test('decodes UTF-8 as the fatal TextDecoder does, dropping a byte-order mark', () => {
    const decoder = new TextDecoder('utf-8', { fatal: true })
    for (const text of ['', 'plain', '\ufeff---\ntitle: x\n---\n', '中文 and English 😀', '\ufeff', 'a\ufeffb', '\ufeff\ufeffdouble']) {
      const bytes = Buffer.from(text)
      assert.equal(decodeText(bytes, 'utf-8', 'x.md'), decoder.decode(bytes))
      assert.equal(decodeText(new Uint8Array(bytes), 'UTF-8', 'x.md'), decoder.decode(bytes))
      assert.equal(decodeText(bytes, 'bom|utf-8', 'x.md'), decoder.decode(bytes))
    }
  })

  test('still reports invalid UTF-8 with its place', () => {
    const bytes = Buffer.concat([Buffer.from('---\ntitle: x\n---\nok\n'), Buffer.from([0xff, 0xfe]), Buffer.from('\n')])
    assert.throws(() => decodeText(bytes, 'utf-8', 'bad.md'), (error: unknown) => {
      assert.ok(error instanceof InvalidEncodingError)
      assert.match(error.message, /bad\.md is not valid UTF-8: invalid byte sequence at byte 20/)
      assert.equal(error.line, 5)
      return true
    })
  })

  test('other encodings go through the TextDecoder', () => {
    assert.equal(decodeText(Buffer.from([0x63, 0x61, 0x66, 0xe9]), 'iso-8859-1', 'x.md'), 'café')
  })
})

describe('reading files once', () => {
  test('readIfPage: the whole file for a page, null for a static file or one behind a byte-order mark', () => {
    const long = `---\ntitle: long\n---\n${'body line 中文\n'.repeat(100)}`
    const cases: Array<[string, string | Buffer, boolean]> = [
      ['short.md', '---\ntitle: x\n---\nshort\n', true],
      ['long.md', long, true],
      ['exact.md', `---\n${'x'.repeat(252)}`, true],
      ['static.css', 'body { color: red }\n', false],
      ['bom.md', '\ufeff---\ntitle: x\n---\n', false],
      ['image.png', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 1, 2, 3]), false],
      ['empty.txt', '', false],
    ]
    for (const [name, content, page] of cases) {
      const file = path.join(tmp, name)
      writeFileSync(file, content)
      const bytes = readIfPage(file, hasFrontMatter)
      if (page) assert.deepEqual(bytes, Buffer.from(content), name)
      else assert.equal(bytes, null, name)
    }
  })

  test('listFilesRecursive lists files and real folders from the listing, and skips links to folders', () => {
    const root = path.join(tmp, 'tree')
    mkdirSync(path.join(root, 'b/c'), { recursive: true })
    mkdirSync(path.join(root, 'target'), { recursive: true })
    writeFileSync(path.join(root, 'a.md'), 'x')
    writeFileSync(path.join(root, 'b/c/d.md'), 'x')
    writeFileSync(path.join(root, 'target/t.md'), 'x')
    writeFileSync(path.join(root, '.hidden'), 'x')
    symlinkSync(path.join(root, 'target'), path.join(root, 'link-dir'))
    symlinkSync(path.join(root, 'a.md'), path.join(root, 'link-file.md'))
    symlinkSync(path.join(root, 'missing'), path.join(root, 'broken.md'))
    assert.deepEqual(listFilesRecursive(root), ['a.md', 'b/c/d.md', 'broken.md', 'link-file.md', 'target/t.md'])
    assert.deepEqual(listFilesRecursive(root, true), ['.hidden', 'a.md', 'b/c/d.md', 'broken.md', 'link-file.md', 'target/t.md'])
  })
})

function siteContext(source: string): SiteContext {
  const config = loadConfig({ source, destination: path.join(source, '_site') }, source)
  return { config, defaults: new FrontMatterDefaults([], ''), time: new Date('2024-01-01T00:00:00Z'), outputExtFor: () => '.html' }
}

describe('sourceText on demand', () => {
  const source = path.join(tmp, 'site')
  mkdirSync(path.join(source, '_posts'), { recursive: true })
  const ctx = siteContext(source)
  const posts = createCollections(ctx.config).get('posts')!
  const text = '---\nlayout: post\ntitle: A long enough title to be a slice\n---\n\nFirst paragraph.\n\nSecond {{ page.title }}\n'
  const file = path.join(source, '_posts/2024-01-02-hello.md')
  writeFileSync(file, text)

  test('gives the file text before rendering, and the file again after', () => {
    const doc = createDocument({ path: file, relativePath: '_posts/2024-01-02-hello.md', text, collection: posts, mtime: new Date(0), encoding: 'utf-8' }, ctx)
    assert.equal(doc.sourceText, text)
    assert.ok(Object.keys(doc).includes('sourceText'))
    doc.content = '<p>converted</p>'
    assert.ok(doc.sourceText.startsWith('---\nlayout: post\n'), 'the front matter is still there while the item renders')
    doc.output = '<html>…</html>'
    assert.equal(doc.sourceText, text)
    doc.sourceText = 'replaced'
    assert.equal(doc.sourceText, 'replaced')
  })

  test('keeps the text itself when it was not read from the item’s file', () => {
    const doc = createDocument({ path: path.join(source, '_posts/2024-01-03-gone.md'), relativePath: '_posts/2024-01-03-gone.md', text, collection: posts, mtime: new Date(0) }, ctx)
    doc.output = 'x'
    assert.equal(doc.sourceText, text)
    const page = createPage({ path: path.join(source, 'virtual.html'), dir: '', name: 'virtual.html', text }, ctx)
    page.output = 'x'
    assert.equal(page.sourceText, text)
  })

  test('pages read from disk rebuild it too', () => {
    const pageFile = path.join(source, 'about.md')
    writeFileSync(pageFile, text)
    const page = createPage({ path: pageFile, dir: '', name: 'about.md', text, encoding: 'utf-8' }, ctx)
    assert.equal(page.sourceText, text)
    page.output = 'x'
    assert.equal(page.sourceText, text)
  })
})

describe('URL placeholders', () => {
  test('computed on demand, the same as all computed up front', () => {
    const source = path.join(tmp, 'urls')
    const ctx = siteContext(source)
    const posts = createCollections(ctx.config).get('posts')!
    const text = '---\ntitle: x\ncategories: [News, "Big Things"]\n---\nbody\n'
    const doc = createDocument({ path: path.join(source, '_posts/2023-03-04-a-b.md'), relativePath: '_posts/2023-03-04-a-b.md', text, collection: posts, mtime: new Date(0) }, ctx)
    const all = documentPlaceholders(doc, posts)
    assert.equal(Object.keys(all).length, 25)
    const templates = ['/:categories/:year/:month/:day/:title:output_ext', '/:year/W:week/:short_day/:i_month-:i_day/:slugified_categories/:slug', '/:collection/:path/:name.:y_day:w_year:w_day:long_day:short_year', '/:month_:day/:hour:minute:second/:long_month/:short_month']
    for (const template of templates) {
      const lazy = generateUrl({ template, placeholders: new LazyPlaceholders(new Map(Object.entries(all).map(([k, v]) => [k, () => v])), null) })
      assert.equal(lazy, generateUrl({ template, placeholders: all }), template)
    }
    assert.throws(() => generateUrl({ template: '/:nope/', placeholders: new LazyPlaceholders(new Map(), null) }), /doesn't have nope keys/)
    assert.throws(() => generateUrl({ template: '/:constructor/', placeholders: new LazyPlaceholders(new Map(), null) }), /doesn't have constructor keys/)
  })
})

describe('site lists', () => {
  test('site.<collection> and a collection’s docs are made once per build, and again after a reset', () => {
    const docs = [{ kind: 'document' }, { kind: 'document' }] as unknown as Document[]
    const site = {
      config: { title: 'x' },
      collections: new Map([['recipes', { label: 'recipes', name: 'recipes', metadata: {}, relativeDirectory: '_recipes', output: true, docs, files: [] }]]),
      pages: [],
      staticFiles: [],
    } as unknown as Site
    let made = 0
    const ctx = { site, dropFor: (d: object) => ({ drop: d, n: made++ }) } as unknown as DropContext
    const drop = new SiteDrop(site, ctx)
    const first = drop.liquidMethodMissing('recipes') as unknown[]
    assert.equal(first.length, 2)
    assert.equal(drop.liquidMethodMissing('recipes'), first)
    assert.equal(made, 2)
    assert.equal(drop.liquidMethodMissing('title'), 'x')
    drop.reset()
    assert.notEqual(drop.liquidMethodMissing('recipes'), first)
    const collection = new CollectionDrop(site.collections.get('recipes')!, ctx)
    const listed = collection.docs
    assert.equal(collection.docs, listed)
    docs.push({ kind: 'document' } as unknown as Document)
    assert.equal(collection.docs.length, 3, 'a document added later is listed')
  })
})
