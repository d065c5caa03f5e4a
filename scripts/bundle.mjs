#!/usr/bin/env node
/**
 * Bundles the `utterson` command with esbuild into dist/bundle/ (after `tsc` has written dist/ for the library
 * and its types). Dependencies included, so Node resolves and loads under 30 files to build a small site instead of
 * some 300 (our modules, liquidjs, yaml, commander, markdown-it...): the command starts faster.
 *
 * Layout: every output file sits in one folder, flat. Code that loads a module relative to its own file keeps
 * working because each such module is an entry point written under the name the code asks for, next to the
 * chunk the asking code ends up in:
 * - `./conversion-worker.js`: the worker thread's entry (src/render/conversion-workers.ts `createWorker`);
 * - `./<lexer>.js`: the Rouge lexers, `require`d one by one on first use (src/highlight/rouge/lexers/index.ts);
 * - `./highlight.js`: the highlight.js fallback, `require`d on first use (src/highlight/rouge-html.ts).
 * Dynamic `import()`s (commands, built-in plugins, the server) become chunks loaded on demand (`splitting`),
 * so a build loads no code for `serve`, `doctor` or plugins the site does not enable.
 *
 * Left out, loaded from node_modules at run time: `sass` (dart-sass, large; `require`d only by a site with Sass),
 * `highlight.js` (its grammars are `require`d by name), `gemoji` (imported by path by jemoji), and dev tools.
 *
 * Usage: node scripts/bundle.mjs [OUTDIR] (default dist/bundle). OUTDIR is emptied first. `--metafile` also
 * writes esbuild's meta.json there (the sources in each output file, relative to the repository), for tests.
 */
import { build } from 'esbuild'
import { readdirSync, rmSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { pathToFileURL } from 'node:url'

const ROOT = path.resolve(import.meta.dirname, '..')
const SRC = path.join(ROOT, 'src')

/** Packages never bundled: loaded at run time (see above), or development tools. */
export const EXTERNAL = ['sass', 'highlight.js', 'gemoji', 'playwright-core', 'tsx', 'esbuild', 'typescript']

/** The entry points, by output name (the file name the code loads, without `.js`). */
export function entryPoints() {
  const lexers = path.join(SRC, 'highlight/rouge/lexers')
  const entries = {
    main: path.join(SRC, 'cli/main.ts'),
    'conversion-worker': path.join(SRC, 'render/conversion-worker.ts'),
    highlight: path.join(SRC, 'highlight/highlight.ts'),
  }
  for (const file of readdirSync(lexers).sort()) {
    const name = file.replace(/\.ts$/, '')
    if (!file.endsWith('.ts') || file.endsWith('.d.ts') || name === 'index') continue
    if (Object.hasOwn(entries, name)) throw new Error(`bundle: lexer ${file} has the name of another entry point`)
    entries[name] = path.join(lexers, file)
  }
  return entries
}

/**
 * Bundles into `outdir`. CommonJS dependencies that `require` Node's built-in modules get a real `require`
 * (ESM output has none): each output file starts by making one from its own URL.
 */
export async function bundle(outdir = path.join(ROOT, 'dist/bundle'), { metafile = false } = {}) {
  rmSync(outdir, { recursive: true, force: true })
  const result = await build({
    entryPoints: entryPoints(),
    outdir,
    absWorkingDir: ROOT, // the metafile's paths are relative to the repository
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    external: EXTERNAL,
    entryNames: '[name]',
    chunkNames: 'chunk-[hash]',
    banner: { js: "import { createRequire as __bundleCreateRequire } from 'node:module'; const require = __bundleCreateRequire(import.meta.url);" },
    // names as in the sources, whatever esbuild renames to avoid clashes: output can show a class's name
    // (Ruby's `inspect` of a drop is `#<Jekyll::Drops::${constructor.name}>`)
    keepNames: true,
    // src/cache/fingerprint.ts: the code to fingerprint is the bundle's folder
    define: { UTTERSON_BUNDLE: 'true' },
    logLevel: 'warning',
    metafile,
  })
  if (metafile) writeFileSync(path.join(outdir, 'meta.json'), JSON.stringify(result.metafile))
  return result
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const args = process.argv.slice(2)
  const outdir = args.find((arg) => !arg.startsWith('--'))
  await bundle(outdir ? path.resolve(outdir) : undefined, { metafile: args.includes('--metafile') })
}
