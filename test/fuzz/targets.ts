/**
 * The entry points under fuzz, each as `(input) => void` that returns when the input was handled (output,
 * or a BuildError for the user) and throws a FuzzFailure when it was not: an exception other than a
 * BuildError, a BuildError caused by a JavaScript bug (TypeError, …), or more than `limitMs` spent.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { liquidError, type TemplateSource } from '../../src/liquid/errors.js'
import { build } from '../../src/pipeline/index.js'
import { readFrontMatter } from '../../src/read/front-matter.js'
import { destinationPath } from '../../src/site/url.js'
import { BuildError } from '../../src/util/errors.js'
import { log } from '../../src/util/log.js'

export class FuzzFailure extends Error {
  constructor(
    message: string,
    readonly input: string,
    options?: ErrorOptions,
  ) {
    super(message, options)
  }
}

export type Target = (input: string) => void

export interface Targets {
  frontMatter: Target
  liquid: Target
  markdown: Target
  url: Target
  /** Renders a template with the fuzzed engine and scope (to look at what state the fuzzing left behind). */
  renderLiquid(text: string): string
  /** Removes the temporary site. */
  close(): void
}

/** JavaScript errors that mean a bug in Utterson, not bad input. */
const INTERNAL = new Set(['TypeError', 'ReferenceError', 'SyntaxError', 'EvalError', 'URIError', 'RangeError'])
/** Errors where running out of stack is the expected outcome of the input (an include of itself, 2000 nested ifs). */
const STACK_IS_THE_INPUT = new Set(['INCLUDE_RECURSION', 'LIQUID_NESTING_TOO_DEEP'])

/** Throws a FuzzFailure unless `error` is a BuildError made from bad input. */
function acceptOnlyBuildErrors(error: unknown, input: string): void {
  if (!(error instanceof BuildError)) {
    throw new FuzzFailure(`not a BuildError: ${(error as Error)?.stack ?? String(error)}`, input, { cause: error })
  }
  for (let cause: unknown = error.cause, depth = 0; cause instanceof Error && depth < 10; cause = cause.cause, depth++) {
    const original = (cause as { originalError?: unknown }).originalError
    for (const e of [cause, original]) {
      if (e instanceof Error && e.name === 'RangeError' && STACK_IS_THE_INPUT.has(error.code ?? '')) continue
      if (e instanceof Error && INTERNAL.has(e.name)) {
        throw new FuzzFailure(`a BuildError caused by a bug: ${e.stack ?? e.message}`, input, { cause: e })
      }
    }
  }
}

/** Runs `run(input)`, accepting a return or a BuildError from bad input, within `limitMs`. */
export function guarded(run: (input: string) => unknown, limitMs: number): Target {
  return (input) => {
    const start = performance.now()
    try {
      run(input)
    } catch (error) {
      if (error instanceof FuzzFailure) throw error
      acceptOnlyBuildErrors(error, input)
    }
    const took = performance.now() - start
    if (took > limitMs) throw new FuzzFailure(`took ${took.toFixed(0)} ms (limit ${limitMs} ms)`, input)
  }
}

/** A small site (posts, data, includes, one of which includes itself) built once, whose engine and converters are fuzzed. */
export async function createTargets(limitMs = 1000): Promise<Targets> {
  const root = mkdtempSync(path.join(os.tmpdir(), 'utterson-fuzz-'))
  const src = path.join(root, 'src')
  const files: Record<string, string> = {
    '_config.yml': 'title: Fuzz\nurl: http://example.org\n',
    '_posts/2024-01-01-one.md': '---\ntitle: One\ntags: [a, b]\n---\nOne *post*.\n',
    '_posts/2024-01-02-two.md': '---\ntitle: Two\ncategories: x\n---\nTwo.\n',
    '_data/a.yml': 'list: [1, 2, 3]\nmap: {k: v}\n',
    '_includes/a.html': 'A{{ include.x }}',
    '_includes/param.html': '[{{ include.x | default: "none" }}]',
    '_includes/rec.html': 'r{% include rec.html %}',
    'index.html': '---\ntitle: Home\n---\n{{ site.posts.size }}\n',
  }
  for (const [file, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(src, file)), { recursive: true })
    writeFileSync(path.join(src, file), text)
  }
  const level = log.level
  log.level = 'error'
  const { context } = await build({ source: src, destination: path.join(root, 'site'), env: { SOURCE_DATE_EPOCH: '1704067200' } })
  log.level = level
  const renderer = context.renderer
  if (!renderer) throw new Error('the build made no renderer')
  const engine = renderer.engine
  const parsed = (engine as unknown as { parsed: Map<string, unknown> }).parsed
  const post = context.site.collections.get('posts')?.docs[0]
  const scope = {
    site: renderer.siteDrop,
    page: post ? renderer.dropFor(post) : {},
    content: '<p>content</p>',
    jekyll: { environment: 'fuzz', version: '4.3.1' },
  }
  const source: TemplateSource = { file: 'fuzz.html', sourceText: '', lineOffset: 0, parsedAs: path.join(src, 'fuzz.html') }
  const quietly = <T>(run: () => T): T => {
    const before = log.level
    log.level = 'error'
    try {
      return run()
    } finally {
      log.level = before
      log.warnings.length = 0
    }
  }
  const dest = path.join(root, 'site')
  const renderLiquid = (text: string): string => {
    parsed.clear()
    const at = { ...source, sourceText: text }
    try {
      return engine.render(engine.parse(text, at, 'fuzz'), { ...scope }, at)
    } catch (error) {
      throw error instanceof BuildError ? error : liquidError(error, at, (p) => path.relative(src, p))
    }
  }

  return {
    frontMatter: guarded((text) => readFrontMatter(text, 'fuzz.md'), limitMs),
    liquid: guarded(
      (text) =>
        quietly(() => renderLiquid(text)),
      limitMs,
    ),
    markdown: guarded((text) => context.converters.convert(text, '.md'), limitMs),
    url: guarded((url) => {
      let file: string
      try {
        file = destinationPath(dest, url, '.html', 'page')
      } catch {
        return // refusing a URL is fine; writing outside the destination is not
      }
      const rel = path.relative(dest, file)
      if (rel.split(path.sep)[0] === '..' || path.isAbsolute(rel)) throw new FuzzFailure(`${JSON.stringify(url)} is written to ${file}, outside ${dest}`, url)
    }, limitMs),
    renderLiquid,
    close: () => rmSync(root, { recursive: true, force: true }),
  }
}
