/**
 * The bundled command (scripts/bundle.mjs: dist/bundle/, the package's `bin`): it builds the same bytes as
 * `build()` from the sources, loads the modules it asks for by path (the Rouge lexers, the highlight.js
 * fallback, the conversion worker) from the bundle itself, leaves dart-sass, gemoji and highlight.js out of it
 * (loaded from node_modules when a site needs them), and loads only the code a command uses.
 *
 * The bundle is made afresh into a temporary package folder (package.json, node_modules linked to the
 * repository's, dist/bundle/), with esbuild's metafile to know which sources each output file holds. The
 * modules a run loads are recorded by a module `load` hook and a `require` hook in the child process (and
 * its worker threads, which inherit both).
 */
import assert from 'node:assert/strict'
import { execFileSync, spawnSync } from 'node:child_process'
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, utimesSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { after, before, test } from 'node:test'
import { pathToFileURL } from 'node:url'
import { Worker } from 'node:worker_threads'
import { build } from '../../src/index.js'
import { DEFAULTS } from '../../src/config/defaults.js'
import type { SiteConfig } from '../../src/config/load.js'
import { kramdownOptions, markdownHighlighter } from '../../src/markup/markdown-converter.js'
import { createMarkdownConverter } from '../../src/markup/markdown/index.js'
import { log } from '../../src/util/log.js'

const REPO = path.resolve(import.meta.dirname, '../..')
const tmp = mkdtempSync(path.join(os.tmpdir(), 'utterson-bundle-'))
after(() => rmSync(tmp, { recursive: true, force: true }))

const PKG = path.join(tmp, 'pkg')
const BUNDLE = path.join(PKG, 'dist/bundle')
const CLI = path.join(BUNDLE, 'main.js')
const ENV = { SOURCE_DATE_EPOCH: '1704067200', JEKYLL_ENV: 'production', TZ: 'UTC' }

/** esbuild's metafile: the sources in each output file (paths relative to the repository). */
interface Meta {
  inputs: Record<string, unknown>
  outputs: Record<string, { inputs: Record<string, unknown>; entryPoint?: string }>
}
let meta: Meta
/** Output file (absolute) → the sources it holds (repository-relative). */
const sourcesOf = new Map<string, string[]>()

before(() => {
  mkdirSync(PKG, { recursive: true })
  writeFileSync(path.join(PKG, 'package.json'), readFileSync(path.join(REPO, 'package.json')))
  symlinkSync(path.join(REPO, 'node_modules'), path.join(PKG, 'node_modules'))
  execFileSync(process.execPath, ['scripts/bundle.mjs', BUNDLE, '--metafile'], { cwd: REPO, stdio: 'pipe' })
  meta = JSON.parse(readFileSync(path.join(BUNDLE, 'meta.json'), 'utf8')) as Meta
  for (const [output, { inputs }] of Object.entries(meta.outputs)) sourcesOf.set(path.resolve(REPO, output), Object.keys(inputs))
})

const HOOKS = path.join(tmp, 'hooks.mjs')
writeFileSync(HOOKS, `import { appendFileSync } from 'node:fs'
export async function load(url, context, next) {
  if (url.startsWith('file:')) appendFileSync(process.env.UTTERSON_MODULE_LOG, url + '\\n')
  return next(url, context)
}
`)
const REGISTER = path.join(tmp, 'register.mjs')
writeFileSync(REGISTER, `import { register } from 'node:module'\nregister(${JSON.stringify(pathToFileURL(HOOKS).href)})\n`)
const REQUIRE_HOOK = path.join(tmp, 'require-hook.cjs')
writeFileSync(REQUIRE_HOOK, `const Module = require('node:module')
const { appendFileSync } = require('node:fs')
const { pathToFileURL } = require('node:url')
const resolve = Module._resolveFilename
Module._resolveFilename = function (...args) {
  const file = resolve.apply(this, args)
  if (file.startsWith('/')) appendFileSync(process.env.UTTERSON_MODULE_LOG, pathToFileURL(file).href + '\\n')
  return file
}
`)

