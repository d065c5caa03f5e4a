/**
 * Posts built through the document model (createDocument: front matter, dates, categories, slug, URL)
 * give the URL and id real Jekyll gave them, for every `permalink` setting recorded in
 * test/compat/post-urls.json (by test/compat/record-post-urls.sh, TZ=UTC).
 */
import assert from 'node:assert/strict'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { after, describe, test } from 'node:test'
import { loadConfig } from '../../src/config/load.js'
import { DocumentDrop } from '../../src/liquid/drops/document-drop.js'
import type { DropContext } from '../../src/liquid/drops/drop-context.js'
import { ConverterChain } from '../../src/markup/converter.js'
import { createMarkdownFileConverter } from '../../src/markup/markdown-converter.js'
import { createCollections } from '../../src/read/collections.js'
import { createDocument } from '../../src/site/document.js'
import { FrontMatterDefaults } from '../../src/site/front-matter-defaults.js'
import type { SiteContext } from '../../src/site/site-context.js'
import { log } from '../../src/util/log.js'

interface PostUrls {
  posts: Array<{ file: string; front_matter: string }>
  builds: Array<{ permalink: string; results: Array<{ path: string; url: string; id: string }> }>
}

const table = JSON.parse(readFileSync(new URL('../compat/post-urls.json', import.meta.url), 'utf8')) as PostUrls
const source = mkdtempSync(path.join(os.tmpdir(), 'utterson-post-urls-'))
after(() => rmSync(source, { recursive: true, force: true }))

/** Only `id` is read from the drop; the rest of the context is never reached. */
const noContext = {} as DropContext

for (const build of table.builds) {
  describe(`posts through the document model (permalink: ${build.permalink})`, () => {
    process.env.TZ = 'UTC'
    log.level = 'error'
    const config = loadConfig({ source, destination: path.join(source, '_site'), permalink: build.permalink }, source)
    const converters = new ConverterChain([createMarkdownFileConverter(config)])
    const ctx: SiteContext = {
      config,
      defaults: new FrontMatterDefaults([], ''),
      time: new Date('2024-01-01T00:00:00Z'),
      outputExtFor: (ext, permalink) => converters.outputExt(ext, permalink),
    }
    const posts = createCollections(config).get('posts')!
    for (const post of table.posts) {
      const expected = build.results.find((r) => r.path === post.file)!
      test(post.file, () => {
        const text = `---\n${post.front_matter}\n---\nBody of ${post.file}.\n`
        const doc = createDocument({ path: path.join(source, post.file), relativePath: post.file, text, collection: posts, mtime: new Date(0) }, ctx)
        assert.equal(doc.url, expected.url, 'url')
        assert.equal(new DocumentDrop(doc, noContext).id, expected.id, 'id')
      })
    }
  })
}
