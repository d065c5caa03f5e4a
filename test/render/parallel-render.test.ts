/**
 * Converting Markdown ahead in worker threads must not change a byte of the site: the same site is built
 * with threads and without (and without the disk cache, so every conversion is done for real), then the
 * two destinations are compared file by file, and the warnings printed by each build too.
 */
import assert from 'node:assert/strict'
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { after, describe, test } from 'node:test'
import { generateJekyllSite } from '../../bench/generate-site.js'
import { type BuildOptions, createBuildContext, runBuild } from '../../src/index.js'
import { BuildError } from '../../src/util/errors.js'
import { log } from '../../src/util/log.js'

const ENV = { SOURCE_DATE_EPOCH: '1704067200', JEKYLL_ENV: 'production', TZ: 'UTC' }
const tmp = mkdtempSync(path.join(os.tmpdir(), 'utterson-parallel-'))
after(() => rmSync(tmp, { recursive: true, force: true }))

function write(file: string, text: string): void {
  mkdirSync(path.dirname(file), { recursive: true })
  writeFileSync(file, text)
}

/** The benchmark's blog, plus posts and pages whose Markdown depends on what was rendered before them. */
function makeSite(dir: string): void {
  generateJekyllSite(dir, 120)
  // after the benchmark's posts (which end in 2023), an hour apart, in this order
  let hour = 0
  const post = (name: string, body: string, front = '') => {
    hour++
    const date = `date: 2023-12-31 ${String(hour).padStart(2, '0')}:00:00 +0000\n`
    write(path.join(dir, '_posts', name), `---\nlayout: post\ntitle: ${name}\n${date}${front}---\n${body}\n`)
  }
  // the newest post renders last: here its content is still Markdown, or HTML in a page
  post('2023-12-31-reads-newest.md', 'Newest post, as it is now:\n\n{{ site.posts.first.content }}\n')
  post('2023-12-31-reads-previous.md', 'Previous post (already converted):\n\n{{ page.previous.content | strip_html | truncatewords: 12 }}\n')
  post('2023-12-31-highlight.md', '{% highlight ruby linenos %}\ndef x = 1\n{% endhighlight %}\n\n* a list {{ page.title }}\n')
  post('2023-12-31-lax.md', 'Lax syntax: {{ not rendered }} and {{ page.title | upcase }}\n')
  post('2023-12-31-counter.md', '{% increment n %} {% increment n %} *{{ site.time | date: "%Y" }}*\n')
  post('2023-12-31-no-liquid.md', 'Just **Markdown** with a [link](https://example.com).\n', 'render_with_liquid: false\n')
  post('2023-12-31-markdownify.md', '{{ "# Heading from a filter" | markdownify }}\n')
  post('2023-12-31-raw.md', '{% raw %}{{ not liquid }}{% endraw %} and `code`\n')
  write(path.join(dir, 'excerpts.md'), '---\ntitle: Excerpts\n---\n{% for post in site.posts limit: 20 %}\n## {{ post.title }}\n\n{{ post.excerpt }}\n{% endfor %}\n')
  write(path.join(dir, 'contents.md'), '---\ntitle: Contents\n---\n{% for post in site.posts limit: 5 %}{{ post.content }}{% endfor %}\n')
}

function files(root: string, rel = ''): string[] {
  return readdirSync(path.join(root, rel))
    .sort()
    .flatMap((name) => {
      const child = rel ? `${rel}/${name}` : name
      return statSync(path.join(root, child)).isDirectory() ? files(root, child) : [child]
    })
}

async function buildQuietly(options: BuildOptions): Promise<{ warnings: string[]; convertedAhead: number }> {
  process.env.TZ = 'UTC'
  log.level = 'error'
  log.warnings = []
  const context = createBuildContext({ cwd: options.source as string, env: ENV, disable_disk_cache: true, ...options })
  context.waitForThreads = true
  await runBuild(context)
  return { warnings: [...log.warnings], convertedAhead: context.convertedAhead ?? 0 }
}

describe('rendering with conversion threads', async () => {
  const source = path.join(tmp, 'site')
  makeSite(source)
  const serial = await buildQuietly({ source, destination: path.join(tmp, 'serial'), threads: 0 })
  const parallel = await buildQuietly({ source, destination: path.join(tmp, 'parallel'), threads: 2 })

  test('the threads converted posts ahead', () => {
    assert.equal(serial.convertedAhead, 0)
    assert.ok(parallel.convertedAhead > 20, `only ${parallel.convertedAhead} conversions were done ahead`)
  })

  test('every file is byte-identical to the single-threaded build', () => {
    const serialFiles = files(path.join(tmp, 'serial'))
    assert.deepEqual(files(path.join(tmp, 'parallel')), serialFiles)
    assert.ok(serialFiles.length > 125)
    for (const file of serialFiles) {
      const a = readFileSync(path.join(tmp, 'serial', file))
      const b = readFileSync(path.join(tmp, 'parallel', file))
      assert.ok(a.equals(b), `${file} differs`)
    }
  })

  test('the pages that depend on render order came out as a serial build makes them', () => {
    const newest = readFileSync(path.join(tmp, 'parallel/2023/12/31/reads-newest.html'), 'utf8')
    assert.match(newest, /\{\{ site\.img_path \}\}|\{% raw %\}|`code`/, 'the newest post is read before it is rendered')
    const contents = readFileSync(path.join(tmp, 'parallel/contents.html'), 'utf8')
    assert.match(contents, /highlighter-rouge">code<\/code>/, 'pages see the posts converted')
  })

  test('warnings are printed once, as without threads', () => {
    assert.ok(serial.warnings.length > 0, 'the lax post warns')
    assert.deepEqual(parallel.warnings, serial.warnings)
  })

  test('an error in a post is reported with its file and line, as without threads', async () => {
    const broken = path.join(tmp, 'broken')
    makeSite(broken)
    write(path.join(broken, '_posts/2015-06-01-broken.md'), '---\ntitle: Broken\n---\nfine\n\n{% if %}\n')
    const failure = async (threads: number) => {
      try {
        await buildQuietly({ source: broken, destination: path.join(tmp, `broken-${threads}`), threads })
      } catch (error) {
        assert.ok(error instanceof BuildError)
        return `${error.location}: ${error.message}`
      }
      assert.fail('the build should fail')
    }
    const message = await failure(2)
    assert.match(message, /^_posts\/2015-06-01-broken\.md:6/)
    assert.equal(message, await failure(0))
  })
})
