/**
 * Start-up cost: a command loads only what it uses. `build` does not load the server, the watcher, LiveReload,
 * `doctor`, `new` or the built-in plugins the site does not enable; `--version` loads no build code at all.
 * The modules a run loads are recorded by a module `load` hook in the child process.
 */
import assert from 'node:assert/strict'
import { spawnSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { after, test } from 'node:test'

const REPO = path.resolve(import.meta.dirname, '../..')
const CLI = path.join(REPO, 'src/cli/main.ts')
const TSX = import.meta.resolve('tsx')
const tmp = mkdtempSync(path.join(os.tmpdir(), 'utterson-lazy-'))
after(() => rmSync(tmp, { recursive: true, force: true }))

const HOOKS = path.join(tmp, 'hooks.mjs')
writeFileSync(HOOKS, `import { appendFileSync } from 'node:fs'
export async function load(url, context, next) {
  appendFileSync(process.env.UTTERSON_MODULE_LOG, url + '\\n')
  return next(url, context)
}
`)
const REGISTER = path.join(tmp, 'register.mjs')
writeFileSync(REGISTER, `import { register } from 'node:module'\nregister(${JSON.stringify(new URL(`file://${HOOKS}`).href)})\n`)

/** Runs `utterson ...args` from source and returns the repository-relative paths of the modules it loaded. */
function loadedModules(args: string[], name: string): string[] {
  const log = path.join(tmp, `${name}.log`)
  writeFileSync(log, '')
  const result = spawnSync(process.execPath, ['--import', TSX, '--import', REGISTER, CLI, ...args], {
    cwd: tmp,
    encoding: 'utf8',
    env: { ...process.env, SOURCE_DATE_EPOCH: '1704067200', TZ: 'UTC', NO_COLOR: '1', UTTERSON_MODULE_LOG: log },
  })
  assert.equal(result.status, 0, result.stderr)
  const root = new URL(`file://${REPO}/`).href
  return readFileSync(log, 'utf8')
    .split('\n')
    .filter((url) => url.startsWith(root))
    .map((url) => url.slice(root.length))
}

function site(plugins: string[]): string {
  const dir = path.join(tmp, 'site')
  mkdirSync(path.join(dir, '_posts'), { recursive: true })
  writeFileSync(path.join(dir, '_config.yml'), `title: Lazy\nplugins: [${plugins.join(', ')}]\n`)
  writeFileSync(path.join(dir, '_posts', '2024-01-01-hello.md'), '---\ntitle: Hello\n---\nHello, *world*.\n')
  return dir
}

test('build loads the plugins the site enables, and no serve, doctor or new code', () => {
  const src = site(['jekyll-feed'])
  const loaded = loadedModules(['build', '-q', '-s', src, '-d', path.join(tmp, 'out')], 'build')
  assert.ok(loaded.includes('src/pipeline/index.ts'), 'the pipeline is loaded')
  assert.ok(loaded.includes('src/plugins/builtin/jekyll-feed/index.ts'), 'the enabled plugin is loaded')
  const unwanted = loaded.filter((file) =>
    /^src\/(serve|doctor|scaffold|compare)\//.test(file) ||
    (file.startsWith('src/plugins/builtin/') && !/^src\/plugins\/builtin\/(index|jekyll-feed\/)/.test(file)) ||
    /^node_modules\/(chokidar|ws|mrmime|gemoji)\//.test(file))
  assert.deepEqual(unwanted, [])
})

test('--version loads no build code', () => {
  const loaded = loadedModules(['--version'], 'version')
  assert.ok(loaded.includes('src/cli/main.ts'))
  assert.deepEqual(loaded.filter((file) => /^src\/(pipeline|liquid|markup|render|read|serve|doctor|scaffold)\//.test(file)), [])
})