let runs = 0
/** Runs the bundled `utterson ...args` in `cwd`; returns the files (absolute paths) of the modules it loaded. */
function runBundled(args: string[], cwd: string): string[] {
  const moduleLog = path.join(tmp, `modules-${++runs}.log`)
  writeFileSync(moduleLog, '')
  const result = spawnSync(process.execPath, ['--require', REQUIRE_HOOK, '--import', REGISTER, CLI, ...args], {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, ...ENV, NO_COLOR: '1', UTTERSON_MODULE_LOG: moduleLog },
  })
  assert.equal(result.status, 0, `utterson ${args.join(' ')} failed:\n${result.stdout}\n${result.stderr}`)
  const urls = new Set(readFileSync(moduleLog, 'utf8').split('\n').filter(Boolean))
  return [...urls].map((url) => new URL(url).pathname)
}

/** The sources of the bundle's output files among `files`, and the other files (outside the bundle). */
function sourcesLoaded(files: string[]): { sources: string[]; outside: string[] } {
  const sources = files.flatMap((file) => sourcesOf.get(file) ?? [])
  return { sources, outside: files.filter((file) => !sourcesOf.has(file)) }
}

/** Every file under `dir`, by relative path. */
function tree(dir: string): Map<string, Buffer> {
  const files = new Map<string, Buffer>()
  const walk = (sub: string): void => {
    for (const entry of readdirSync(path.join(dir, sub), { withFileTypes: true })) {
      const rel = path.join(sub, entry.name)
      if (entry.isDirectory()) walk(rel)
      else files.set(rel, readFileSync(path.join(dir, rel)))
    }
  }
  walk('')
  return new Map([...files].sort(([a], [b]) => (a < b ? -1 : 1)))
}

function assertSameTree(expected: string, actual: string): void {
  const want = tree(expected)
  const got = tree(actual)
  assert.deepEqual([...got.keys()], [...want.keys()], 'the same files')
  assert.ok(want.size > 0)
  for (const [file, bytes] of want) {
    const other = got.get(file) as Buffer
    if (!bytes.equals(other)) assert.equal(other.toString('utf8'), bytes.toString('utf8'), `${file} differs`)
    assert.ok(bytes.equals(other), `${file} differs`)
  }
}

/** A site with code in languages Rouge lexers are ported for and in languages left to highlight.js, Sass, emoji, and enough posts for a conversion thread. */
function mixedSite(dir: string): void {
  const write = (file: string, text: string): void => {
    mkdirSync(path.dirname(path.join(dir, file)), { recursive: true })
    writeFileSync(path.join(dir, file), text)
  }
  write('_config.yml', 'title: Bundle\ntimezone: UTC\nplugins: [jemoji]\n')
  write('_layouts/default.html', '<!doctype html>\n<link rel="stylesheet" href="{{ "/assets/css/main.css" | relative_url }}">\n<h1>{{ page.title }}</h1>\n{{ content }}\n')
  write('index.html', '---\nlayout: default\ntitle: Home\n---\n<ul>{% for post in site.posts %}<li><a href="{{ post.url }}">{{ post.title }}</a></li>{% endfor %}</ul>\n')
  write('_sass/_colors.scss', '$accent: #336699;\n')
  write('assets/css/main.scss', '---\n---\n@use "sass:math";\n@import "colors";\n.post { color: $accent; width: math.div(100%, 3); .inner { margin: 0 auto; } }\n')
  for (let n = 1; n <= 60; n++) {
    const date = new Date(Date.UTC(2023, 0, n)).toISOString().slice(0, 10)
    write(`_posts/${date}-post-${n}.md`, [
      '---', 'layout: default', `title: Post ${n}`, '---',
      `Hello :+1: from post ${n}, with \`inline\` code.`, '',
      '```ruby', `def hello(n) = puts "post #{n} of ${n}"`, '```', '',
      '```python', `def square(x):\n    return x * ${n}  # a comment`, '```', '',
      '```perl', `my $n = ${n}; print "$n\\n";`, '```', '',
      '```elixir', `defmodule Post do\n  def n, do: ${n}\nend`, '```', '',
      '```console', `$ echo ${n}\n${n}`, '```', '',
      '{% highlight html %}', `<p style="color: red">${n}</p><script>let n = ${n}</script>`, '{% endhighlight %}', '',
      '```yaml', `post: ${n}\ntags: [a, b]`, '```', '',
    ].join('\n'))
  }
}

