/**
 * How sites are read, against test/compat/model.json (recorded from Jekyll 4.3.1 / Ruby 3.1 by
 * test/compat/record-model.rb): directory order, front-matter detection and splitting, data file names,
 * CSV/TSV rows, titles from slugs, document sorting, keep_files; plus the encoding errors we report.
 */
import assert from 'node:assert/strict'
import { mkdirSync, mkdtempSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { after, describe, test } from 'node:test'
import { build } from '../../src/index.js'
import { readDataFile, sanitizeFilename } from '../../src/read/data.js'
import { decodeText, InvalidEncodingError, listFilesRecursive, readHead, readText } from '../../src/read/files.js'
import { hasFrontMatter, readFrontMatter } from '../../src/read/front-matter.js'
import { titleizeSlug } from '../../src/site/categories.js'
import { BuildError } from '../../src/util/errors.js'
import { log } from '../../src/util/log.js'
import { rubySort } from '../../src/util/ruby-sort.js'
import { listFiles } from '../../src/compare/list-files.js'

interface Recorded {
  glob: { files: string[]; plain: string[]; dotmatch: string[] }
  front_matter: Array<{ text: string; bom: boolean; has_header: boolean; split: [string, string] | null }>
  sanitize_filename: Array<[string, string]>
  csv: Array<{ name: string; text: string; rows: unknown[] }>
  titleize_slug: Array<[string, string]>
  sort: Array<{ docs: Array<[string | null, string]>; sorted: string[] }>
  keep_files: { config: string; existing: string[]; after: string[] }
  draft_mtime: { mtime: string; files: string[]; output: string }
}

const recorded = JSON.parse(readFileSync(new URL('../compat/model.json', import.meta.url), 'utf8')) as Recorded
const tmp = mkdtempSync(path.join(os.tmpdir(), 'utterson-model-reading-'))
after(() => rmSync(tmp, { recursive: true, force: true }))

function writeTree(root: string, files: string[]): void {
  for (const file of files) {
    mkdirSync(path.dirname(path.join(root, file)), { recursive: true })
    writeFileSync(path.join(root, file), 'x')
  }
}

describe('directory listings', () => {
  const root = path.join(tmp, 'glob')
  writeTree(root, recorded.glob.files)
  test('posts and layouts: Dir["**/*"] order (each folder in byte order, its contents right after it)', () => {
    assert.deepEqual(listFilesRecursive(root), recorded.glob.plain)
  })
  test('collections: the same with dotfiles (FNM_DOTMATCH)', () => {
    assert.deepEqual(listFilesRecursive(root, true), recorded.glob.dotmatch)
  })
})

describe('front matter', () => {
  recorded.front_matter.forEach((c, i) => {
    test(`case ${i}: ${JSON.stringify(c.text.slice(0, 24))}`, () => {
      const file = path.join(tmp, `fm-${i}.md`)
      writeFileSync(file, c.text)
      assert.equal(hasFrontMatter(readHead(file)), c.has_header, 'has_yaml_header?')
      const text = readText(file)
      const fm = readFrontMatter(text, `fm-${i}.md`)
      if (c.split === null) {
        assert.equal(fm.body, text, 'no front matter: the body is the whole text')
        assert.deepEqual(fm.data, {})
      } else {
        assert.equal(fm.body, c.split[1], 'body')
        assert.equal(text.slice(0, text.length - fm.body.length).startsWith(c.split[0]), true, 'front matter text')
      }
    })
  })
  test('the body line offset counts the lines eaten after the front matter', () => {
    const fm = readFrontMatter('---\ntitle: a\n---\n\n\nbody\n', 'x.md')
    assert.equal(fm.bodyLineOffset, 5)
    assert.equal(fm.body, 'body\n')
  })
  test('front matter that is a list is flagged, not read as data', () => {
    const fm = readFrontMatter('---\n- a\n- b\n---\nbody\n', 'x.md')
    assert.equal(fm.notAHash, true)
    assert.deepEqual(fm.data, {})
  })
})

describe('data files', () => {
  test('DataReader#sanitize_filename', () => {
    for (const [name, key] of recorded.sanitize_filename) assert.equal(sanitizeFilename(name), key, name)
  })
  for (const c of recorded.csv) {
    test(`CSV/TSV rows: ${c.name}`, () => {
      const file = path.join(tmp, c.name)
      writeFileSync(file, c.text)
      assert.deepEqual(readDataFile(file, c.name), c.rows)
    })
  }
})

test('Utils.titleize_slug', () => {
  for (const [slug, title] of recorded.titleize_slug) assert.equal(titleizeSlug(slug), title, slug)
})

test('Document#<=> with Array#sort!: documents without a date compare by path, as in Jekyll', () => {
  for (const set of recorded.sort) {
    const docs = set.docs.map(([date, p]) => ({ date: date === null ? null : new Date(`${date}T00:00:00Z`), path: p }))
    const cmp = (a: (typeof docs)[number], b: (typeof docs)[number]): number => {
      const byDate = a.date && b.date ? Math.sign(a.date.getTime() - b.date.getTime()) : a.date || b.date ? null : 0
      if (byDate !== null && byDate !== 0) return byDate
      return a.path < b.path ? -1 : a.path > b.path ? 1 : 0
    }
    assert.deepEqual(rubySort([...docs], cmp).map((d) => d.path), set.sorted)
  }
})

test('keep_files: listed paths (and paths starting with them) survive the build, the rest goes', async () => {
  const src = path.join(tmp, 'keep-src')
  const dest = path.join(tmp, 'keep-site')
  mkdirSync(src, { recursive: true })
  writeFileSync(path.join(src, '_config.yml'), `${recorded.keep_files.config}\n`)
  writeFileSync(path.join(src, 'index.md'), '---\n---\nhi\n')
  for (const file of recorded.keep_files.existing) {
    mkdirSync(path.dirname(path.join(dest, file)), { recursive: true })
    writeFileSync(path.join(dest, file), 'old')
  }
  log.level = 'error'
  await build({ source: src, destination: dest, cwd: src, env: { SOURCE_DATE_EPOCH: '1704067200' } })
  assert.deepEqual(listFiles(dest).sort(), recorded.keep_files.after)
})

describe('encodings', () => {
  test('invalid UTF-8 is an error naming the file and the line', () => {
    const bytes = Buffer.from('line one\nline two\ncaf\xe9\n', 'latin1')
    assert.throws(() => decodeText(bytes, 'utf-8', 'page.md'), (error: unknown) => {
      assert.ok(error instanceof InvalidEncodingError)
      assert.equal(error.file, 'page.md')
      assert.equal(error.line, 3)
      assert.match(error.message, /page\.md is not valid UTF-8/)
      return true
    })
  })
  test('`encoding` decodes other encodings; a UTF-16 byte-order mark is dropped', () => {
    assert.equal(decodeText(Buffer.from('caf\xe9', 'latin1'), 'ISO-8859-1', 'x'), 'café')
    assert.equal(decodeText(Buffer.from('\ufeffhi', 'utf16le'), 'UTF-16LE', 'x'), 'hi')
    assert.equal(decodeText(Buffer.from('\ufeffhi', 'utf8'), 'bom|utf-8', 'x'), 'hi')
  })
  test('an unknown encoding name is a clear error', () => {
    assert.throws(() => decodeText(Buffer.from('x'), 'klingon-8', 'x'), /Unknown encoding 'klingon-8'/)
  })
  test('a page that is not UTF-8 stops the build with its name and line; a post like that is left out', async () => {
    const src = path.join(tmp, 'enc-src')
    mkdirSync(path.join(src, '_posts'), { recursive: true })
    writeFileSync(path.join(src, '_config.yml'), 'timezone: UTC\n')
    writeFileSync(path.join(src, '_posts', '2023-01-01-latin.md'), Buffer.from('---\ntitle: x\n---\ncaf\xe9\n', 'latin1'))
    writeFileSync(path.join(src, 'index.md'), '---\n---\n{{ site.posts.size }} posts\n')
    const logged: string[] = []
    const sink = log.sink
    log.level = 'error'
    log.sink = { out: (line) => logged.push(line), err: (line) => logged.push(line) }
    try {
      await build({ source: src, destination: path.join(tmp, 'enc-site'), cwd: src, env: { SOURCE_DATE_EPOCH: '1704067200' } })
    } finally {
      log.sink = sink
    }
    assert.equal(readFileSync(path.join(tmp, 'enc-site', 'index.html'), 'utf8').trim(), '<p>0 posts</p>')
    assert.ok(logged.some((line) => /could not read file .*2023-01-01-latin\.md: .*not valid UTF-8/.test(line)), logged.join('\n'))

    writeFileSync(path.join(src, 'latin.md'), Buffer.from('---\ntitle: x\n---\n\ncaf\xe9\n', 'latin1'))
    await assert.rejects(build({ source: src, destination: path.join(tmp, 'enc-site'), cwd: src, env: { SOURCE_DATE_EPOCH: '1704067200' } }), (error: unknown) => {
      assert.ok(error instanceof BuildError)
      assert.equal(error.file, 'latin.md')
      assert.equal(error.line, 5)
      return true
    })
  })
})

describe('front matter Jekyll cannot use', () => {
  const site = (name: string, text: string) => {
    const src = path.join(tmp, `bad-${name}`)
    mkdirSync(src, { recursive: true })
    writeFileSync(path.join(src, '_config.yml'), 'timezone: UTC\n')
    writeFileSync(path.join(src, name), text)
    return src
  }
  test('an empty permalink on a page stops the build (InvalidPermalinkError) with the file and line', async () => {
    const src = site('empty.md', '---\ntitle: x\npermalink: ""\n---\nbody\n')
    await assert.rejects(build({ source: src, destination: path.join(src, '_site'), cwd: src, env: {} }), (error: unknown) => {
      assert.ok(error instanceof BuildError)
      assert.match(error.message, /Invalid permalink in empty\.md/)
      assert.equal(error.file, 'empty.md')
      assert.equal(error.line, 3)
      return true
    })
  })
  test('front matter that is not a mapping stops the build for a page (InvalidYAMLFrontMatterError)', async () => {
    const src = site('list.md', '---\n- a\n- b\n---\nbody\n')
    await assert.rejects(build({ source: src, destination: path.join(src, '_site'), cwd: src, env: {} }), (error: unknown) => {
      assert.ok(error instanceof BuildError)
      assert.match(error.message, /Invalid YAML front matter in list\.md/)
      assert.equal(error.file, 'list.md')
      return true
    })
  })
})

test('a draft without a date is dated by its modification time', async () => {
  const src = path.join(tmp, 'draft-src')
  mkdirSync(path.join(src, '_drafts'), { recursive: true })
  writeFileSync(path.join(src, '_config.yml'), 'timezone: UTC\nshow_drafts: true\n')
  const draft = path.join(src, '_drafts', 'mtime-draft.md')
  writeFileSync(draft, '---\ntitle: Draft\n---\n{{ page.date }}\n')
  const mtime = new Date(recorded.draft_mtime.mtime)
  utimesSync(draft, mtime, mtime)
  const dest = path.join(tmp, 'draft-site')
  log.level = 'error'
  await build({ source: src, destination: dest, cwd: src, env: {} })
  assert.deepEqual(listFiles(dest).sort(), recorded.draft_mtime.files)
  assert.equal(readFileSync(path.join(dest, recorded.draft_mtime.files[0]!), 'utf8'), recorded.draft_mtime.output)
})
