/**
 * The engine's build-wide behaviour that a fixture's output cannot show: every include is read and parsed
 * once per build however often it renders, the site's `_includes` wins over a theme's (Jekyll's
 * includes_load_paths order), and `error_mode` applies to includes too.
 */
import assert from 'node:assert/strict'
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { after, test } from 'node:test'
import { Parser } from 'liquidjs'
import type { SiteConfig } from '../../src/config/load.js'
import { LiquidEngine } from '../../src/liquid/engine.js'
import type { TemplateSource } from '../../src/liquid/errors.js'
import type { Site } from '../../src/site/types.js'

const tmp = mkdtempSync(path.join(os.tmpdir(), 'utterson-engine-'))
after(() => rmSync(tmp, { recursive: true, force: true }))

function write(file: string, text: string): string {
  const full = path.join(tmp, file)
  mkdirSync(path.dirname(full), { recursive: true })
  writeFileSync(full, text)
  return full
}

function site(includesDirs: string[], config: Record<string, unknown> = {}): Site {
  return {
    config: { source: tmp, ...config } as unknown as SiteConfig,
    source: tmp,
    dest: path.join(tmp, '_site'),
    time: new Date(0),
    layouts: new Map(),
    pages: [],
    staticFiles: [],
    collections: new Map(),
    data: {},
    includesDirs,
  } as unknown as Site
}

function source(name: string, text: string): TemplateSource {
  return { file: name, sourceText: text, lineOffset: 0, parsedAs: path.join(tmp, name) }
}

function render(engine: LiquidEngine, name: string, text: string, scope: Record<string, unknown> = {}): string {
  const src = source(name, text)
  return engine.render(engine.parse(text, src), scope, src)
}

/** Counts liquidjs parses of each file while `fn` runs. */
function countParses(fn: () => void): Map<string, number> {
  const counts = new Map<string, number>()
  const proto = Parser.prototype as unknown as { parse: (html: string, filepath?: string) => unknown }
  const original = proto.parse
  proto.parse = function (this: unknown, html: string, filepath?: string) {
    if (filepath) counts.set(filepath, (counts.get(filepath) ?? 0) + 1)
    return original.call(this, html, filepath)
  }
  try {
    fn()
  } finally {
    proto.parse = original
  }
  return counts
}

test('an include is parsed once per build, however many times and from however many pages it renders', () => {
  const includes = path.join(tmp, 'once/_includes')
  const item = write('once/_includes/item.html', '<{{ include.i }}>')
  const engine = new LiquidEngine({ site: site([includes]), markdownify: (s) => s })
  const counts = countParses(() => {
    const loop = '{% for i in (1..50) %}{% include item.html i=i %}{% endfor %}'
    const fifty = Array.from({ length: 50 }, (_, i) => `<${i + 1}>`).join('')
    assert.equal(render(engine, 'a.html', loop), fifty)
    assert.equal(render(engine, 'b.html', `${loop}{% include item.html i="b" %}`), `${fifty}<b>`)
  })
  assert.equal(counts.get(item), 1)
})

test('an include_relative file is parsed once per build', () => {
  const note = write('rel/note.txt', '[{{ include.n }}]')
  const engine = new LiquidEngine({ site: site([path.join(tmp, 'rel/_includes')]), markdownify: (s) => s })
  const counts = countParses(() => {
    const text = '{% for n in (1..3) %}{% include_relative note.txt n=n %}{% endfor %}'
    assert.equal(render(engine, 'rel/page.html', text, { page: { path: 'rel/page.html' } }), '[1][2][3]')
    assert.equal(render(engine, 'rel/other.html', text, { page: { path: 'rel/other.html' } }), '[1][2][3]')
  })
  assert.equal(counts.get(note), 1)
})

test("the site's _includes is searched before the theme's, and the theme's fills the gaps", () => {
  const siteDir = path.join(tmp, 'order/site/_includes')
  const themeDir = path.join(tmp, 'order/theme/_includes')
  write('order/site/_includes/footer.html', 'site footer')
  write('order/theme/_includes/footer.html', 'theme footer')
  write('order/theme/_includes/social.html', 'theme social')
  const engine = new LiquidEngine({ site: site([siteDir, themeDir]), markdownify: (s) => s })
  assert.equal(render(engine, 'order.html', '{% include footer.html %}|{% include social.html %}'), 'site footer|theme social')
  assert.throws(
    () => render(engine, 'missing.html', '{% include nope.html %}'),
    (e: Error) => e.message.includes(`Could not locate the included file 'nope.html' in any of ["${siteDir}", "${themeDir}"]`),
  )
})

test('error_mode applies inside includes: lax markup renders as Liquid reads it, strict mode fails', () => {
  const includes = path.join(tmp, 'modes/_includes')
  write('modes/_includes/lax.html', '{{ include.v | | upcase }}')
  const warn = new LiquidEngine({ site: site([includes]), markdownify: (s) => s })
  assert.equal(render(warn, 'modes.html', '{% include lax.html v="x" %}'), 'X')
  const strict = new LiquidEngine({ site: site([includes], { liquid: { error_mode: 'strict' } }), markdownify: (s) => s })
  assert.throws(
    () => render(strict, 'modes.html', '{% include lax.html v="x" %}'),
    (e: Error & { file?: string; line?: number }) => e.message.includes('Expected id but found pipe') && e.file === 'modes/_includes/lax.html' && e.line === 1,
  )
})