test('the bundle holds the command and its dependencies, not dart-sass, gemoji, highlight.js or dev tools', () => {
  const inputs = Object.keys(meta.inputs)
  const packages = new Set(inputs.flatMap((input) => /node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(input)?.[1] ?? []))
  for (const bundled of ['liquidjs', 'yaml', 'commander', 'markdown-it']) assert.ok(packages.has(bundled), `${bundled} is bundled`)
  for (const external of ['sass', 'gemoji', 'highlight.js', 'playwright-core', 'tsx', 'esbuild', 'typescript']) {
    assert.ok(!packages.has(external), `${external} is not bundled`)
  }
  // the modules the code loads by path: one file each, named as the code asks for them
  const lexers = readdirSync(path.join(REPO, 'src/highlight/rouge/lexers')).filter((file) => file.endsWith('.ts') && file !== 'index.ts')
  assert.ok(lexers.length > 20)
  for (const file of ['conversion-worker.ts', 'highlight.ts', ...lexers]) {
    assert.ok(existsSync(path.join(BUNDLE, file.replace(/\.ts$/, '.js'))), `${file} is an entry point of the bundle`)
  }
  // every output file parses as a module (the `require` each one starts with clashes with no name of its own),
  // those no test here runs included
  const files = readdirSync(BUNDLE).filter((name) => name.endsWith('.js')).map((name) => path.join(BUNDLE, name))
  const parse = `const { SourceTextModule } = require('node:vm'); const { readFileSync } = require('node:fs')
    for (const file of process.argv.slice(1)) new SourceTextModule(readFileSync(file, 'utf8'), { identifier: file })`
  execFileSync(process.execPath, ['--experimental-vm-modules', '--no-warnings', '-e', parse, ...files], { stdio: 'pipe' })
})

for (const site of ['markdown', 'plugin-feed', 'theme-local', 'mixed']) {
  test(`site ${site}: the bundled command builds the same bytes as build() from the sources`, async () => {
    const fromSource = path.join(tmp, 'sites-source', site)
    const fromBundle = path.join(tmp, 'sites-bundle', site)
    for (const dir of [fromSource, fromBundle]) {
      if (site === 'mixed') mixedSite(dir)
      else cpSync(path.join(REPO, 'test/sites', site, 'src'), dir, { recursive: true, filter: (file) => !file.includes('.jekyll-cache') })
    }
    process.env.TZ = 'UTC'
    log.level = 'error'
    await build({ source: fromSource, destination: path.join(tmp, 'out-source', site), cwd: fromSource, env: ENV })
    // the mixed site asks for a conversion thread (none by default below 4 cores), so the bundled worker runs
    const threads = site === 'mixed' ? ['--threads', '1'] : []
    const loaded = runBundled(['build', '-q', '-s', fromBundle, '-d', path.join(tmp, 'out-bundle', site), ...threads], fromBundle)
    assertSameTree(path.join(tmp, 'out-source', site), path.join(tmp, 'out-bundle', site))

    const { outside } = sourcesLoaded(loaded)
    assert.deepEqual(outside.filter((file) => file.startsWith(`${REPO}/src/`) || file.startsWith(`${REPO}/dist/`)), [], 'no module from src/ or dist/')
    if (site === 'mixed') {
      const bundled = loaded.filter((file) => sourcesOf.has(file)).map((file) => path.relative(BUNDLE, file))
      for (const file of ['ruby.js', 'python.js', 'console.js', 'html.js', 'yaml.js', 'highlight.js']) {
        assert.ok(bundled.includes(file), `${file} (a lexer, or the highlight.js fallback) is loaded from the bundle`)
      }
      for (const pkg of ['sass', 'gemoji', 'highlight.js']) {
        assert.ok(outside.some((file) => file.startsWith(`${REPO}/node_modules/${pkg}/`)), `${pkg} is loaded from node_modules`)
      }
      assert.ok(bundled.includes('conversion-worker.js'), 'the worker runs the bundled worker entry')
    }
  })
}

test("the bundled worker entry converts Markdown as the sources' converter does, lexers included", async () => {
  const kramdown = kramdownOptions(structuredClone(DEFAULTS) as SiteConfig)
  const input = '# Code\n\n```ruby\nputs "hi" if x > 1\n```\n\n```go\nfunc main() { fmt.Println(1) }\n```\n\n```scala\nobject A { val x = 1 }\n```\n'
  const expected = createMarkdownConverter({ kramdown, highlighter: markdownHighlighter(kramdown) }).convert(input)
  assert.match(expected, /<span class="/)
  const worker = new Worker(new URL(pathToFileURL(path.join(BUNDLE, 'conversion-worker.js')).href), { workerData: { kramdown } })
  try {
    const results = await new Promise<unknown>((resolve, reject) => {
      worker.on('error', reject)
      worker.on('message', (message: unknown) => (message === 'ready' ? worker.postMessage([{ id: 7, input }]) : resolve(message)))
    })
    assert.deepEqual(results, [{ id: 7, output: expected }])
  } finally {
    await worker.terminate()
  }
})

function site(dir: string, config: string): string {
  mkdirSync(path.join(dir, '_posts'), { recursive: true })
  writeFileSync(path.join(dir, '_config.yml'), config)
  writeFileSync(path.join(dir, '_posts', '2024-01-01-hello.md'), '---\ntitle: Hello\n---\nHello, *world*.\n')
  return dir
}

test('the bundled build loads the plugins the site enables, and no serve, doctor or new code, no Sass or gemoji', () => {
  const src = site(path.join(tmp, 'lazy'), 'title: Lazy\nplugins: [jekyll-feed]\n')
  const { sources, outside } = sourcesLoaded(runBundled(['build', '-q', '-s', src, '-d', path.join(tmp, 'lazy-out')], src))
  assert.ok(sources.includes('src/pipeline/index.ts'), 'the pipeline is loaded')
  assert.ok(sources.includes('src/plugins/builtin/jekyll-feed/index.ts'), 'the enabled plugin is loaded')
  const unwanted = sources.filter((file) =>
    /^src\/(serve|doctor|scaffold|compare)\//.test(file) ||
    (file.startsWith('src/plugins/builtin/') && !/^src\/plugins\/builtin\/(index|jekyll-feed\/)/.test(file)) ||
    /^node_modules\/(chokidar|ws|mrmime)\//.test(file))
  assert.deepEqual(unwanted, [])
  assert.deepEqual(outside.filter((file) => /\/node_modules\/(sass|gemoji|highlight\.js)\//.test(file)), [])
})

test('the bundled --version loads no build code', () => {
  const { sources } = sourcesLoaded(runBundled(['--version'], tmp))
  assert.ok(sources.includes('src/cli/main.ts'))
  assert.deepEqual(sources.filter((file) => /^src\/(pipeline|liquid|markup|render|read|serve|doctor|scaffold)\//.test(file)), [])
})

test("the bundled command's cache fingerprint covers the bundle's files, and only them", () => {
  const src = site(path.join(tmp, 'fingerprint'), 'title: Fingerprint\n')
  const index = path.join(src, '.jekyll-cache/Utterson/Markdown/index.json')
  const fingerprint = (): string => {
    runBundled(['build', '-q', '-s', src, '-d', path.join(tmp, 'fingerprint-out')], src)
    return (JSON.parse(readFileSync(index, 'utf8')) as { fingerprint: string }).fingerprint
  }
  const first = fingerprint()
  assert.equal(fingerprint(), first, 'the same code: the same fingerprint')
  // the compiled library next to the bundle is not code the command runs
  mkdirSync(path.join(PKG, 'dist/cli'), { recursive: true })
  writeFileSync(path.join(PKG, 'dist/cli/main.js'), '// another version\n')
  assert.equal(fingerprint(), first)
  // a lexer of the bundle changed (one this build does not even load)
  utimesSync(path.join(BUNDLE, 'ruby.js'), new Date(2020, 0, 1), new Date(2020, 0, 1))
  assert.notEqual(fingerprint(), first)
})
